' Atn function — VBA reference: Language/Reference/User-Interface-Help/atn-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/atn-function)
Dim R
Const Pi = 3.14159265358979
' Page: "Returns a Double specifying the arctangent of a number" — type of Atn(1).
'! para=1 => var:R="Double"
' Page: "The range of the result is -pi/2 to pi/2 radians" — checked for ratios -1000 to 1000 in steps of 10 and for 1E+300 / -1E+300.
'! para=2 => var:R=True
' Page: "returns the corresponding angle in radians" for the ratio opposite/adjacent — Atn(1) is 45 degrees: Atn(1) * 180 / pi within 1E-9 of 45.
'! para=3 => var:R=True
' Page note: "Atn is the inverse trigonometric function of Tan" — Atn(Tan(0.5)) within 1E-12 of 0.5.
'! para=4 => var:R=True
' Page note: "Do not confuse Atn with the cotangent ... (1/tangent)" — Atn(2) differs from 1 / Tan(2).
'! para=5 => var:R=True
' Page: ratio 0 gives angle 0 — Atn(0) is 0.
'! para=6 => var:R=0
Sub Main()
  Dim X As Double, OK As Boolean
  Select Case Para1
    Case 1: R = TypeName(Atn(1))
    Case 2
      OK = True
      For X = -1000 To 1000 Step 10
        If Atn(X) < -Pi / 2 - 0.000000001 Or Atn(X) > Pi / 2 + 0.000000001 Then OK = False
      Next
      If Atn(1E+300) > Pi / 2 + 0.000000001 Or Atn(-1E+300) < -Pi / 2 - 0.000000001 Then OK = False
      R = OK
    Case 3: R = (Abs(Atn(1) * 180 / Pi - 45) < 0.000000001)
    Case 4: R = (Abs(Atn(Tan(0.5)) - 0.5) < 0.000000000001)
    Case 5: R = (Atn(2) <> 1 / Tan(2))
    Case 6: R = Atn(0)
  End Select
End Sub
