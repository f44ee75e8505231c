' A realistic scenario: weekend and night intervals count double, the lunch window is
' dropped, everything else is the key figure times 100. Sunday = 1, Saturday = 7.
'! para=10 weekday=2 minutes=480 => result=1000
'! para=10 weekday=2 minutes=720 => result=0
'! para=10 weekday=2 minutes=765 => result=0
'! para=10 weekday=2 minutes=780 => result=1000
'! para=10 weekday=1 minutes=480 => result=2000
'! para=10 weekday=7 minutes=480 => result=2000
'! para=10 weekday=4 minutes=1320 => result=2000
'! para=10 weekday=4 minutes=0 => result=2000
'! para=10 weekday=4 minutes=359 => result=2000
'! para=10 weekday=4 minutes=360 => result=1000
'! para=2.25 weekday=3 minutes=600 => result=225
'! para=2.25 weekday=1 minutes=600 => result=450
'! para=0 weekday=1 minutes=0 => result=0
'! date=2024-06-15 para=1 minutes=600 => result=200
'! date=2024-06-17 para=1 minutes=600 => result=100

Sub Main()
  Dim Factor
  If Minutes >= 720 And Minutes < 780 Then
    Result = 0
    Exit Sub
  End If
  Select Case Weekday
    Case 1, 7
      Factor = 2
    Case Else
      If Minutes < 360 Or Minutes >= 1320 Then Factor = 2 Else Factor = 1
  End Select
  Result = Para1 * 100 * Factor
End Sub
