Sub Main()
  If Para1 = 0 Then GoTo Skip
  Result = 1
End Sub
