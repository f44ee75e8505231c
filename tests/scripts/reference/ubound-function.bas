' UBound function — VBA reference: Language/Reference/User-Interface-Help/ubound-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/ubound-function)
Dim R
' Page example: "Dim MyArray(1 To 10, 5 To 15, 10 To 20) ... Upper = UBound(MyArray, 1) ' Returns 10."
'! para=1 => var:R=10
' Page example: "Upper = UBound(MyArray, 3) ' Returns 20."
'! para=2 => var:R=20
' Page example: "Dim AnyArray(10) ... Upper = UBound(AnyArray) ' Returns 10."
'! para=3 => var:R=10
' Page table: "UBound(A, 1) | 100" (A is Dim A(1 To 100, 0 To 3, -3 To 4), the array that also gives the LBound page's table 1, 0, -3)
'! para=4 => var:R=100
' Page table: "UBound(A, 2) | 3"
'! para=5 => var:R=3
' Page table: "UBound(A, 3) | 4"
'! para=6 => var:R=4
' Page: "If dimension is omitted, 1 is assumed."
'! para=7 => var:R=10
' Page: "Returns a Long data type"
'! para=8 => var:R="Long"
' Page: UBound "is used with the LBound function to determine the size of an array" — dimension 2 of MyArray has 15 - 5 + 1 = 11 elements
'! para=9 => var:R=11
Sub Main()
  Dim Upper
  Dim MyArray(1 To 10, 5 To 15, 10 To 20)
  Dim AnyArray(10)
  Dim A(1 To 100, 0 To 3, -3 To 4)
  Select Case Para1
    Case 1: Upper = UBound(MyArray, 1)
    Case 2: Upper = UBound(MyArray, 3)
    Case 3: Upper = UBound(AnyArray)
    Case 4: Upper = UBound(A, 1)
    Case 5: Upper = UBound(A, 2)
    Case 6: Upper = UBound(A, 3)
    Case 7: Upper = UBound(MyArray)
    Case 8: Upper = TypeName(UBound(AnyArray))
    Case 9: Upper = UBound(MyArray, 2) - LBound(MyArray, 2) + 1
  End Select
  R = Upper
End Sub
