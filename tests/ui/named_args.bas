Sub Main()
  Dim x, a(2)
  x = Two(a:=1, z:=2)
  x = Two(1, a:=2)
  x = Two(b:=1, 2)
  x = Left(String:="abc", Length:=1)
  x = a(i:=1)
  Call F(1, 2)
End Sub
Function Two(a, b)
End Function
Sub F(ParamArray Items(), Last)
End Sub
