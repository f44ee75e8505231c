Sub Main()
  If Para1 > 1 Then
    Result = 1
End Sub
