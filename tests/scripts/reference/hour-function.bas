' Hour function — VBA reference: Language/Reference/User-Interface-Help/hour-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/hour-function)
Dim R
Dim B
' Page example: "MyTime = #4:35:17 PM#" and "MyHour = Hour(MyTime)    ' MyHour contains 16."
'! para=1 => var:R=16
' Page: "If time contains Null, Null is returned."
'! para=2 => var:R=True
' Page: "time argument is any Variant, numeric expression, string expression ... that can represent a time" — string "4:35:17 PM"
'! para=3 => var:R=16
' Page: "time argument is any ... numeric expression ... that can represent a time" — CDbl(#4:35:17 PM#)
'! para=4 => var:R=16
' Page: "Returns a Variant (Integer)"
'! para=5 => var:R="Integer"
' Page example time with a date part: #2/12/1969 4:35:17 PM#
'! para=6 => var:R=16
' Page: "a whole number between 0 and 23, inclusive" — midnight #2/12/1969# gives 0
'! para=7 => var:R=0
Sub Main()
  Dim MyTime
  Select Case Para1
    Case 1
      MyTime = #4:35:17 PM#
      R = Hour(MyTime)
    Case 2: R = IsNull(Hour(Null))
    Case 3: R = Hour("4:35:17 PM")
    Case 4: R = Hour(CDbl(#4:35:17 PM#))
    Case 5: R = TypeName(Hour(#4:35:17 PM#))
    Case 6: R = Hour(#2/12/1969 4:35:17 PM#)
    Case 7: R = Hour(#2/12/1969#)
  End Select
End Sub
