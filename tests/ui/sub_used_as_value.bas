Sub Helper()
End Sub

Sub Main()
  Result = Helper()
End Sub
