Sub Main()
  Result = Para1 * 
End Sub
