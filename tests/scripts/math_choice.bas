' Math functions and the choice functions IIf, Choose and Switch (spec 1.2). Sqr of a
' negative and Log of 0 are error 5; Abs keeps Integer type; Sgn is -1, 0 or 1; Rnd with a
' negative argument restarts the sequence, so two such calls give the same number.
'! para=1 => output="5 7 2.5|-1 0 1|3 2.71828182845905 1\n" result=1
'! para=2 => output="0 1 0 1\n" result=2
'! para=3 => output="yes b 30 Null\n" result=3
'! para=4 => output="True True\n" result=4
'! para=5 => error=5
'! para=6 => error=5
'! para=7 => output="3.14 0.12 0.38 2 4 -2\n" result=7
'! para=8 => output="1024 0.25 3\n" result=8
'! para=9 => error=11

Sub Main()
  Dim A, B
  Select Case Para1
    Case 1
      Print CStr(Abs(-5)) & " " & CStr(Abs(7)) & " " & CStr(Abs(-2.5)) & "|" & CStr(Sgn(-3)) & " " & CStr(Sgn(0)) & " " & CStr(Sgn(0.1)) & "|" & CStr(Sqr(9)) & " " & CStr(Exp(1)) & " " & CStr(Log(Exp(1)))
    Case 2
      Print CStr(Sin(0)) & " " & CStr(Cos(0)) & " " & CStr(Tan(0)) & " " & CStr(Round(Atn(1) * 4 / 3.14159265358979))
    Case 3
      Print IIf(Para1 > 2, "yes", "no") & " " & Choose(2, "a", "b", "c") & " " & CStr(Switch(Para1 = 1, 10, Para1 = 3, 30)) & " " & TypeName(Choose(9, "a"))
    Case 4
      A = Rnd(-1)
      B = Rnd(-1)
      Randomize 42
      Print CStr(A = B) & " " & CStr(Rnd() >= 0 And Rnd() < 1)
    Case 5
      A = Sqr(-1)
    Case 6
      A = Log(0)
    Case 7
      Print CStr(Round(3.14159, 2)) & " " & CStr(Round(0.125, 2)) & " " & CStr(Round(0.375, 2)) & " " & CStr(Round(2.5)) & " " & CStr(Round(3.5)) & " " & CStr(Round(-2.5))
    Case 8
      Print CStr(2 ^ 10) & " " & CStr(2 ^ -2) & " " & CStr(27 ^ (1 / 3))
    Case 9
      A = 0 ^ -1
  End Select
  Result = Para1
End Sub
