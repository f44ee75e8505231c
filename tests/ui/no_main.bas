Sub Helper()
  Result = 1
End Sub
