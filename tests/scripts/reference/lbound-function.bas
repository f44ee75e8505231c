' LBound function — VBA reference: Language/Reference/User-Interface-Help/lbound-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/lbound-function)
Dim R
' Page example: "Dim MyArray(1 To 10, 5 To 15, 10 To 20) ... Lower = Lbound(MyArray, 1) ' Returns 1."
'! para=1 => var:R=1
' Page example: "Lower = Lbound(MyArray, 3) ' Returns 10."
'! para=2 => var:R=10
' Page example: "Lower = Lbound(AnyArray) ' Returns 0 or 1, depending on setting of Option Base." — no Option Base here: "The lower bound is zero if no Option Base statement is present" (dim-statement.md)
'! para=3 => var:R=0
' Page table: "LBound(A, 1) | 1" (A is Dim A(1 To 100, 0 To 3, -3 To 4), the array that also gives the UBound page's table 100, 3, 4)
'! para=4 => var:R=1
' Page table: "LBound(A, 2) | 0"
'! para=5 => var:R=0
' Page table: "LBound(A, 3) | -3"
'! para=6 => var:R=-3
' Page: "If dimension is omitted, 1 is assumed." — LBound(MyArray) equals LBound(MyArray, 1)
'! para=7 => var:R=1
' Page: "Returns a Long"
'! para=8 => var:R="Long"
' Page: "The base of an array created with the Array function is zero"
'! para=9 => var:R=0
' Page: arrays dimensioned "by using the To clause in a ... ReDim ... statement can have any integer value as a lower bound"
'! para=10 => var:R=-7
' Page example: dimension 2 of MyArray (5 To 15)
'! para=11 => var:R=5
Sub Main()
  Dim Lower
  Dim MyArray(1 To 10, 5 To 15, 10 To 20)
  Dim AnyArray(10)
  Dim A(1 To 100, 0 To 3, -3 To 4)
  Dim D()
  Select Case Para1
    Case 1: Lower = LBound(MyArray, 1)
    Case 2: Lower = LBound(MyArray, 3)
    Case 3: Lower = LBound(AnyArray)
    Case 4: Lower = LBound(A, 1)
    Case 5: Lower = LBound(A, 2)
    Case 6: Lower = LBound(A, 3)
    Case 7: Lower = LBound(MyArray)
    Case 8: Lower = TypeName(LBound(AnyArray))
    Case 9: Lower = LBound(Array(5, 6, 7))
    Case 10
      ReDim D(-7 To 3)
      Lower = LBound(D)
    Case 11: Lower = LBound(MyArray, 2)
  End Select
  R = Lower
End Sub
