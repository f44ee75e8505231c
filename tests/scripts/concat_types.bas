' + adds numbers and joins strings, & always joins; a Variant number plus numeric text is
' a sum, typed numbers with non-numeric text give error 13 (MS-VBAL 5.6.9.3.1, 5.6.9.4).
'! para=1 => output="12|3|12|ab|3.5\n" result=1
'! para=2 => error=13
'! para=3 => output="Null|True|x\n" result=3
'! para=4 => output="7|7\n" result=4

Sub Main()
  Dim A, B
  Select Case Para1
    Case 1
      A = "1": B = "2"
      Print CStr(A & B) & "|" & CStr(1 + 2) & "|" & CStr(1 & 2) & "|" & ("a" + "b") & "|" & CStr("1.5" + 2)
    Case 2
      A = 1 + "x"
    Case 3
      Print TypeName(Null + 1) & "|" & CStr(IsNull(Null & Null)) & "|" & (Null & "x")
    Case 4
      A = Empty
      Print CStr(A + 7) & "|" & (A & "7")
  End Select
  Result = Para1
End Sub
