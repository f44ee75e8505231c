Sub Main()
  Else
  Result = 1
End Sub
