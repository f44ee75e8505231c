' IsDate function — VBA reference: Language/Reference/User-Interface-Help/isdate-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/isdate-function)
Dim R
' Page example: "MyVar = "April 28, 2014"    ' Assign valid date value. / MyCheck = IsDate(MyVar)    ' Returns True."
' xbas gives: False (month-name text not recognized)
'! para=2 => var:R=True
' Page example: "MyVar = "04.28.14"    ' Assign valid time value. / MyCheck = IsDate(MyVar)    ' Returns True."
' xbas gives: False (dotted time "04.28.14" not recognized)
'! para=4 => var:R=True
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
