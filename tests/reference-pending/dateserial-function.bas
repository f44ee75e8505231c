' DateSerial function — VBA reference: Language/Reference/User-Interface-Help/dateserial-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/dateserial-function)
Dim R
Dim B
' Page example: DateSerial(1969, 2, 12) is February 12, 1969 — en-US short date text
' xbas gives: var:R "1969-02-12" (CStr of a date is yyyy-mm-dd, not en-US m/d/yyyy)
'! para=5 => var:R="2/12/1969"
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
