' DateAdd function — VBA reference: Language/Reference/User-Interface-Help/dateadd-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/dateadd-function)
' Left out: the page's en-US short date text (m/d/yyyy). xbas writes dates as text locale-free, yyyy-mm-dd (README,
' "Dates are VBA serial days; as text they show as yyyy-mm-dd hh:nn:ss (no locale)"): the legacy connector ran under
' whatever Windows locale it was installed with (the seed documentation is French), so no one short date is right.
' Dates are checked as year*10000 + month*100 + day (Ymd) and times as hour*10000 + minute*100 + second (Hms).
Dim R
Dim B
' Page: "adds one month to January 31 ... returns 28-Feb-95" — with a date literal
'! para=2 => var:R=19950228
' Page: "If date is 31-Jan-96, it returns 29-Feb-96 because 1996 is a leap year."
'! para=3 => var:R=19960229
' Page note: with "w" "the DateAdd function adds the total number of days that you specified" (Friday 3/1/2024 + 5)
'! para=7 => var:R=20240306
' Settings table: "yyyy | Year"
'! para=8 => var:R=20250304
' Settings table: "q | Quarter"
'! para=9 => var:R=20240604
' Settings table: "m | Month"
'! para=10 => var:R=20240404
' Settings table: "y | Day of year" — "To add days to date, you can use Day of Year ("y"), Day ("d"), or Weekday ("w")."
'! para=11 => var:R=20240305
' Settings table: "d | Day"
'! para=12 => var:R=20240305
' Settings table: "ww | Week"
'! para=13 => var:R=20240311
' Settings table: "h | Hour"
'! para=14 => var:R=50000
' Settings table: "n | Minute"
'! para=15 => var:R=4500
' Settings table: "s | Second"
'! para=16 => var:R=30
' Page: "number ... can be positive (to get dates in the future) or negative (to get dates in the past)." (3/1/2024 - 1 day)
'! para=17 => var:R=20240229
' Page: "you can use DateAdd to calculate ... a time 45 minutes from now." (now = midnight of 2024-03-04)
'! date=2024-03-04 para=18 => var:R=4500
' Page: "you can use DateAdd to calculate a date 30 days from today" (today = 2024-03-04)
'! date=2024-03-04 para=19 => var:R=20240403
' Page: "Returns a Variant (Date)" — VarType is vbDate
'! para=21 => var:B=True
' Page: "The DateAdd function won't return an invalid date." — subtracting one month from March 31, 2024 gives February 29, 2024
'! para=22 => var:R=20240229
Sub Main()
  Dim FirstDate As Date
  Dim IntervalType As String
  Dim Number As Integer
  Dim Msg As String
  Dim D
  Select Case Para1
    Case 1: R = Ymd(DateAdd("m", 1, "31-Jan-95"))
    Case 2: R = Ymd(DateAdd("m", 1, #1/31/1995#))
    Case 3: R = Ymd(DateAdd("m", 1, #1/31/1996#))
    Case 4
      On Error Resume Next
      D = DateAdd("yyyy", -2000, #1/31/1995#)
      B = (Err.Number <> 0)
    Case 5: R = Ymd(DateAdd("d", 1.7, #1/1/2024#))
    Case 6: R = Ymd(DateAdd("d", -1.7, #1/1/2024#))
    Case 7: R = Ymd(DateAdd("w", 5, #3/1/2024#))
    Case 8: R = Ymd(DateAdd("yyyy", 1, #3/4/2024#))
    Case 9: R = Ymd(DateAdd("q", 1, #3/4/2024#))
    Case 10: R = Ymd(DateAdd("m", 1, #3/4/2024#))
    Case 11: R = Ymd(DateAdd("y", 1, #3/4/2024#))
    Case 12: R = Ymd(DateAdd("d", 1, #3/4/2024#))
    Case 13: R = Ymd(DateAdd("ww", 1, #3/4/2024#))
    Case 14: R = Hms(DateAdd("h", 5, #3/4/2024#))
    Case 15: R = Hms(DateAdd("n", 45, #3/4/2024#))
    Case 16: R = Hms(DateAdd("s", 30, #3/4/2024#))
    Case 17: R = Ymd(DateAdd("d", -1, #3/1/2024#))
    Case 18: R = Hms(DateAdd("n", 45, Now))
    Case 19: R = Ymd(DateAdd("d", 30, Date))
    Case 20
      IntervalType = "m"
      FirstDate = #1/4/2024#
      Number = 3
      Msg = "New date: " & DateAdd(IntervalType, Number, FirstDate)
      Debug.Print Msg
    Case 21: B = (VarType(DateAdd("d", 1, #3/4/2024#)) = vbDate)
    Case 22: R = Ymd(DateAdd("m", -1, #3/31/2024#))
  End Select
End Sub

Function Ymd(D)
  Ymd = CLng(Year(D)) * 10000 + CLng(Month(D)) * 100 + CLng(Day(D))
End Function

Function Hms(T)
  Hms = CLng(Hour(T)) * 10000 + CLng(Minute(T)) * 100 + CLng(Second(T))
End Function
' Page: "If the calculated date would precede the year 100 (that is, you subtract more years than are in date), an error occurs."
'! para=4 => var:B=True
' Page: "If number isn't a Long value, it is rounded to the nearest whole number before being evaluated." (1.7 days -> 2)
'! para=5 => var:R=20240103
' Page: "If number isn't a Long value, it is rounded to the nearest whole number" (-1.7 days -> -2)
'! para=6 => var:R=20231230
' Page: "DateAdd("m", 1, "31-Jan-95")" — "In this case, DateAdd returns 28-Feb-95, not 31-Feb-95."
'! para=1 => var:R=19950228
