' Numbers to text (spec 1.2): at most 15 significant digits for Doubles, 7 for Singles,
' fixed notation for decimal exponents -4 .. 14, else scientific with a two-digit exponent.
' 100 / 3 = 33.333333333333336 shows as 33.3333333333333; 3 * 1.1 = 3.3000000000000003 as 3.3;
' 1 - 0.9 = 0.09999999999999998 as 0.1.
'! para=1 => output="0.1|123456789012345|1.23456789012346E+15|0.000123|1.23E-05|-1E+100\n"
'! para=2 => output="100|1234567.5|33.3333333333333|1E+15|3.3|0.1\n"
'! para=3 => output="0.3333333|1.2346|True|False|-7|12345678901.2346\n"
'! para=4 => output=" 5 -5 Hello 2.5 True\n"

Sub Main()
  Select Case Para1
    Case 1
      Print CStr(0.1) & "|" & CStr(123456789012345#) & "|" & CStr(1234567890123456#) & "|" & CStr(0.000123) & "|" & CStr(0.0000123) & "|" & CStr(-1E+100)
    Case 2
      Print CStr(100#) & "|" & CStr(1234567.5) & "|" & CStr(100 / 3) & "|" & CStr(1E+15) & "|" & CStr(3 * 1.1) & "|" & CStr(1 - 0.9)
    Case 3
      Print CStr(CSng(1 / 3)) & "|" & CStr(CCur(1.23456)) & "|" & CStr(True) & "|" & CStr(False) & "|" & CStr(-7) & "|" & CStr(12345678901.23456)
    Case 4
      Print 5; -5; "Hello"; 2.5; True
  End Select
End Sub
