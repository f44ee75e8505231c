' / operator — VBA reference: Language/Reference/User-Interface-Help/forwardslash-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/forwardslash-operator)
' Left out: the exceptions table's Single results ("Both expressions are Byte, Integer, or Single expressions | A Single").
' Spec 1.2, the contract, says "`/` always yields Double"; xbas follows the spec (TypeName(10 / 4) is "Double").
' The example "MyValue = 10 / 3 ' Returns 3.333333." is left out: 3.333333 is a shortened display, not the value.
Dim R
' Page example: "MyValue = 10 / 4   ' Returns 2.5."
'! para=1 => var:R=2.5
' Page: "The data type of result is usually a Double or a Double variant." — Long / Long gives Double.
'! para=2 => var:R="Double"
' Same rule — Double / Integer gives Double.
'! para=3 => var:R="Double"
' Same row — typed Integer 10 / Integer 4 gives 2.5.
'! para=7 => var:R=2.5
' Same row: "... in which case, result is a Variant containing a Double." — CSng(3E38) / CSng(0.1) in Variants.
'! para=9 => var:R="Double"
' Page: "If one or both expressions are Null expressions, result is Null." — Null / 2, checked through IsNull.
'! para=10 => var:R=True
' Page: "If one or both expressions are Null expressions, result is Null." — 2 / Null.
'! para=11 => var:R=True
' Page: "Any expression that is Empty is treated as 0." — Empty / 4.
'! para=12 => var:R=0
Sub Main()
  Dim I1 As Integer, I2 As Integer, B1 As Byte, B2 As Byte, S1 As Single, S2 As Single
  Dim V1, V2, E
  Select Case Para1
    Case 1: R = 10 / 4
    Case 2: R = TypeName(CLng(10) / CLng(4))
    Case 3: R = TypeName(CDbl(10) / CInt(4))
    Case 4: I1 = 10: I2 = 4: R = TypeName(I1 / I2)
    Case 5: B1 = 10: B2 = 4: R = TypeName(B1 / B2)
    Case 6: S1 = 10: S2 = 4: R = TypeName(S1 / S2)
    Case 7: I1 = 10: I2 = 4: R = I1 / I2
    Case 8: V1 = CInt(10): V2 = CInt(4): R = TypeName(V1 / V2)
    Case 9: V1 = CSng(3E+38): V2 = CSng(0.1): R = TypeName(V1 / V2)
    Case 10: R = IsNull(Null / 2)
    Case 11: R = IsNull(2 / Null)
    Case 12: R = E / 4
    Case 13: R = TypeName(10 / 4)
  End Select
End Sub
