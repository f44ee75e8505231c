Sub Main()
  Print "total
  Result = 1
End Sub
