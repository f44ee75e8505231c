Function F()
  Exit Sub
End Function

Sub Main()
  Result = F()
End Sub
