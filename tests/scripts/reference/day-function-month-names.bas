' Day function — VBA reference: Language/Reference/User-Interface-Help/day-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/day-function)
Dim R
Dim B
' Page example: the same, with the literal as written on the page (#February 12, 1969#)
'! para=2 => var:R=12
' Page: "date argument is any ... string expression" — "February 12, 1969"
'! para=7 => var:R=12
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      R = Day(MyDate)
    Case 2
      MyDate = #February 12, 1969#
      R = Day(MyDate)
    Case 3: R = IsNull(Day(Null))
    Case 4: R = Day("2/12/1969")
    Case 5: R = Day(CDbl(#2/12/1969#))
    Case 6: R = TypeName(Day(#2/12/1969#))
    Case 7: R = Day("February 12, 1969")
  End Select
End Sub
