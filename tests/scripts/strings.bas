' String functions, edge cases included: Mid past the end and with length 0, InStr with an
' empty needle (returns the start), InStr with a start past the end (0), text comparison
' (vbTextCompare = 1), Replace returning the text from its start position (VBA library).
'! para=1 => output="[]|[c]|[]|[abc]|[ab]|[]\n"
'! para=2 => output="1|3|0|0|4|2\n"
'! para=3 => output="5|0|4|1\n"
'! para=4 => output="a-b-c|b-c|a-b,c|aXc|axbxc\n"
'! para=5 => output="3|a|c|a+b+c|[]|-1\n"
'! para=6 => output="HELLO|hello|[x  ]|[  x]|[   ]|***\n"
'! para=7 => output="A|65|€|128|-1|0|1|1\n"
'! para=8 => output="FF|FFFF|17| 42|-42|12.5|255|0\n"
'! para=9 => output="cba||10|2\n"
'! para=10 => error=5
'! para=11 => error=5
'! para=12 => error=5

Sub Main()
  Dim S, P
  S = "abc"
  Select Case Para1
    Case 1
      Print "[" & Mid(S, 4) & "]|[" & Mid(S, 3) & "]|[" & Mid(S, 2, 0) & "]|[" & Left(S, 10) & "]|[" & Left(S, 2) & "]|[" & Right(S, 0) & "]"
    Case 2
      Print CStr(InStr(S, "")) & "|" & CStr(InStr(3, S, "")) & "|" & CStr(InStr(5, S, "a")) & "|" & CStr(InStr("", "a")) & "|" & CStr(InStr(1, "xxABC", "b", 1)) & "|" & CStr(InStr("abab", "b"))
    Case 3
      Print CStr(InStrRev("a,b,c", "c")) & "|" & CStr(InStrRev("abc", "z")) & "|" & CStr(InStrRev("a,b,c", ",", 4)) & "|" & CStr(StrComp("ABC", "abc", 1) + 1)
    Case 4
      Print Replace("a,b,c", ",", "-") & "|" & Replace("a,b,c", ",", "-", 3) & "|" & Replace("a,b,c", ",", "-", 1, 1) & "|" & Replace("abc", "B", "X", 1, -1, 1) & "|" & Replace("aXbXc", "X", "x")
    Case 5
      P = Split("a b c")
      Print CStr(UBound(P) + 1) & "|" & P(0) & "|" & P(2) & "|" & Join(P, "+") & "|[" & Join(Split(""), "+") & "]|" & CStr(UBound(Split("")))
    Case 6
      Print UCase("Hello") & "|" & LCase("HeLLo") & "|[" & LTrim("  x  ") & "]|[" & RTrim("  x  ") & "]|[" & Space(3) & "]|" & String(3, "*")
    Case 7
      Print Chr(65) & "|" & CStr(Asc("A")) & "|" & Chr(128) & "|" & CStr(Asc("€")) & "|" & CStr(StrComp("a", "b")) & "|" & CStr(StrComp("a", "a")) & "|" & CStr(StrComp("b", "a")) & "|" & CStr(StrComp("b", "B", vbBinaryCompare))
    Case 8
      Print Hex(255) & "|" & Hex(-1) & "|" & Oct(15) & "|" & Str(42) & "|" & Str(-42) & "|" & CStr(Val(" 12.5abc")) & "|" & CStr(Val("&HFF")) & "|" & CStr(Val("abc"))
    Case 9
      Print StrReverse(S) & "|" & StrReverse("") & "|" & CStr(Len("0123456789")) & "|" & CStr(Len(12))
    Case 10
      Print Mid(S, 0)
    Case 11
      Print Left(S, -1)
    Case 12
      Print Asc("")
  End Select
End Sub
