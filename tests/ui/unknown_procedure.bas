Sub Main()
  Recalculate Para1
  Result = 1
End Sub
