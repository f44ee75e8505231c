' DatePart function — VBA reference: Language/Reference/User-Interface-Help/datepart-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/datepart-function)
' 1/1/2024 and 3/4/2024 are Mondays; 1/1/2025 is a Wednesday.
Dim R
Dim B
' Page example: "Msg = "Quarter: " & DatePart("q", TheDate)" with TheDate = 8/15/2024
'! para=1 => output="Quarter: 3\n"
' Settings table: "yyyy | Year"
'! para=2 => var:R=2024
' Settings table: "q | Quarter" (3/4/2024)
'! para=3 => var:R=1
' Settings table: "m | Month"
'! para=4 => var:R=3
' Settings table: "y | Day of year" (3/4/2024 is day 31 + 29 + 4)
'! para=5 => var:R=64
' Settings table: "d | Day"
'! para=6 => var:R=4
' Settings table: "w | Weekday"; firstdayofweek "If not specified, Sunday is assumed." (Monday 3/4/2024)
'! para=7 => var:R=2
' Page: "The firstdayofweek argument affects calculations that use the "w" and "ww" interval symbols." (Monday with vbMonday)
'! para=8 => var:R=1
' Settings table: "ww | Week"; firstweekofyear "If not specified, the first week is assumed to be the week in which January 1 occurs." (1/1/2024)
'! para=9 => var:R=1
' Weeks start on Sunday by default: Sunday 1/7/2024 begins week 2
'! para=10 => var:R=2
' With vbMonday, Monday 1/1 to Sunday 1/7/2024 is week 1
'! para=11 => var:R=1
' firstweekofyear "vbFirstFourDays | 2 | Start with the first week that has at least four days in the new year." — 12/29/2024-1/4/2025 has four days of 2025, so Sunday 1/5/2025 is week 2
'! para=12 => var:R=2
' firstweekofyear "vbFirstJan1 | 1 | Start with week in which January 1 occurs (default)." — Sunday 1/5/2025 is week 2
'! para=14 => var:R=2
' Settings table: "h | Hour" (4:35:17 PM)
'! para=15 => var:R=16
' Settings table: "n | Minute" (4:35:17 PM)
'! para=16 => var:R=35
' Settings table: "s | Second" (4:35:17 PM)
'! para=17 => var:R=17
' Page: "Returns a Variant (Integer)"
'! para=18 => var:R="Integer"
' Constant table: "vbUseSystem | 0 | Use the NLS API setting." (firstdayofweek: vbUseSystemDayOfWeek)
'! para=23 => var:R=0
' Page: "you might use DatePart to calculate the day of the week or the current hour" — at midnight of 2024-03-04 (a Monday)
'! date=2024-03-04 para=24 => var:R=2
' Page: "you might use DatePart to calculate ... the current hour" — midnight
'! date=2024-03-04 para=25 => var:R=0
' Settings table: "q | Quarter" (12/31/2024 is in quarter 4)
'! para=27 => var:R=4
' firstweekofyear "vbFirstJan1 | 1 | Start with week in which January 1 occurs (default)." — Sunday 1/3/2021 is week 2
'! para=29 => var:R=2
Sub Main()
  Dim TheDate As Date
  Dim Msg
  Select Case Para1
    Case 1
      TheDate = #8/15/2024#
      Msg = "Quarter: " & DatePart("q", TheDate)
      Debug.Print Msg
    Case 2: R = DatePart("yyyy", #3/4/2024#)
    Case 3: R = DatePart("q", #3/4/2024#)
    Case 4: R = DatePart("m", #3/4/2024#)
    Case 5: R = DatePart("y", #3/4/2024#)
    Case 6: R = DatePart("d", #3/4/2024#)
    Case 7: R = DatePart("w", #3/4/2024#)
    Case 8: R = DatePart("w", #3/4/2024#, vbMonday)
    Case 9: R = DatePart("ww", #1/1/2024#)
    Case 10: R = DatePart("ww", #1/7/2024#)
    Case 11: R = DatePart("ww", #1/7/2024#, vbMonday)
    Case 12: R = DatePart("ww", #1/5/2025#, vbSunday, vbFirstFourDays)
    Case 13: R = DatePart("ww", #1/5/2025#, vbSunday, vbFirstFullWeek)
    Case 14: R = DatePart("ww", #1/5/2025#, vbSunday, vbFirstJan1)
    Case 15: R = DatePart("h", #4:35:17 PM#)
    Case 16: R = DatePart("n", #4:35:17 PM#)
    Case 17: R = DatePart("s", #4:35:17 PM#)
    Case 18: R = TypeName(DatePart("yyyy", #3/4/2024#))
    Case 19: R = DatePart("yyyy", "3/15")
    Case 20: R = vbFirstJan1
    Case 21: R = vbFirstFourDays
    Case 22: R = vbFirstFullWeek
    Case 23: R = vbUseSystemDayOfWeek
    Case 24: R = DatePart("w", Now)
    Case 25: R = DatePart("h", Now)
    Case 26: R = vbUseSystem
    Case 27: R = DatePart("q", #12/31/2024#)
    Case 28: R = DatePart("ww", #1/3/2021#, vbSunday, vbFirstFourDays)
    Case 29: R = DatePart("ww", #1/3/2021#, vbSunday, vbFirstJan1)
  End Select
End Sub
' Constant table: "vbFirstJan1 | 1"
'! para=20 => var:R=1
' Constant table: "vbFirstFourDays | 2"
'! para=21 => var:R=2
' Constant table: "vbFirstFullWeek | 3"
'! para=22 => var:R=3
' Constant table: "vbUseSystem | 0 | Use the NLS API setting."
'! para=26 => var:R=0
' firstweekofyear "vbFirstFullWeek | 3 | Start with first full week of the year." — Sunday 1/5/2025 starts week 1
'! para=13 => var:R=1
' firstweekofyear "vbFirstFourDays | 2 | Start with the first week that has at least four days in the new year." — 1/1/2021 is a Friday, so 12/27/2020-1/2/2021 has two days of 2021 and Sunday 1/3/2021 is week 1
'! para=28 => var:R=1
' Page: "if date is enclosed in double quotation marks (" "), and you omit the year, the current year is inserted" (current date 2024-03-04)
'! date=2024-03-04 para=19 => var:R=2024
