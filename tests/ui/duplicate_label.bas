Sub Main()
Top:
  Result = 1
Top:
  Result = 2
End Sub
