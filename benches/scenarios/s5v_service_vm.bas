' S5v: s5_service.bas with one line the kernel does not take (a String local), so that it runs
' on the general VM: the VM's speed on the same work.
' S5 service level: calls answered within the target, weighted by a shift factor per
' weekday and hour, with a capped backlog loop. Para1 = offered, Para2 = answered in time,
' Para3 = abandoned.
Option Explicit
Dim Result As Long
Dim Para1 As Double
Dim Para2 As Double
Dim Para3 As Double
Dim Weekday As Long
Dim Minutes As Long

Function ShiftFactor(day As Long, minute As Long) As Double
  Select Case day
    Case 1, 7
      ShiftFactor = 0.5
    Case 2 To 5
      If minute < 480 Then
        ShiftFactor = 0.8
      ElseIf minute < 1080 Then
        ShiftFactor = 1
      Else
        ShiftFactor = 0.9
      End If
    Case Else
      ShiftFactor = 0.95
  End Select
End Function

Sub Main()
  Dim note As String
  Dim offered As Double, level As Double, backlog As Double, i As Long
  offered = Para1 + Para3
  If offered <= 0 Then
    Result = 0
    Exit Sub
  End If
  level = Para2 / offered
  backlog = Para3
  For i = 1 To 4
    If backlog <= 0 Then Exit For
    backlog = backlog - offered * 0.25
  Next i
  If backlog < 0 Then backlog = 0
  Result = Int(level * 10000 * ShiftFactor(Weekday, Minutes)) - Int(backlog)
End Sub
