' Weekday-dependent value (vendor example 2): Mondays take Para1, Tuesdays Para2,
' every other day stores 0. Weekday: Sunday = 1 ... Saturday = 7.
'! para=8,3 weekday=2 => result=800
'! para=8,3 weekday=3 => result=300
'! para=8,3 weekday=1 => result=0
'! para=8,3 date=2024-03-12 => result=300

Dim Result As Long
Dim Weekday As Long
Dim Minutes As Long
Dim Para1 As Long
Dim Para2 As Long

Sub Main()
  If (Weekday = 2) Then
    Result = Para1 * 100
  Else
    If (Weekday = 3) Then
      Result = Para2 * 100
    Else
      Result = 0
    End If
  End If
End Sub
