' too-many-dimensions.md: "Arrays can have no more than 60 dimensions" (E0507).
'! => compile-error=4
Sub Main()
  Dim a(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0)
End Sub
