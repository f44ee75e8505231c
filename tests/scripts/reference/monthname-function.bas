' MonthName function — VBA reference: Language/Reference/User-Interface-Help/monthname-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/monthname-function)
Dim R
' month: "The numeric designation of the month. For example, January is 1, February is 2, and so on."
'! para=1 => var:R="January"
' month: "February is 2"
'! para=2 => var:R="February"
' abbreviate: "If omitted, the default is False, which means that the month name is not abbreviated." (explicit False)
'! para=3 => var:R="February"
' month: "January is 1, February is 2, and so on." — 12 is December
'! para=4 => var:R="December"
' Page: "Returns a string indicating the specified month."
'! para=5 => var:R="String"
' month: "January is 1, February is 2, and so on." — 3 is March
'! para=6 => var:R="March"
Sub Main()
  Select Case Para1
    Case 1: R = MonthName(1)
    Case 2: R = MonthName(2)
    Case 3: R = MonthName(2, False)
    Case 4: R = MonthName(12)
    Case 5: R = TypeName(MonthName(1))
    Case 6: R = MonthName(3)
  End Select
End Sub
