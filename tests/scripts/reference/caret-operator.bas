' ^ operator — VBA reference: Language/Reference/User-Interface-Help/caret-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/caret-operator)
Dim R
' Page example: "MyValue = 2 ^ 2    ' Returns 4."
'! para=1 => var:R=4
' Page example: "MyValue = 3 ^ 3 ^ 3    ' Returns 19683." (evaluated left to right)
'! para=2 => var:R=19683
' Page example: "MyValue = (-5) ^ 3    ' Returns -125."
'! para=3 => var:R=-125
' Page: "Usually, the data type of result is a Double or a Variant containing a Double." — TypeName(2 ^ 2).
'! para=4 => var:R="Double"
' Same sentence — Integer-typed operands still give a Double.
'! para=5 => var:R="Double"
' Page: "if either number or exponent is a Null expression, result is Null." — Null ^ 2, checked through IsNull.
'! para=6 => var:R=True
' Page: "if either number or exponent is a Null expression, result is Null." — 2 ^ Null.
'! para=7 => var:R=True
' Page: "When more than one exponentiation is performed in a single expression, the ^ operator is evaluated as it is encountered from left to right." — 2 ^ 3 ^ 2 is (2 ^ 3) ^ 2.
'! para=8 => var:R=64
' Page note: "x=y ^2   ' Will be interpreted as x equals y squared."
'! para=9 => var:R=9
Sub Main()
  Dim I1 As Integer, I2 As Integer, Y
  Select Case Para1
    Case 1: R = 2 ^ 2
    Case 2: R = 3 ^ 3 ^ 3
    Case 3: R = (-5) ^ 3
    Case 4: R = TypeName(2 ^ 2)
    Case 5: I1 = 2: I2 = 3: R = TypeName(I1 ^ I2)
    Case 6: R = IsNull(Null ^ 2)
    Case 7: R = IsNull(2 ^ Null)
    Case 8: R = 2 ^ 3 ^ 2
    Case 9: Y = 3: R = Y ^2
  End Select
End Sub
