Sub Main()
  While Para1 > 0
    Exit Do
  Wend
End Sub
