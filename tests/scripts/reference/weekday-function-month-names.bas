' Weekday function — VBA reference: Language/Reference/User-Interface-Help/weekday-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/weekday-function)
Dim R
Dim B
' Page example with the literal as written on the page (#February 12, 1969#)
'! para=13 => var:R=4
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
    Case 13
      MyDate = #February 12, 1969#
      R = Weekday(MyDate)
  End Select
End Sub
