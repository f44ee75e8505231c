Sub Main()
  Exit For
End Sub
