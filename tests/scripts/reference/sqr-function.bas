' Sqr function — VBA reference: Language/Reference/User-Interface-Help/sqr-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/sqr-function)
Dim R
' Page example: "MySqr = Sqr(4)    ' Returns 2."
'! para=1 => var:R=2
' Page example: "MySqr = Sqr(23)    ' Returns 4.79583152331272." — compared as its 15-digit text (CStr).
'! para=2 => var:R="4.79583152331272"
' Page example: "MySqr = Sqr(0)    ' Returns 0."
'! para=3 => var:R=0
' Page example: "MySqr = Sqr(-4)    ' Generates a run-time error." — the page gives no number, so only "an error occurred" is checked.
'! para=4 => var:R=True
' Page: "Returns a Double specifying the square root of a number" — Sqr(4) with an Integer argument is a Double.
'! para=5 => var:R="Double"
' Page: "The required number argument is a Double or any valid numeric expression" — Sqr(2 * 8) = 4.
'! para=6 => var:R=4
Sub Main()
  Dim MySqr
  Select Case Para1
    Case 1: MySqr = Sqr(4): R = MySqr
    Case 2: MySqr = Sqr(23): R = CStr(MySqr)
    Case 3: MySqr = Sqr(0): R = MySqr
    Case 4
      On Error Resume Next
      MySqr = Sqr(-4)
      R = (Err.Number <> 0)
    Case 5: R = TypeName(Sqr(4))
    Case 6: R = Sqr(2 * 8)
  End Select
End Sub
