' Log function — VBA reference: Language/Reference/User-Interface-Help/log-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/log-function)
Dim R
' Page: "Returns a Double specifying the natural logarithm of a number" — type of Log(10).
'! para=1 => var:R="Double"
' Page: "The natural logarithm is the logarithm to the base e. The constant e is approximately 2.718282." — Log(2.718282) within 0.000001 of 1.
'! para=2 => var:R=True
' Page remarks: custom "Static Function Log10(X) / Log10 = Log(X) / Log(10#)" — Log10(1000) within 1E-12 of 3.
'! para=3 => var:R=True
' Page remarks: "Logn(x) = Log(x) / Log(n)" — base-2 logarithm of 8 within 1E-12 of 3.
'! para=4 => var:R=True
' Page example: inverse hyperbolic sine "MyLog = Log(MyAngle + Sqr(MyAngle * MyAngle + 1))" of 1.3; sinh of the result gives back 1.3 (within 1E-12).
'! para=5 => var:R=True
' Page: "calculates base-10 logarithms" — Log10(100) within 1E-12 of 2.
'! para=6 => var:R=True
Static Function Log10(X)
  Log10 = Log(X) / Log(10#)
End Function

Sub Main()
  Dim MyAngle, MyLog
  Select Case Para1
    Case 1: R = TypeName(Log(10))
    Case 2: R = (Abs(Log(2.718282) - 1) < 0.000001)
    Case 3: R = (Abs(Log10(1000) - 3) < 0.000000000001)
    Case 4: R = (Abs(Log(8) / Log(2) - 3) < 0.000000000001)
    Case 5
      ' Define angle in radians.
      MyAngle = 1.3
      ' Calculate inverse hyperbolic sine.
      MyLog = Log(MyAngle + Sqr(MyAngle * MyAngle + 1))
      R = (Abs((Exp(MyLog) - Exp(-MyLog)) / 2 - 1.3) < 0.000000000001)
    Case 6: R = (Abs(Log10(100) - 2) < 0.000000000001)
  End Select
End Sub
