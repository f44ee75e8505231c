Sub Main()
  Result = 1
  End If
End Sub
