' Day function — VBA reference: Language/Reference/User-Interface-Help/day-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/day-function)
Dim R
Dim B
' Page example: "MyDate = #February 12, 1969#" and "MyDay = Day(MyDate)    ' MyDay contains 12." — literal written m/d/yyyy
'! para=1 => var:R=12
' Page: "If date contains Null, Null is returned."
'! para=3 => var:R=True
' Page: "date argument is any Variant, numeric expression, string expression ... that can represent a date" — string "2/12/1969"
'! para=4 => var:R=12
' Page: "date argument is any ... numeric expression ... that can represent a date" — CDbl(#2/12/1969#)
'! para=5 => var:R=12
' Page: "Returns a Variant (Integer)"
'! para=6 => var:R="Integer"
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      R = Day(MyDate)
    Case 3: R = IsNull(Day(Null))
    Case 4: R = Day("2/12/1969")
    Case 5: R = Day(CDbl(#2/12/1969#))
    Case 6: R = TypeName(Day(#2/12/1969#))
    Case 7: R = Day("February 12, 1969")
  End Select
End Sub
