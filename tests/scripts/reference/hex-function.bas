' Hex function — VBA reference: Language/Reference/User-Interface-Help/hex-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/hex-function)
Dim R
' Page example: "MyHex = Hex(5)    ' Returns 5."
'! para=1 => var:R="5"
' Page example: "MyHex = Hex(10)    ' Returns A."
'! para=2 => var:R="A"
' Page example: "MyHex = Hex(459)    ' Returns 1CB."
'! para=3 => var:R="1CB"
' Page remark: "Hex(255) returns the string FF"
'! para=4 => var:R="FF"
' Page remark: "&HFF returns the number 255."
'! para=5 => var:R=255
' Page table: "Null | Null" — checked through IsNull.
'! para=6 => var:R=True
' Page table: "Empty | Zero (0)"
'! para=7 => var:R="0"
' Page remark: "If number is not a whole number, it is rounded to the nearest whole number before being evaluated." (10.7 -> 11 -> B)
'! para=8 => var:R="B"
' Page: "Returns a String" and "number argument is any valid numeric expression or string expression" — Hex("255") is FF.
'! para=9 => var:R="FF"
' Page: "Returns a String representing the hexadecimal value of a number."
'! para=10 => var:R="String"
' Page table: "-2,147,483,648 to 2,147,483,647 | Up to eight hexadecimal characters" — the top of the range.
'! para=11 => var:R="7FFFFFFF"
Sub Main()
  Dim V
  Select Case Para1
    Case 1: R = Hex(5)
    Case 2: R = Hex(10)
    Case 3: R = Hex(459)
    Case 4: R = Hex(255)
    Case 5: R = &HFF
    Case 6: R = IsNull(Hex(Null))
    Case 7: R = Hex(V)
    Case 8: R = Hex(10.7)
    Case 9: R = Hex("255")
    Case 10: R = TypeName(Hex(459))
    Case 11: R = Hex(2147483647)
  End Select
End Sub
