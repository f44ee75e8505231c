Sub Main()
  Dim A, B, A
  Result = A
End Sub
