' Year function — VBA reference: Language/Reference/User-Interface-Help/year-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/year-function)
Dim R
Dim B
' Page example: "MyDate = #February 12, 1969#" and "MyYear = Year(MyDate)    ' MyYear contains 1969." — literal written m/d/yyyy
'! para=1 => var:R=1969
' Page: "If date contains Null, Null is returned."
'! para=3 => var:R=True
' Page: "date argument is any Variant, numeric expression, string expression ... that can represent a date" — string "2/12/1969"
'! para=4 => var:R=1969
' Page: "date argument is any ... numeric expression ... that can represent a date" — CDbl(#2/12/1969#)
'! para=5 => var:R=1969
' Page: "Returns a Variant (Integer)"
'! para=6 => var:R="Integer"
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      R = Year(MyDate)
    Case 3: R = IsNull(Year(Null))
    Case 4: R = Year("2/12/1969")
    Case 5: R = Year(CDbl(#2/12/1969#))
    Case 6: R = TypeName(Year(#2/12/1969#))
    Case 7: R = Year("February 12, 1969")
  End Select
End Sub
