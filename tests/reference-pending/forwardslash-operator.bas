' / operator — VBA reference: Language/Reference/User-Interface-Help/forwardslash-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/forwardslash-operator)
' The example "MyValue = 10 / 3 ' Returns 3.333333." is left out: 3.333333 is a shortened display, not the value.
Dim R
' Exceptions table: "Both expressions are Byte, Integer, or Single expressions | A Single ..." — typed Integer / Integer.
' xbas gives: "Double"
'! para=4 => var:R="Single"
' Same row — typed Byte / Byte.
' xbas gives: "Double"
'! para=5 => var:R="Single"
' Same row — typed Single / Single.
' xbas gives: "Double"
'! para=6 => var:R="Single"
' Exceptions table: "Both expressions are Byte, Integer, or Single variants | A Single variant unless it overflows" — CInt(10) / CInt(4) in Variants.
' xbas gives: "Double"
'! para=8 => var:R="Single"
' Exceptions table: "Both expressions are Byte, Integer, or Single expressions | A Single" — the page example's operands 10 and 4 are Integer expressions.
' xbas gives: "Double"
'! para=13 => var:R="Single"
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
