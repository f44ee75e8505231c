Sub Main()
  Result = Para1 ~ 2
End Sub
