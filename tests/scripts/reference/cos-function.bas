' Cos function — VBA reference: Language/Reference/User-Interface-Help/cos-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/cos-function)
Dim R
Const Pi = 3.14159265358979
' Page: "Returns a Double specifying the cosine of an angle" — type of Cos(1.3).
'! para=1 => var:R="Double"
' Page: "The result lies in the range -1 to 1" — checked for angles -10 to 10 radians in steps of 0.1.
'! para=2 => var:R=True
' Page: "To convert degrees to radians, multiply degrees by pi/180" and the ratio "adjacent / hypotenuse" — Cos(60 degrees) within 1E-9 of 0.5.
'! para=3 => var:R=True
' Page: ratio "adjacent / hypotenuse" — Cos(0) is 1.
'! para=4 => var:R=1
' Page: ratio "adjacent / hypotenuse" — Cos(180 degrees) within 1E-9 of -1.
'! para=5 => var:R=True
' Page example: "MySecant = 1 / Cos(MyAngle)" with MyAngle = 1.3 — MySecant * Cos(1.3) within 1E-12 of 1, and the secant is a Double.
'! para=6 => var:R=True
Sub Main()
  Dim MyAngle, MySecant
  Dim X As Double, OK As Boolean
  Select Case Para1
    Case 1: R = TypeName(Cos(1.3))
    Case 2
      OK = True
      For X = -10 To 10 Step 0.1
        If Cos(X) < -1 Or Cos(X) > 1 Then OK = False
      Next
      R = OK
    Case 3: R = (Abs(Cos(60 * Pi / 180) - 0.5) < 0.000000001)
    Case 4: R = Cos(0)
    Case 5: R = (Abs(Cos(180 * Pi / 180) + 1) < 0.000000001)
    Case 6
      MyAngle = 1.3    ' Define angle in radians.
      MySecant = 1 / Cos(MyAngle)    ' Calculate secant.
      R = (TypeName(MySecant) = "Double") And (Abs(MySecant * Cos(1.3) - 1) < 0.000000000001)
  End Select
End Sub
