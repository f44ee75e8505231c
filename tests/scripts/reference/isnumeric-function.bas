' IsNumeric function — VBA reference: Language/Reference/User-Interface-Help/isnumeric-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/isnumeric-function)
Dim R
' Page example: "MyVar = "53" ... MyCheck = IsNumeric(MyVar)    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyVar = "459.95" ... MyCheck = IsNumeric(MyVar)    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyVar = "45 Help" ... MyCheck = IsNumeric(MyVar)    ' Returns False."
'! para=3 => var:R=False
' Page remark: "IsNumeric returns False if expression is a date expression."
'! para=4 => var:R=False
' Page remark: "IsNumeric returns True if the entire expression is recognized as a number" — a Double value.
'! para=5 => var:R=True
' Page: "Returns a Boolean value"
'! para=6 => var:R="Boolean"
Sub Main()
  Dim MyVar
  Select Case Para1
    Case 1
      MyVar = "53"
      R = IsNumeric(MyVar)
    Case 2
      MyVar = "459.95"
      R = IsNumeric(MyVar)
    Case 3
      MyVar = "45 Help"
      R = IsNumeric(MyVar)
    Case 4
      MyVar = #2/12/1969#
      R = IsNumeric(MyVar)
    Case 5
      MyVar = 459.95
      R = IsNumeric(MyVar)
    Case 6: R = TypeName(IsNumeric("53"))
  End Select
End Sub
