Sub Main()
  End Select
End Sub
