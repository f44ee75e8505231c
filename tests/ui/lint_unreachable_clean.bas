' W0807 does not fire: a label after an Exit is reached by its GoTo, and code after a
' loop left by Exit Do runs.
Sub Main()
  Dim n As Long
  If Para1 < 0 Then GoTo Negative
  Do
    n = n + 1
    If n > 3 Then Exit Do
  Loop
  Result = n
  Exit Sub
Negative:
  Result = 0
End Sub
