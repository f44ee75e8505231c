Sub Main()
  Result = &H1FFFFFFFF
End Sub
