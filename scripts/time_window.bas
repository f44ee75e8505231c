' Time window (vendor example 3): keep values between 06:00 and 20:00 only.
' Minutes is the interval start in minutes since midnight.
'! para=3.25 minutes=480 => result=325
'! para=3.25 minutes=300 => result=0
'! para=3.25 minutes=1200 => result=0

Sub Main()
  If (minutes < 360) or (minutes >= 1200) Then Result = 0 else Result = Para1 * 100
End Sub
