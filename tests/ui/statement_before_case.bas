Sub Main()
  Select Case Para1
    Result = 5
    Case 1
      Result = 1
  End Select
End Sub
