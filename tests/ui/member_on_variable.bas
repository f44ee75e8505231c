Sub Main()
  Dim X
  Result = X.Value
End Sub
