' Weekday function — VBA reference: Language/Reference/User-Interface-Help/weekday-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/weekday-function)
Dim R
Dim B
' Page example: "MyDate = #February 12, 1969#" and "MyWeekDay = Weekday(MyDate)    ' MyWeekDay contains 4 because MyDate represents a Wednesday." — literal written m/d/yyyy
'! para=1 => var:R=4
' Return values table: "vbWednesday | 4 | Wednesday" — the example date is vbWednesday
'! para=2 => var:B=True
' firstdayofweek: "If not specified, vbSunday is assumed." — passing vbSunday gives the same 4
'! para=3 => var:R=4
' Settings: "vbMonday | 2 | Monday" as first day — Wednesday is then the third day
'! para=4 => var:R=3
' Settings: "vbWednesday | 4 | Wednesday" as first day — Wednesday is then day 1
'! para=5 => var:R=1
' Settings: "vbThursday | 5 | Thursday" as first day — Wednesday is then day 7
'! para=6 => var:R=7
' Page: "If date contains Null, Null is returned."
'! para=7 => var:B=True
' Return values table: vbSunday 1, vbMonday 2, vbTuesday 3, vbWednesday 4, vbThursday 5, vbFriday 6, vbSaturday 7
'! para=8 => var:R="1234567"
' Page: "Returns a Variant (Integer)"
'! para=9 => var:R="Integer"
' Page: date is a "string expression ... that can represent a date" — "2/12/1969"
'! para=10 => var:R=4
' Return values table "vbSaturday | 7 | Saturday" — 2/15/1969, three days after the example's Wednesday
'! para=11 => var:R=7
' Return values table "vbSunday | 1 | Sunday" — 2/16/1969
'! para=12 => var:R=1
Sub Main()
  Dim MyDate, MyWeekDay
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      MyWeekDay = Weekday(MyDate)
      R = MyWeekDay
    Case 2: B = (Weekday(#2/12/1969#) = vbWednesday)
    Case 3: R = Weekday(#2/12/1969#, vbSunday)
    Case 4: R = Weekday(#2/12/1969#, vbMonday)
    Case 5: R = Weekday(#2/12/1969#, vbWednesday)
    Case 6: R = Weekday(#2/12/1969#, vbThursday)
    Case 7: B = IsNull(Weekday(Null))
    Case 8: R = CStr(vbSunday) & CStr(vbMonday) & CStr(vbTuesday) & CStr(vbWednesday) & CStr(vbThursday) & CStr(vbFriday) & CStr(vbSaturday)
    Case 9: R = TypeName(Weekday(#2/12/1969#))
    Case 10: R = Weekday("2/12/1969")
    Case 11: R = Weekday(#2/15/1969#)
    Case 12: R = Weekday(#2/16/1969#)
  End Select
End Sub
