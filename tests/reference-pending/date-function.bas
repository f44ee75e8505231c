' Date function — VBA reference: Language/Reference/User-Interface-Help/date-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/date-function)
' During `xbas test` the current system date is the directive's date= input.
Dim R
Dim B
' Page example: "MyDate = Date    ' MyDate contains the current system date." — en-US short date text
' xbas gives: var:R "2024-03-04" (CStr of a date is yyyy-mm-dd, not en-US m/d/yyyy)
'! date=2024-03-04 para=7 => var:R="3/4/2024"
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1: B = (Date = #3/4/2024#)
    Case 2: R = Year(Date)
    Case 3: R = Month(Date)
    Case 4: R = Day(Date)
    Case 5: B = (VarType(Date) = vbDate)
    Case 6: R = TypeName(Date)
    Case 7
      MyDate = Date
      R = CStr(MyDate)
    Case 8: B = (CDbl(Date) = CDbl(DateSerial(2024, 12, 31)))
    Case 9: B = (Hour(Date) = 0 And Minute(Date) = 0 And Second(Date) = 0)
  End Select
End Sub
