' DateSerial function — VBA reference: Language/Reference/User-Interface-Help/dateserial-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/dateserial-function)
' Left out: the page's en-US short date text (m/d/yyyy). xbas writes dates as text locale-free, yyyy-mm-dd (README,
' "Dates are VBA serial days; as text they show as yyyy-mm-dd hh:nn:ss (no locale)"): the legacy connector ran under
' whatever Windows locale it was installed with (the seed documentation is French), so no one short date is right.
Dim R
Dim B
' Page example: "' MyDate contains the date for February 12, 1969. MyDate = DateSerial(1969, 2, 12)"
'! para=1 => var:B=True
' Page example: DateSerial(1969, 2, 12) is February 12, 1969 — year
'! para=2 => var:R=1969
' Page example: DateSerial(1969, 2, 12) is February 12, 1969 — month
'! para=3 => var:R=2
' Page example: DateSerial(1969, 2, 12) is February 12, 1969 — day
'! para=4 => var:R=12
' Page: "the day before the first day (1 - 1), two months before August (8 - 2), 10 years before 1990 (1990 - 10); in other words, May 31, 1980."
'! para=6 => var:B=True
' Page: DateSerial(1990 - 10, 8 - 2, 1 - 1) is May 31, 1980 — as year*10000 + month*100 + day
'! para=7 => var:R=19800531
' Page: "values between 0 and 29, inclusive, are interpreted as the years 2000–2029" (29)
'! para=8 => var:R=2029
' Page: "values between 0 and 29, inclusive, are interpreted as the years 2000–2029" (0)
'! para=9 => var:R=2000
' Page: "The default values between 30 and 99 are interpreted as the years 1930–1999." (30)
'! para=10 => var:R=1930
' Page: "The default values between 30 and 99 are interpreted as the years 1930–1999." (99)
'! para=11 => var:R=1999
' Page: "For all other year arguments, use a four-digit year (for example, 1800)."
'! para=12 => var:R=1800
' Page: "if you specify 35 days, it is evaluated as one month and some number of days" — January 35, 2024 is February 4, 2024
'! para=13 => var:R=20240204
' Page: "When any argument exceeds the accepted range for that argument, it increments to the next larger unit" — month 13 of 2023 is January 2024
'! para=14 => var:R=20240101
' Page: "If any single argument is outside the range -32,768 to 32,767, an error occurs." (month -32769)
'! para=16 => var:B=True
' Page: "If the date specified by the three arguments falls outside the acceptable range of dates, an error occurs." (December 32, 9999)
'! para=17 => var:B=True
' Page: "Returns a Variant (Date)" — VarType is vbDate
'! para=18 => var:B=True
' Page: "the day before the first day (1 - 1)" — March 0, 2024 is February 29, 2024 (leap year)
'! para=19 => var:R=20240229
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = DateSerial(1969, 2, 12)
      B = (MyDate = #2/12/1969#)
    Case 2: R = Year(DateSerial(1969, 2, 12))
    Case 3: R = Month(DateSerial(1969, 2, 12))
    Case 4: R = Day(DateSerial(1969, 2, 12))
    Case 5: R = CStr(DateSerial(1969, 2, 12))
    Case 6: B = (DateSerial(1990 - 10, 8 - 2, 1 - 1) = #5/31/1980#)
    Case 7
      MyDate = DateSerial(1990 - 10, 8 - 2, 1 - 1)
      R = Ymd(MyDate)
    Case 8: R = Year(DateSerial(29, 1, 1))
    Case 9: R = Year(DateSerial(0, 1, 1))
    Case 10: R = Year(DateSerial(30, 1, 1))
    Case 11: R = Year(DateSerial(99, 1, 1))
    Case 12: R = Year(DateSerial(1800, 1, 1))
    Case 13
      MyDate = DateSerial(2024, 1, 35)
      R = Ymd(MyDate)
    Case 14
      MyDate = DateSerial(2023, 13, 1)
      R = Ymd(MyDate)
    Case 15
      On Error Resume Next
      MyDate = DateSerial(2000, 1, 32768)
      B = (Err.Number <> 0)
    Case 16
      On Error Resume Next
      MyDate = DateSerial(2000, -32769, 1)
      B = (Err.Number <> 0)
    Case 17
      On Error Resume Next
      MyDate = DateSerial(9999, 12, 32)
      B = (Err.Number <> 0)
    Case 18: B = (VarType(DateSerial(1969, 2, 12)) = vbDate)
    Case 19
      MyDate = DateSerial(2024, 3, 1 - 1)
      R = Ymd(MyDate)
  End Select
End Sub

Function Ymd(D)
  Ymd = CLng(Year(D)) * 10000 + CLng(Month(D)) * 100 + CLng(Day(D))
End Function
' Page: "If any single argument is outside the range -32,768 to 32,767, an error occurs." (day 32768)
'! para=15 => var:B=True
