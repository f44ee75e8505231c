' = operator — VBA reference: Language/Reference/User-Interface-Help/equals-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/equals-operator)
' Properties are left out (no objects).
Dim R
' Page: "Used to assign a value to a variable"; value is "Any numeric or string literal" — R = 5.
'! para=1 => var:R=5
' Page: value is "Any numeric or string literal" — R = "abc".
'! para=2 => var:R="abc"
' Page: value is any "constant" — Const C = 10: R = C.
'! para=3 => var:R=10
' Page: value is any "expression" — R = 2 + 3.
'! para=4 => var:R=5
' Page: "The name on the left side of the equal sign can be a simple scalar variable or an element of an array." — A(2) = "x".
'! para=5 => var:R="x"
Sub Main()
  Const C = 10
  Dim A(3)
  Select Case Para1
    Case 1: R = 5
    Case 2: R = "abc"
    Case 3: R = C
    Case 4: R = 2 + 3
    Case 5: A(2) = "x": R = A(2)
  End Select
End Sub
