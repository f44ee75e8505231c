' The same average without the guard (vendor example 6): a zero divisor is runtime
' error 11, Division by zero.
'! para=9,4 => result=225
'! para=9,0 => error=11

Sub Main()
  Result = (Para1 / Para2) * 100
End Sub
