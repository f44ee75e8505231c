' WeekdayName function — VBA reference: Language/Reference/User-Interface-Help/weekdayname-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/weekdayname-function)
' firstdayofweek is always given (its default, vbUseSystem, depends on Windows settings).
Dim R
Dim B
' Settings: "vbSunday | 1 | Sunday" as first day — day 1 is Sunday
'! para=1 => var:R="Sunday"
' weekday: "Numeric value of each day depends on setting of the firstdayofweek setting." — vbMonday first, day 1 is Monday
'! para=2 => var:R="Monday"
' Settings table with vbSunday first: day 7 is "vbSaturday | 7 | Saturday"
'! para=3 => var:R="Saturday"
' vbMonday first: day 7 is Sunday
'! para=4 => var:R="Sunday"
' vbWednesday first: day 3 is Friday
'! para=5 => var:R="Friday"
' abbreviate: "If omitted, the default is False, which means that the weekday name is not abbreviated." — False given explicitly
'! para=6 => var:R="Tuesday"
' Page: "Returns a string indicating the specified day of the week."
'! para=7 => var:R="String"
' Settings table with vbSunday first: "vbThursday | 5 | Thursday"
'! para=8 => var:R="Thursday"
' Settings table with vbSunday first: "vbWednesday | 4 | Wednesday"
'! para=9 => var:R="Wednesday"
' vbSaturday first: day 1 is Saturday, day 2 Sunday
'! para=10 => var:R="Sunday"
Sub Main()
  Select Case Para1
    Case 1: R = WeekdayName(1, False, vbSunday)
    Case 2: R = WeekdayName(1, False, vbMonday)
    Case 3: R = WeekdayName(7, False, vbSunday)
    Case 4: R = WeekdayName(7, False, vbMonday)
    Case 5: R = WeekdayName(3, False, vbWednesday)
    Case 6: R = WeekdayName(3, False, vbSunday)
    Case 7: R = TypeName(WeekdayName(1, False, vbSunday))
    Case 8: R = WeekdayName(vbThursday, False, vbSunday)
    Case 9: R = WeekdayName(4, , vbSunday)
    Case 10: R = WeekdayName(2, False, vbSaturday)
  End Select
End Sub
