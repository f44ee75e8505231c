' Mod operator — VBA reference: Language/Reference/User-Interface-Help/mod-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/mod-operator)
Dim R
' Page example: "MyResult = 10 Mod 5    ' Returns 0."
'! para=1 => var:R=0
' Page example: "MyResult = 10 Mod 3    ' Returns 1."
'! para=2 => var:R=1
' Page example: "MyResult = 12 Mod 4.3    ' Returns 0."
'! para=3 => var:R=0
' Page example: "MyResult = 12.6 Mod 5    ' Returns 3."
'! para=4 => var:R=3
' Page remark: "A = 19 Mod 6.7" — "A (result) equals 5."
'! para=5 => var:R=5
' Page: "the data type of result is a Byte, Byte variant, Integer, ..." — Byte Mod Byte gives Byte.
'! para=6 => var:R="Byte"
' Same sentence — Integer Mod Integer gives Integer.
'! para=7 => var:R="Integer"
' Same sentence — Long Mod Long gives Long.
'! para=8 => var:R="Long"
' Page: "if any expression is Null, result is Null." — Null Mod 2, checked through IsNull.
'! para=9 => var:R=True
' Page: "if any expression is Null, result is Null." — 7 Mod Null.
'! para=10 => var:R=True
' Page: "Any expression that is Empty is treated as 0." — Empty Mod 3.
'! para=11 => var:R=0
' Page: "Usually, the data type of result is ... Variant containing a Long" — Variants holding Longs.
'! para=12 => var:R="Long"
Sub Main()
  Dim E, V1, V2
  Select Case Para1
    Case 1: R = 10 Mod 5
    Case 2: R = 10 Mod 3
    Case 3: R = 12 Mod 4.3
    Case 4: R = 12.6 Mod 5
    Case 5: R = 19 Mod 6.7
    Case 6: R = TypeName(CByte(10) Mod CByte(3))
    Case 7: R = TypeName(CInt(10) Mod CInt(3))
    Case 8: R = TypeName(CLng(10) Mod CLng(3))
    Case 9: R = IsNull(Null Mod 2)
    Case 10: R = IsNull(7 Mod Null)
    Case 11: R = E Mod 3
    Case 12: V1 = CLng(100000): V2 = CLng(7): R = TypeName(V1 Mod V2)
  End Select
End Sub
