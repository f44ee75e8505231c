' DatePart function — VBA reference: Language/Reference/User-Interface-Help/datepart-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/datepart-function)
' 1/1/2024 and 3/4/2024 are Mondays; 1/1/2025 is a Wednesday.
Dim R
Dim B
' Page: "if date is enclosed in double quotation marks (" "), and you omit the year, the current year is inserted" (current date 2024-03-04)
' xbas gives: error 13 (Type mismatch) on the date string "3/15" without a year
'! date=2024-03-04 para=19 => var:R=2024
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
