' DateDiff function — VBA reference: Language/Reference/User-Interface-Help/datediff-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/datediff-function)
' 3/4/2024 is a Monday, 3/3/2024 a Sunday.
Dim R
Dim B
' Page: "the current year is inserted in your code each time the date1 or date2 expression is evaluated" ("3/1" in 2024 to 3/4/2024)
' xbas gives: error 13 (Type mismatch) on the date string "3/1" without a year
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
