' IsDate function — VBA reference: Language/Reference/User-Interface-Help/isdate-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/isdate-function)
Dim R
' Page example: "MyVar = "04/28/2014"    ' Assign valid date value. / MyCheck = IsDate(MyVar)    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyVar = "13/32/2014"    ' Assign invalid date value. / MyCheck = IsDate(MyVar)    ' Returns False."
'! para=3 => var:R=False
' Page example: "MyVar = "04.28.2014"    ' Assign invalid time value. / MyCheck = IsDate(MyVar)    ' Returns False."
'! para=5 => var:R=False
' Page: "Returns True if the expression is a date" — a Date value.
'! para=6 => var:R=True
' Page: "... otherwise, it returns False." — text that is no date or time.
'! para=7 => var:R=False
Sub Main()
  Dim MyVar
  Select Case Para1
    Case 1
      MyVar = "04/28/2014"
      R = IsDate(MyVar)
    Case 2
      MyVar = "April 28, 2014"
      R = IsDate(MyVar)
    Case 3
      MyVar = "13/32/2014"
      R = IsDate(MyVar)
    Case 4
      MyVar = "04.28.14"
      R = IsDate(MyVar)
    Case 5
      MyVar = "04.28.2014"
      R = IsDate(MyVar)
    Case 6
      MyVar = #4/28/2014#
      R = IsDate(MyVar)
    Case 7
      MyVar = "Hello"
      R = IsDate(MyVar)
  End Select
End Sub
' Page example: "MyVar = "April 28, 2014"    ' Assign valid date value. / MyCheck = IsDate(MyVar)    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyVar = "04.28.14"    ' Assign valid time value. / MyCheck = IsDate(MyVar)    ' Returns True."
'! para=4 => var:R=True
