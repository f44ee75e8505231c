' Time window (vendor example 3): keep values between 06:00 and 20:00 only.
' Minutes is the interval start in minutes since midnight.
'! para=3.25 minutes=480 => result=325
'! para=3.25 minutes=300 => result=0
'! para=3.25 minutes=1200 => result=0

Sub Main()
  If (Minutes < 360) Or (Minutes >= 1200) Then Result = 0 Else Result = Para1 * 100
End Sub
