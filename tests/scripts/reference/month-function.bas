' Month function — VBA reference: Language/Reference/User-Interface-Help/month-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/month-function)
Dim R
Dim B
' Page example: "MyDate = #February 12, 1969#" and "MyMonth = Month(MyDate)    ' MyMonth contains 2." — literal written m/d/yyyy
'! para=1 => var:R=2
' Page: "If date contains Null, Null is returned."
'! para=3 => var:R=True
' Page: "date argument is any Variant, numeric expression, string expression ... that can represent a date" — string "2/12/1969"
'! para=4 => var:R=2
' Page: "date argument is any ... numeric expression ... that can represent a date" — CDbl(#2/12/1969#)
'! para=5 => var:R=2
' Page: "Returns a Variant (Integer)"
'! para=6 => var:R="Integer"
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      R = Month(MyDate)
    Case 3: R = IsNull(Month(Null))
    Case 4: R = Month("2/12/1969")
    Case 5: R = Month(CDbl(#2/12/1969#))
    Case 6: R = TypeName(Month(#2/12/1969#))
    Case 7: R = Month("February 12, 1969")
  End Select
End Sub
