Sub Main()
  Result = (Para1 + Para2 * 100
End Sub
