' Now function — VBA reference: Language/Reference/User-Interface-Help/now-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/now-function)
' During `xbas test` the current date and time is midnight of the directive's date= input.
Dim R
Dim B
' Page: "Returns a Variant (Date) specifying the current date and time" — midnight of 2024-03-04
'! date=2024-03-04 para=1 => var:B=True
' Page: "the current date and time" — year
'! date=2024-03-04 para=2 => var:R=2024
' Page: "the current date and time" — month
'! date=2024-03-04 para=3 => var:R=3
' Page: "the current date and time" — day
'! date=2024-03-04 para=4 => var:R=4
' Page: "the current date and time" — at midnight, hour, minute and second are 0
'! date=2024-03-04 para=5 => var:B=True
' Page: "Returns a Variant (Date)" — VarType is vbDate
'! date=2024-03-04 para=6 => var:B=True
' Page: "Returns a Variant (Date)" — TypeName
'! date=2024-03-04 para=7 => var:R="Date"
' Page example: "Today = Now    ' Assign current system date and time." — as a serial, on 2024-12-31
'! date=2024-12-31 para=8 => var:B=True
' Page: "the current date and time" — the default run date 2024-01-01
'! para=9 => var:B=True
Sub Main()
  Dim Today
  Select Case Para1
    Case 1: B = (Now = #3/4/2024#)
    Case 2: R = Year(Now)
    Case 3: R = Month(Now)
    Case 4: R = Day(Now)
    Case 5: B = (Hour(Now) = 0 And Minute(Now) = 0 And Second(Now) = 0)
    Case 6: B = (VarType(Now) = vbDate)
    Case 7: R = TypeName(Now)
    Case 8
      Today = Now
      B = (CDbl(Today) = CDbl(DateSerial(2024, 12, 31)))
    Case 9: B = (Now = DateSerial(2024, 1, 1))
  End Select
End Sub
