Function F(A, B)
  F = A + B
End Function

Sub Main()
  Result = F(1, )
End Sub
