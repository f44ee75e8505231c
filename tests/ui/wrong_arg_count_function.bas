Function Twice(X)
  Twice = X * 2
End Function

Sub Main()
  Result = Twice(1, 2, 3)
End Sub
