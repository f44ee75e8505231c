' Month function — VBA reference: Language/Reference/User-Interface-Help/month-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/month-function)
Dim R
Dim B
' Page example: the same, with the literal as written on the page (#February 12, 1969#)
'! para=2 => var:R=2
' Page: "date argument is any ... string expression" — "February 12, 1969"
'! para=7 => var:R=2
Sub Main()
  Dim MyDate
  Select Case Para1
    Case 1
      MyDate = #2/12/1969#
      R = Month(MyDate)
    Case 2
      MyDate = #February 12, 1969#
      R = Month(MyDate)
    Case 3: R = IsNull(Month(Null))
    Case 4: R = Month("2/12/1969")
    Case 5: R = Month(CDbl(#2/12/1969#))
    Case 6: R = TypeName(Month(#2/12/1969#))
    Case 7: R = Month("February 12, 1969")
  End Select
End Sub
