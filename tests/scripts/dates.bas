' Dates are VBA serial days. DateSerial normalises its month and day (month 13 is January
' of the next year, day 0 the last day of the month before), so month ends, year ends and
' leap days work out; 2024 is a leap year, 2023 and 2100 are not. 2024-01-01 is a Monday.
'! para=1 => output="2024-02-29|2023-03-01|2025-01-01|2024-12-31|2100-03-01\n"
'! para=2 => output="2024-03-31|2024-02-29|2025-02-28|2023-12-31|2024-01-01 06:00:00\n"
'! para=3 => output="366|365|1|12|-1|24|90\n"
'! para=4 => output="2|1|7|60|53|4|1\n"
'! para=5 => output="2024 2 29 13 45 30\n"
'! para=6 => output="Monday|Mon|Sunday|February|Feb|2|7\n"
'! para=7 => output="12:00:00|13:45:30|True|False|True\n"
'! date=2024-03-04 minutes=615 => output="2024-03-04|10:15:00|2024-03-04 10:15:00|36900\n"
'! para=8 => error=5

Sub Main()
  Select Case Para1
    Case 1
      Print Format(DateSerial(2024, 2, 29), "yyyy-mm-dd") & "|" & Format(DateSerial(2023, 2, 29), "yyyy-mm-dd") & "|" & Format(DateSerial(2024, 13, 1), "yyyy-mm-dd") & "|" & Format(DateSerial(2025, 1, 0), "yyyy-mm-dd") & "|" & Format(DateSerial(2100, 2, 29), "yyyy-mm-dd")
    Case 2
      Print CStr(DateAdd("d", 30, #2024-03-01#)) & "|" & CStr(DateAdd("m", 1, #2024-01-31#)) & "|" & CStr(DateAdd("yyyy", 1, #2024-02-29#)) & "|" & CStr(DateAdd("d", -1, #2024-01-01#)) & "|" & CStr(DateAdd("h", 6, #2024-01-01#))
    Case 3
      Print CStr(DateDiff("d", #2024-01-01#, #2025-01-01#)) & "|" & CStr(DateDiff("d", #2023-01-01#, #2024-01-01#)) & "|" & CStr(DateDiff("yyyy", #2024-12-31#, #2025-01-01#)) & "|" & CStr(DateDiff("m", #2024-01-15#, #2025-01-01#)) & "|" & CStr(DateDiff("d", #2024-01-02#, #2024-01-01#)) & "|" & CStr(DateDiff("h", #2024-01-01#, #2024-01-02#)) & "|" & CStr(DateDiff("n", #2024-01-01 10:00#, #2024-01-01 11:30#))
    Case 4
      Print CStr(DatePart("w", #2024-01-01#)) & "|" & CStr(DatePart("q", #2024-03-31#)) & "|" & CStr(DatePart("w", #2024-01-06#)) & "|" & CStr(DatePart("y", #2024-02-29#)) & "|" & CStr(DatePart("ww", #2024-12-31#)) & "|" & CStr(DatePart("q", #2024-12-31#)) & "|" & CStr(DatePart("w", #2024-01-01#, vbMonday))
    Case 5
      Print CStr(Year(#2024-02-29 13:45:30#)) & " " & CStr(Month(#2024-02-29#)) & " " & CStr(Day(#2024-02-29#)) & " " & CStr(Hour(#2024-02-29 13:45:30#)) & " " & CStr(Minute(#13:45:30#)) & " " & CStr(Second(#13:45:30#))
    Case 6
      Print WeekdayName(2) & "|" & WeekdayName(2, True) & "|" & WeekdayName(1) & "|" & MonthName(2) & "|" & MonthName(2, True) & "|" & CStr(Weekday(#2024-01-01#)) & "|" & CStr(Weekday(#2024-01-01#, vbTuesday))
    Case 7
      Print CStr(TimeSerial(12, 0, 0)) & "|" & Format(TimeSerial(13, 45, 30), "hh:nn:ss") & "|" & CStr(IsDate("2024-01-31")) & "|" & CStr(IsDate("2024-02-30")) & "|" & CStr(CDate("2024-03-04") = #3/4/2024#)
    Case 8
      Print DateAdd("fortnight", 1, Date)
    Case Else
      Print Format(Date, "yyyy-mm-dd") & "|" & Format(Time, "hh:nn:ss") & "|" & CStr(Now) & "|" & CStr(Timer)
  End Select
End Sub
