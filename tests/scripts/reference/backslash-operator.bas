' \ operator — VBA reference: Language/Reference/User-Interface-Help/backslash-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/backslash-operator)
Dim R
' Page example: "MyValue = 11 \ 4   ' Returns 2."
'! para=1 => var:R=2
' Page example: "MyValue = 9 \ 3   ' Returns 3."
'! para=2 => var:R=3
' Page example: "MyValue = 100 \ 3   ' Returns 33."
'! para=3 => var:R=33
' Page: "Before division is performed, the numeric expressions are rounded to Byte, Integer, or Long expressions." — 11.6 \ 4 is 12 \ 4.
'! para=4 => var:R=3
' Same sentence — 12 \ 3.6 is 12 \ 4.
'! para=5 => var:R=3
' Page: "Any fractional portion is truncated." — -7 \ 2 (-3.5) gives -3.
'! para=6 => var:R=-3
' Page: "the data type of result is a Byte, Byte variant, Integer, ..." — Byte \ Byte gives Byte.
'! para=7 => var:R="Byte"
' Same sentence — Integer \ Integer gives Integer.
'! para=8 => var:R="Integer"
' Same sentence — Long \ Long gives Long.
'! para=9 => var:R="Long"
' Page: "if any expression is Null, result is Null." — Null \ 2, checked through IsNull.
'! para=10 => var:R=True
' Page: "if any expression is Null, result is Null." — 2 \ Null.
'! para=11 => var:R=True
' Page: "Any expression that is Empty is treated as 0." — Empty \ 5.
'! para=12 => var:R=0
Sub Main()
  Dim E
  Select Case Para1
    Case 1: R = 11 \ 4
    Case 2: R = 9 \ 3
    Case 3: R = 100 \ 3
    Case 4: R = 11.6 \ 4
    Case 5: R = 12 \ 3.6
    Case 6: R = -7 \ 2
    Case 7: R = TypeName(CByte(10) \ CByte(3))
    Case 8: R = TypeName(CInt(10) \ CInt(3))
    Case 9: R = TypeName(CLng(10) \ CLng(3))
    Case 10: R = IsNull(Null \ 2)
    Case 11: R = IsNull(2 \ Null)
    Case 12: R = E \ 5
  End Select
End Sub
