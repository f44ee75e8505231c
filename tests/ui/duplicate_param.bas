Function F(X, X)
  F = X
End Function

Sub Main()
  Result = F(1, 2)
End Sub
