Sub Main()
  Result = Err.Code
End Sub
