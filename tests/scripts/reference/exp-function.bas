' Exp function — VBA reference: Language/Reference/User-Interface-Help/exp-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/exp-function)
Dim R
' Page: "Returns a Double specifying e ... raised to a power" — type of Exp(1).
'! para=1 => var:R="Double"
' Page: "The constant e is approximately 2.718282" — Exp(1) within 0.000001 of 2.718282.
'! para=2 => var:R=True
' Page: "If the value of number exceeds 709.782712893, an error occurs" — Exp(710); the page gives no number, so only "an error occurred" is checked.
'! para=3 => var:R=True
' Page: "If the value of number exceeds 709.782712893, an error occurs" — Exp(709) does not exceed it: no error.
'! para=4 => var:R=True
' Page note: "The Exp function complements the action of the Log function" — Log(Exp(2)) within 1E-12 of 2.
'! para=5 => var:R=True
' Page example: hyperbolic sine of 1.3 "(Exp(MyAngle) - Exp(-1 * MyAngle)) / 2" is a Double; compared with its definition through e = Exp(1).
'! para=6 => var:R=True
Sub Main()
  Dim MyAngle, MyHSin, X
  Select Case Para1
    Case 1: R = TypeName(Exp(1))
    Case 2: R = (Abs(Exp(1) - 2.718282) < 0.000001)
    Case 3
      On Error Resume Next
      X = Exp(710)
      R = (Err.Number <> 0)
    Case 4
      On Error Resume Next
      X = Exp(709)
      R = (Err.Number = 0)
    Case 5: R = (Abs(Log(Exp(2)) - 2) < 0.000000000001)
    Case 6
      ' Define angle in radians.
      MyAngle = 1.3
      ' Calculate hyperbolic sine.
      MyHSin = (Exp(MyAngle) - Exp(-1 * MyAngle)) / 2
      R = (TypeName(MyHSin) = "Double") And (Abs(MyHSin - (Exp(1) ^ 1.3 - Exp(1) ^ -1.3) / 2) < 0.000000001)
  End Select
End Sub
