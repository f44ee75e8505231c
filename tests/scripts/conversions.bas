' Conversions and inspection: CBool of numbers and text, CByte range, CCur rounds to four
' places half to even, CDbl/CSng of text, CDate of text, CVar keeps the type; IsNumeric,
' IsEmpty, IsNull, TypeName and VarType (spec 1.2; VBA library).
'! para=1 => output="True False True False|200|1.2346|2.5|0.25\n" result=1
'! para=2 => output="True True False True False|True False|True False\n" result=2
'! para=3 => output="Integer Long Double String Boolean Date Empty Null Single Currency Byte\n" result=3
'! para=4 => output="2 3 5 8 11 7 0 1 17\n" result=4
'! para=5 => error=6
'! para=6 => error=13
'! para=7 => error=94
'! para=8 => output="Double Integer 3.5\n" result=8

Sub Main()
  Dim V
  Select Case Para1
    Case 1
      Print CStr(CBool(5)) & " " & CStr(CBool(0)) & " " & CStr(CBool("True")) & " " & CStr(CBool("0")) & "|" & CStr(CByte(200)) & "|" & CStr(CCur(1.23456)) & "|" & CStr(CDbl("2.5")) & "|" & CStr(CSng("0.25"))
    Case 2
      Print CStr(IsNumeric("12.5")) & " " & CStr(IsNumeric(7)) & " " & CStr(IsNumeric("abc")) & " " & CStr(IsNumeric(Empty)) & " " & CStr(IsNumeric(Null)) & "|" & CStr(IsEmpty(V)) & " " & CStr(IsEmpty(0)) & "|" & CStr(IsNull(Null)) & " " & CStr(IsNull(""))
    Case 3
      Print TypeName(1) & " " & TypeName(70000) & " " & TypeName(1.5) & " " & TypeName("s") & " " & TypeName(True) & " " & TypeName(#2024-01-01#) & " " & TypeName(V) & " " & TypeName(Null) & " " & TypeName(CSng(1)) & " " & TypeName(CCur(1)) & " " & TypeName(CByte(1))
    Case 4
      Print CStr(VarType(1)) & " " & CStr(VarType(70000)) & " " & CStr(VarType(1.5)) & " " & CStr(VarType("s")) & " " & CStr(VarType(True)) & " " & CStr(VarType(Now)) & " " & CStr(VarType(V)) & " " & CStr(VarType(Null)) & " " & CStr(VarType(CByte(1)))
    Case 5
      V = CByte(256)
    Case 6
      V = CLng("twelve")
    Case 7
      V = CLng(Null)
    Case 8
      V = CVar(3.5)
      Print TypeName(V) & " " & TypeName(CVar(CInt(3))) & " " & CStr(V)
  End Select
  Result = Para1
End Sub
