' Sin function — VBA reference: Language/Reference/User-Interface-Help/sin-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/sin-function)
Dim R
Const Pi = 3.14159265358979
' Page: "Returns a Double specifying the sine of an angle" — type of Sin(1.3).
'! para=1 => var:R="Double"
' Page: "The result lies in the range -1 to 1" — checked for angles -10 to 10 radians in steps of 0.1.
'! para=2 => var:R=True
' Page: "To convert degrees to radians, multiply degrees by pi/180" and the ratio "opposite / hypotenuse" — Sin(30 degrees) within 1E-9 of 0.5.
'! para=3 => var:R=True
' Page: ratio "opposite / hypotenuse" — Sin(90 degrees) within 1E-9 of 1.
'! para=4 => var:R=True
' Page: ratio "opposite / hypotenuse" — Sin(0) is 0.
'! para=5 => var:R=0
' Page example: "MyCosecant = 1 / Sin(MyAngle)" with MyAngle = 1.3 — MyCosecant * Sin(1.3) within 1E-12 of 1, and the cosecant is a Double.
'! para=6 => var:R=True
Sub Main()
  Dim MyAngle, MyCosecant
  Dim X As Double, OK As Boolean
  Select Case Para1
    Case 1: R = TypeName(Sin(1.3))
    Case 2
      OK = True
      For X = -10 To 10 Step 0.1
        If Sin(X) < -1 Or Sin(X) > 1 Then OK = False
      Next
      R = OK
    Case 3: R = (Abs(Sin(30 * Pi / 180) - 0.5) < 0.000000001)
    Case 4: R = (Abs(Sin(90 * Pi / 180) - 1) < 0.000000001)
    Case 5: R = Sin(0)
    Case 6
      MyAngle = 1.3    ' Define angle in radians.
      MyCosecant = 1 / Sin(MyAngle)    ' Calculate cosecant.
      R = (TypeName(MyCosecant) = "Double") And (Abs(MyCosecant * Sin(1.3) - 1) < 0.000000000001)
  End Select
End Sub
