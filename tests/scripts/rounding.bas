' CInt, CLng and assignment to a Long round half to even (MS-VBAL 5.5.1.2.1.1); Int rounds
' down, Fix toward zero; Round without places is half to even too.
'! para=0.5 => output="0 0 0 0 0 0\n" result=0
'! para=1.5 => output="2 2 2 1 1 2\n" result=2
'! para=2.5 => output="2 2 2 2 2 2\n" result=2
'! para=-0.5 => output="0 0 0 -1 0 0\n" result=0
'! para=-1.5 => output="-2 -2 -2 -2 -1 -2\n" result=-2
'! para=-2.5 => output="-2 -2 -2 -3 -2 -2\n" result=-2
'! para=2.4999 => output="2 2 2 2 2 2\n" result=2
'! para=2.5001 => output="3 3 3 2 2 3\n" result=3
'! para=7 => output="7 7 7 7 7 7\n" result=7

Dim L As Long

Sub Main()
  L = Para1
  Print CStr(CInt(Para1)) & " " & CStr(CLng(Para1)) & " " & CStr(L) & " " & CStr(Int(Para1)) & " " & CStr(Fix(Para1)) & " " & CStr(Round(Para1))
  Result = L
End Sub
