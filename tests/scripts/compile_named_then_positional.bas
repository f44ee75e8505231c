' A positional argument after a named one (E0505).
'! => compile-error=5
Sub Main()
  Dim x
  x = Two(b:=1, 2)
End Sub
Function Two(a, b)
End Function
