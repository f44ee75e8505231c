' Text built from numbers and measured: & converts numbers as CStr does, so 0.1 + 0.2
' becomes "0.3"; Len counts characters; Val reads the number back.
'! para=1 => result=1
'! para=12 => result=2
'! para=-5 => result=2
'! para=0.5 => result=3
'! para=0.25 => result=4
'! para=1234567 => result=7
'! para=1E20 => result=5
'! para=0.1 => result=3
'! para=1,1 => result=1

Sub Main()
  Dim S
  S = "" & Para1
  If Val(S) <> Para1 Then Result = -1: Exit Sub
  Result = Len(S)
End Sub
