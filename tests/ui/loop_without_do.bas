Sub Main()
  For i = 1 To 3
  Loop
  Next
End Sub
