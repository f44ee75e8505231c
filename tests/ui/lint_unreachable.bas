' W0807: statements no path reaches.
Sub Main()
  Result = Para1
  Exit Sub
  Result = Para2
  Result = Para3
End Sub

Function Twice(x As Double) As Double
  If x > 0 Then
    Twice = 2 * x
    Exit Function
  Else
    Twice = 0
    GoTo Done
  End If
  Twice = -1
Done:
End Function
