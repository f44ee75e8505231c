Sub Main()
  Select Case Para1
    Case Else
      Result = 0
    Case 1
      Result = 1
  End Select
End Sub
