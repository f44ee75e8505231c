' Round function — VBA reference: Language/Reference/User-Interface-Help/round-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/round-function)
' The page's Immediate-window examples show a comma decimal separator; en-US uses ".".
' Printed results are compared as CStr text (the page does not show Print's spacing exactly).
Dim R
' Page example: "?Round(0.12335,4)" prints " 0,1234".
'! para=1 => var:R="0.1234"
' Page example: "?Round(0.12345,4)" prints " 0,1234".
'! para=2 => var:R="0.1234"
' Page example: "?Round(0.12355,4)" prints " 0,1236".
'! para=3 => var:R="0.1236"
' Page example: "?Round(0.12365,4)" prints " 0,1236".
'! para=4 => var:R="0.1236"
' Page example: "?Round(0.00005,4)" prints " 0".
'! para=5 => var:R="0"
' Page examples "?Round(0.12335,4)" and "?Round(0.12345,4)" both give 0,1234 — the two results are equal.
'! para=6 => var:R=True
' Page examples "?Round(0.12355,4)" and "?Round(0.12365,4)" both give 0,1236 — the two results are equal.
'! para=7 => var:R=True
' Page: "If omitted, integers are returned" and "bankers rounding" — Round(2.5) gives 2 (half to even).
'! para=8 => var:R=2
' Page: "bankers rounding" — Round(3.5) gives 4 (half to even).
'! para=9 => var:R=4
' Page: "bankers rounding" — Round(-2.5) gives -2 (half to even).
'! para=10 => var:R=-2
' Page: "bankers rounding" — Round(0.5) gives 0 (half to even).
'! para=11 => var:R=0
' Page: "bankers rounding" — Round(1.5) gives 2 (half to even).
'! para=12 => var:R=2
' Page: "If omitted, integers are returned by the Round function" — Round(2.7) gives 3.
'! para=13 => var:R=3
' Page: "If omitted, integers are returned by the Round function" — Round(-2.7) gives -3.
'! para=14 => var:R=-3
' Page example "?Round(0.00005,4)" gives 0 — the value compared as a number.
'! para=15 => var:R=0
Sub Main()
  Select Case Para1
    Case 1: R = CStr(Round(0.12335, 4))
    Case 2: R = CStr(Round(0.12345, 4))
    Case 3: R = CStr(Round(0.12355, 4))
    Case 4: R = CStr(Round(0.12365, 4))
    Case 5: R = CStr(Round(0.00005, 4))
    Case 6: R = (Round(0.12335, 4) = Round(0.12345, 4))
    Case 7: R = (Round(0.12355, 4) = Round(0.12365, 4))
    Case 8: R = Round(2.5)
    Case 9: R = Round(3.5)
    Case 10: R = Round(-2.5)
    Case 11: R = Round(0.5)
    Case 12: R = Round(1.5)
    Case 13: R = Round(2.7)
    Case 14: R = Round(-2.7)
    Case 15: R = Round(0.00005, 4)
  End Select
End Sub
