' Time function — VBA reference: Language/Reference/User-Interface-Help/time-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/time-function)
' During `xbas test` the current system time is midnight of the directive's date= input.
Dim R
Dim B
' Page: "Returns a Variant (Date) indicating the current system time." — at midnight the hour is 0
'! date=2024-03-04 para=1 => var:R=0
' Page: "Returns a Variant (Date) indicating the current system time." — at midnight the minute is 0
'! date=2024-03-04 para=2 => var:R=0
' Page: "Returns a Variant (Date) indicating the current system time." — at midnight the second is 0
'! date=2024-03-04 para=3 => var:R=0
' Page: "Returns a Variant (Date)" — VarType is vbDate
'! date=2024-03-04 para=4 => var:B=True
' Page: "Returns a Variant (Date)" — TypeName
'! date=2024-03-04 para=5 => var:R="Date"
' Page example: "MyTime = Time    ' Return current system time." — midnight equals TimeSerial(0, 0, 0)
'! date=2024-03-04 para=6 => var:B=True
Sub Main()
  Dim MyTime
  Select Case Para1
    Case 1: R = Hour(Time)
    Case 2: R = Minute(Time)
    Case 3: R = Second(Time)
    Case 4: B = (VarType(Time) = vbDate)
    Case 5: R = TypeName(Time)
    Case 6
      MyTime = Time
      B = (Hour(MyTime) = Hour(TimeSerial(0, 0, 0)) And Minute(MyTime) = 0 And Second(MyTime) = 0)
  End Select
End Sub
