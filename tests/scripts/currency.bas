' Currency keeps four decimal places exactly: 0.1 added ten times is exactly 1 (a
' Double gives 0.9999999999999999, stored truncated as 0); CCur rounds half to even;
' Currency plus a Double is a Double (MS-VBAL 5.6.9.3 result types).
'! para=1 => result=1
'! para=2 => result=0
'! para=3 => result=12346
'! para=4 => result=12344
'! para=5 => output="Double 0.3\n" result=5

Sub Main()
  Dim C As Currency, D As Double, I
  Select Case Para1
    Case 1
      For I = 1 To 10: C = C + 0.1: Next
      Result = C
    Case 2
      For I = 1 To 10: D = D + 0.1: Next
      Result = D
    Case 3
      Result = CCur(1.23455) * 10000
    Case 4
      Result = CCur(1.23445) * 10000
    Case 5
      C = 0.1
      Print TypeName(C + 0.2) & " " & CStr(C + 0.2)
      Result = 5
  End Select
End Sub
