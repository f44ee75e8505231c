' DateAdd function — VBA reference: Language/Reference/User-Interface-Help/dateadd-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/dateadd-function)
' Dates are checked as year*10000 + month*100 + day (Ymd) and times as hour*10000 + minute*100 + second (Hms).
Dim R
Dim B
' Page example: "Msg = "New date: " & DateAdd(IntervalType, Number, FirstDate)" with "m", 3 and 1/4/2024 — en-US short date
' xbas gives: output "New date: 2024-04-04\n" (yyyy-mm-dd, not en-US m/d/yyyy)
'! para=20 => output="New date: 4/4/2024\n"
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
