' A named argument must name a parameter of the callee (E0505).
'! => compile-error=5
Sub Main()
  Dim x
  x = Two(a:=1, z:=2)
End Sub
Function Two(a, b)
End Function
