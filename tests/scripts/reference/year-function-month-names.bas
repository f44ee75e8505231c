' Year function — VBA reference: Language/Reference/User-Interface-Help/year-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/year-function)
Dim R
Dim B
' Page example: the same, with the literal as written on the page (#February 12, 1969#)
'! para=2 => var:R=1969
' Page: "date argument is any ... string expression" — "February 12, 1969"
'! para=7 => var:R=1969
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      R = Year(MyDate)
    Case 2
      MyDate = #February 12, 1969#
      R = Year(MyDate)
    Case 3: R = IsNull(Year(Null))
    Case 4: R = Year("2/12/1969")
    Case 5: R = Year(CDbl(#2/12/1969#))
    Case 6: R = TypeName(Year(#2/12/1969#))
    Case 7: R = Year("February 12, 1969")
  End Select
End Sub
