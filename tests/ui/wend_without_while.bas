Sub Main()
  Wend
End Sub
