' W0806 does not fire: every way out assigns Result, directly, through a Sub, after a
' loop that runs at least once, or in an error handler.
Sub Main()
  Dim i As Long
  On Error GoTo Failed
  If Para2 = 0 Then
    Result = 0
    Exit Sub
  End If
  Select Case Weekday
    Case 1, 7
      Store Para1
    Case Else
      Result = Para1 / Para2
  End Select
  For i = 1 To 3
    Result = Result + i
  Next i
  Exit Sub
Failed:
  Result = -1
End Sub

Sub Store(v As Double)
  Result = v * 100
End Sub
