' TimeSerial function — VBA reference: Language/Reference/User-Interface-Help/timeserial-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/timeserial-function)
Dim R
Dim B
' Page: "If any single argument is outside the range -32,768 to 32,767, an error occurs." (second 32768)
' xbas gives: var:B False — no error; TimeSerial(0, 0, 32768) returns 09:06:08
'! para=10 => var:B=True
' Page: "If any single argument is outside the range -32,768 to 32,767, an error occurs." (hour -32769)
' xbas gives: var:B False — no error; TimeSerial(-32769, 0, 0) returns 1896-04-04 09:00:00
'! para=11 => var:B=True
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
