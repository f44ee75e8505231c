' DateDiff function — VBA reference: Language/Reference/User-Interface-Help/datediff-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/datediff-function)
' 3/4/2024 is a Monday, 3/3/2024 a Sunday.
Dim R
Dim B
' Page: "When comparing December 31 to January 1 of the immediately succeeding year, DateDiff for Year ("yyyy") returns 1 even though only a day has elapsed."
'! para=1 => var:R=1
' Page: "To calculate the number of days between date1 and date2, you can use ... Day ("d")."
'! para=2 => var:R=3
' Page: "To calculate the number of days between date1 and date2, you can use either Day of year ("y") or Day ("d")."
'! para=3 => var:R=3
' Page: "If date1 refers to a later point in time than date2, the DateDiff function returns a negative number."
'! para=4 => var:R=-3
' Page: "If date1 falls on a Monday, DateDiff counts the number of Mondays until date2. It counts date2 but not date1." (Mon 3/4 to Mon 3/18)
'! para=5 => var:R=2
' Page: "If date1 falls on a Monday, DateDiff counts the number of Mondays until date2." (Mon 3/4 to Sun 3/17: only 3/11)
'! para=6 => var:R=1
' Page: ""ww" ... counts the number of Sundays between date1 and date2. DateDiff counts date2 if it falls on a Sunday; but it doesn't count date1" (Sun 3/3 to Sun 3/17)
'! para=7 => var:R=2
' Page: ""ww" ... It counts the number of Sundays between date1 and date2." (Mon 3/4 to Sat 3/9: none)
'! para=8 => var:R=0
' Page: "DateDiff counts date2 if it falls on a Sunday" (Sat 3/9 to Sun 3/10)
'! para=9 => var:R=1
' Page: "it doesn't count date1, even if it does fall on a Sunday" (Sun 3/10 to Sat 3/16)
'! para=10 => var:R=0
' Settings table: "m | Month" (1/15/2024 to 4/15/2024)
'! para=11 => var:R=3
' Settings table: "q | Quarter" (1/15/2024 to 7/15/2024)
'! para=12 => var:R=2
' Settings table: "h | Hour" (3/4/2024 to 3/5/2024)
'! para=13 => var:R=24
' Settings table: "n | Minute" (1:00 PM to 2:30 PM)
'! para=14 => var:R=90
' Settings table: "s | Second" (1:00:00 PM to 1:01:00 PM)
'! para=15 => var:R=60
' Page example: "Msg = "Days from today: " & DateDiff("d", Now, TheDate)" — today 2024-03-04, TheDate 3/14/2024
'! date=2024-03-04 para=16 => output="Days from today: 10\n"
' Page: "Returns a Variant (Long)"
'! para=17 => var:R="Long"
' Page: "The firstdayofweek argument affects calculations that use the "w" and "ww" interval symbols." — "d" with vbMonday, vbFirstFourDays stays the number of days
'! para=18 => var:R=3
' Page: "If date1 or date2 is enclosed in double quotation marks ... the current year is inserted" — here the year is given; "3/1/2024" to "3/4/2024"
'! para=19 => var:R=3
' Page: "DateDiff for Year ("yyyy") returns 1 even though only a day has elapsed." — same year gives 0 (1/1/2024 to 12/31/2024)
'! para=21 => var:R=0
' Settings table: firstdayofweek "vbSunday | 1 | Sunday (default)" — passing vbSunday, "ww" counts Sundays (Sun 3/3 to Sun 3/17)
'! para=22 => var:R=2
' Settings table: firstweekofyear "vbFirstJan1 | 1 | ... (default)" — "d" with vbSunday, vbFirstJan1
'! para=23 => var:R=3
' Page: "the current year is inserted in your code each time the date1 or date2 expression is evaluated" ("3/1" in 2024 to 3/4/2024)
'! date=2024-06-01 para=20 => var:R=3
Sub Main()
  Dim TheDate As Date
  Dim Msg
  Select Case Para1
    Case 1: R = DateDiff("yyyy", #12/31/2023#, #1/1/2024#)
    Case 2: R = DateDiff("d", #3/1/2024#, #3/4/2024#)
    Case 3: R = DateDiff("y", #3/1/2024#, #3/4/2024#)
    Case 4: R = DateDiff("d", #3/4/2024#, #3/1/2024#)
    Case 5: R = DateDiff("w", #3/4/2024#, #3/18/2024#)
    Case 6: R = DateDiff("w", #3/4/2024#, #3/17/2024#)
    Case 7: R = DateDiff("ww", #3/3/2024#, #3/17/2024#)
    Case 8: R = DateDiff("ww", #3/4/2024#, #3/9/2024#)
    Case 9: R = DateDiff("ww", #3/9/2024#, #3/10/2024#)
    Case 10: R = DateDiff("ww", #3/10/2024#, #3/16/2024#)
    Case 11: R = DateDiff("m", #1/15/2024#, #4/15/2024#)
    Case 12: R = DateDiff("q", #1/15/2024#, #7/15/2024#)
    Case 13: R = DateDiff("h", #3/4/2024#, #3/5/2024#)
    Case 14: R = DateDiff("n", #1:00:00 PM#, #2:30:00 PM#)
    Case 15: R = DateDiff("s", #1:00:00 PM#, #1:01:00 PM#)
    Case 16
      TheDate = #3/14/2024#
      Msg = "Days from today: " & DateDiff("d", Now, TheDate)
      Debug.Print Msg
    Case 17: R = TypeName(DateDiff("d", #3/1/2024#, #3/4/2024#))
    Case 18: R = DateDiff("d", #3/1/2024#, #3/4/2024#, vbMonday, vbFirstFourDays)
    Case 19: R = DateDiff("d", "3/1/2024", "3/4/2024")
    Case 20: R = DateDiff("d", "3/1", #3/4/2024#)
    Case 21: R = DateDiff("yyyy", #1/1/2024#, #12/31/2024#)
    Case 22: R = DateDiff("ww", #3/3/2024#, #3/17/2024#, vbSunday)
    Case 23: R = DateDiff("d", #3/1/2024#, #3/4/2024#, vbSunday, vbFirstJan1)
  End Select
End Sub
