Sub Main()
  Result = 1
End Sub

Sub Main()
  Result = 2
End Sub
