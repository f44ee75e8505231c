Sub Main()
  If Para1 > 1 Then
    Result = 1
  Else
    Result = 2
  ElseIf Para1 > 2 Then
    Result = 3
  End If
End Sub
