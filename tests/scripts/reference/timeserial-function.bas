' TimeSerial function — VBA reference: Language/Reference/User-Interface-Help/timeserial-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/timeserial-function)
Dim R
Dim B
' Page example: "MyTime = TimeSerial(16, 35, 17)    ' MyTime contains serial representation of 4:35:17 PM."
'! para=1 => var:B=True
' Page example: TimeSerial(16, 35, 17) is 4:35:17 PM — hour
'! para=2 => var:R=16
' Page example: TimeSerial(16, 35, 17) is 4:35:17 PM — minute
'! para=3 => var:R=35
' Page example: TimeSerial(16, 35, 17) is 4:35:17 PM — second
'! para=4 => var:R=17
' Page: "TimeSerial(12 - 6, -15, 0)" returns "5:45:00 A.M."
'! para=5 => var:B=True
' Page: TimeSerial(12 - 6, -15, 0) is 5:45:00 A.M. — as hour*10000 + minute*100 + second
'! para=6 => var:R=54500
' Page: "if you specify 75 minutes, it is evaluated as one hour and 15 minutes"
'! para=7 => var:R=11500
' Page: "Number between 0 (12:00 A.M.) and 23 (11:00 P.M.)" — hour 23
'! para=8 => var:R=230000
' Page: "the range ... 0–23 for hours and 0–59 for minutes and seconds" — 11:59:59
'! para=9 => var:R=115959
' Page: "Returns a Variant (Date)" — VarType is vbDate
'! para=12 => var:B=True
' Page: "When any argument exceeds the normal range ... it increments to the next larger unit" — 90 seconds is 1 minute 30 seconds
'! para=13 => var:R=130
Sub Main()
  Dim MyTime
  Select Case Para1
    Case 1
      MyTime = TimeSerial(16, 35, 17)
      B = (MyTime = #4:35:17 PM#)
    Case 2: R = Hour(TimeSerial(16, 35, 17))
    Case 3: R = Minute(TimeSerial(16, 35, 17))
    Case 4: R = Second(TimeSerial(16, 35, 17))
    Case 5: B = (TimeSerial(12 - 6, -15, 0) = #5:45:00 AM#)
    Case 6
      MyTime = TimeSerial(12 - 6, -15, 0)
      R = Hms(MyTime)
    Case 7
      MyTime = TimeSerial(0, 75, 0)
      R = Hms(MyTime)
    Case 8
      MyTime = TimeSerial(23, 0, 0)
      R = Hms(MyTime)
    Case 9
      MyTime = TimeSerial(11, 59, 59)
      R = Hms(MyTime)
    Case 10
      On Error Resume Next
      MyTime = TimeSerial(0, 0, 32768)
      B = (Err.Number <> 0)
    Case 11
      On Error Resume Next
      MyTime = TimeSerial(-32769, 0, 0)
      B = (Err.Number <> 0)
    Case 12: B = (VarType(TimeSerial(16, 35, 17)) = vbDate)
    Case 13
      MyTime = TimeSerial(0, 0, 90)
      R = Hms(MyTime)
  End Select
End Sub

Function Hms(T)
  Hms = CLng(Hour(T)) * 10000 + CLng(Minute(T)) * 100 + CLng(Second(T))
End Function
' Page: "If any single argument is outside the range -32,768 to 32,767, an error occurs." (second 32768)
'! para=10 => var:B=True
' Page: "If any single argument is outside the range -32,768 to 32,767, an error occurs." (hour -32769)
'! para=11 => var:B=True
