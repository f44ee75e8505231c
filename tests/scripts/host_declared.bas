' Declared host variables (spec 1.1): the host's value is Let-coerced to the declared type,
' so 12.5 into an Integer is 12 (half to even) and 40000 into an Integer is error 6.
'! para=12.5 => result=12
'! para=13.5 => result=14
'! para=40000 => error=6
'! para=-3.5 weekday=7 => result=-4

Dim Para1 As Integer
Dim Weekday As Byte

Sub Main()
  Result = Para1
End Sub
