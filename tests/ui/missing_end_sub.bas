Sub Helper()
  Result = 1

Sub Main()
  Helper
End Sub
