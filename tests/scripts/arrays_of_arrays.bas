' Arrays held in array elements (issue 19, Binding): `x(0)(1) = v` assigns inside the inner
' array, also through a ByRef parameter (Call statement page: arguments are ByRef by
' default, so the callee changes the caller's array) and through a ByRef element. An index past the inner array's bounds is error 9
' (subscript-out-of-range-error-9.md: "You referenced a nonexistent array element").
Dim R
'! para=1 => var:R="2 5"
'! para=2 => var:R=2
'! para=3 => var:R=9
'! para=5 => var:R=3
Sub Main()
  Dim x(1), y(1)
  y(0) = 1: y(1) = 1
  x(0) = y
  Select Case Para1
    Case 1
      x(0)(0) = 2
      x(0)(1) = 5
      R = x(0)(0) & " " & x(0)(1)
    Case 2
      Change x
      R = x(0)(0)
    Case 3
      On Error Resume Next
      x(0)(7) = 1
      R = Err.Number
  End Select
  If Para1 = 5 Then
    ChangeElem x(0)
    R = x(0)(1)
  End If
End Sub
Sub Change(v)
  v(0)(0) = 2
End Sub
Sub ChangeElem(e)
  e(1) = 3
End Sub
