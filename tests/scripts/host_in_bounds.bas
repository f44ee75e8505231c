' A host variable is a host variable wherever it is written, array bounds of ReDim
' included (issue 16: a ParaN used only in a bound became an implicit local, so
' ReDim a(1 To Para1) failed with error 9 instead of sizing the array by Para1).
'! para=5 => result=5
'! para=12 => result=12

Sub Main()
  ReDim a(1 To Para1)
  Result = UBound(a)
End Sub
