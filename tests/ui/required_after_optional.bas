Function F(Optional A = 1, B)
  F = A + B
End Function

Sub Main()
  Result = F(1, 2)
End Sub
