Sub Main()
  Result = 1 
End Sub
