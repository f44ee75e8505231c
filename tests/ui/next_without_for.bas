Sub Main()
  Result = 1
  Next
End Sub
