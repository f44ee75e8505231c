Sub Main()
  Case 1
    Result = 1
End Sub
