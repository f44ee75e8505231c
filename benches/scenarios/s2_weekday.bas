' S2 weekday: Monday and Tuesday weighted differently.
Dim Result As Long
Dim Para1 As Long
Dim Weekday As Long

Sub Main()
  If Weekday = 2 Then
    Result = Para1 * 110
  ElseIf Weekday = 3 Then
    Result = Para1 * 90
  Else
    Result = Para1 * 100
  End If
End Sub
