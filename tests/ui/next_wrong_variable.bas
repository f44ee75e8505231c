Sub Main()
  Dim I, J
  For I = 1 To 3
  Next J
End Sub
