' Tan function — VBA reference: Language/Reference/User-Interface-Help/tan-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/tan-function)
Dim R
Const Pi = 3.14159265358979
' Page: "Returns a Double specifying the tangent of an angle" — type of Tan(1.3).
'! para=1 => var:R="Double"
' Page: "To convert degrees to radians, multiply degrees by pi/180" and the ratio "opposite / adjacent" — Tan(45 degrees) within 1E-9 of 1.
'! para=2 => var:R=True
' Page: ratio "opposite / adjacent" — Tan(0) is 0.
'! para=3 => var:R=0
' Page: ratio "opposite / adjacent" (= sine / cosine) — Tan(1.3) within 1E-12 of Sin(1.3) / Cos(1.3).
'! para=4 => var:R=True
' Page example: "MyCotangent = 1 / Tan(MyAngle)" with MyAngle = 1.3 — MyCotangent * Tan(1.3) within 1E-12 of 1, and the cotangent is a Double.
'! para=5 => var:R=True
Sub Main()
  Dim MyAngle, MyCotangent
  Select Case Para1
    Case 1: R = TypeName(Tan(1.3))
    Case 2: R = (Abs(Tan(45 * Pi / 180) - 1) < 0.000000001)
    Case 3: R = Tan(0)
    Case 4: R = (Abs(Tan(1.3) - Sin(1.3) / Cos(1.3)) < 0.000000000001)
    Case 5
      MyAngle = 1.3    ' Define angle in radians.
      MyCotangent = 1 / Tan(MyAngle)    ' Calculate cotangent.
      R = (TypeName(MyCotangent) = "Double") And (Abs(MyCotangent * Tan(1.3) - 1) < 0.000000000001)
  End Select
End Sub
