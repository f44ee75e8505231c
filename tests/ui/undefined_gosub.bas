Sub Main()
  GoSub Twice
  Result = 1
End Sub
