' Date function — VBA reference: Language/Reference/User-Interface-Help/date-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/date-function)
' Left out: the page's en-US short date text (m/d/yyyy). xbas writes dates as text locale-free, yyyy-mm-dd (README,
' "Dates are VBA serial days; as text they show as yyyy-mm-dd hh:nn:ss (no locale)"): the legacy connector ran under
' whatever Windows locale it was installed with (the seed documentation is French), so no one short date is right.
' During `xbas test` the current system date is the directive's date= input.
Dim R
Dim B
' Page: "Returns a Variant (Date) containing the current system date." (run on 2024-03-04)
'! date=2024-03-04 para=1 => var:B=True
' Page: "Returns a Variant (Date) containing the current system date." — its year
'! date=2024-03-04 para=2 => var:R=2024
' Page: "Returns a Variant (Date) containing the current system date." — its month
'! date=2024-03-04 para=3 => var:R=3
' Page: "Returns a Variant (Date) containing the current system date." — its day
'! date=2024-03-04 para=4 => var:R=4
' Page: "Returns a Variant (Date)" — VarType is vbDate
'! date=2024-03-04 para=5 => var:B=True
' Page: "Returns a Variant (Date)" — TypeName
'! date=2024-03-04 para=6 => var:R="Date"
' Page: "the current system date" — another day (2024-12-31), as a serial
'! date=2024-12-31 para=8 => var:B=True
' Page: "the current system date" — a date, so no time of day
'! date=2024-12-31 para=9 => var:B=True
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
