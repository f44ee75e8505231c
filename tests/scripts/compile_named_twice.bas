' An argument given both by position and by name (E0505).
'! => compile-error=5
Sub Main()
  Dim x
  x = Two(1, a:=2)
End Sub
Function Two(a, b)
End Function
