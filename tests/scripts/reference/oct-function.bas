' Oct function — VBA reference: Language/Reference/User-Interface-Help/oct-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/oct-function)
Dim R
' Page example: "MyOct = Oct(4)     ' Returns 4."
'! para=1 => var:R="4"
' Page example: "MyOct = Oct(8)    ' Returns 10."
'! para=2 => var:R="10"
' Page example: "MyOct = Oct(459)    ' Returns 713."
'! para=3 => var:R="713"
' Page table: "Null | Null" — checked through IsNull.
'! para=4 => var:R=True
' Page table: "Empty | Zero (0)"
'! para=5 => var:R="0"
' Page remark: "If number is not already a whole number, it is rounded to the nearest whole number before being evaluated." (7.7 -> 8 -> 10)
'! para=6 => var:R="10"
' Page remark: "&O10 is the octal notation for decimal 8."
'! para=7 => var:R=8
' Page: "number argument is any valid numeric expression or string expression" — Oct("8") is 10.
'! para=8 => var:R="10"
' Page: "Returns a Variant (String) representing the octal value of a number."
'! para=9 => var:R="String"
Sub Main()
  Dim V
  Select Case Para1
    Case 1: R = Oct(4)
    Case 2: R = Oct(8)
    Case 3: R = Oct(459)
    Case 4: R = IsNull(Oct(Null))
    Case 5: R = Oct(V)
    Case 6: R = Oct(7.7)
    Case 7: R = &O10
    Case 8: R = Oct("8")
    Case 9: R = TypeName(Oct(459))
  End Select
End Sub
