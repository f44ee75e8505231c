' ^ binds tighter than unary minus and is left-associative (MS-VBAL 5.6.9, spec 1.2):
' -Para1 ^ 2 * 1000 is (-(Para1 ^ 2)) * 1000; Para1 ^ 2 ^ 2 is (Para1 ^ 2) ^ 2.
'! para=3 => result=-8919
'! para=2 => result=-3984
'! para=-2 => result=-3984
'! para=1 => result=-999
'! para=0 => result=0
'! para=10 => result=-90000
'! para=0.5 => result=-249

Sub Main()
  Result = -Para1 ^ 2 * 1000 + Para1 ^ 2 ^ 2
End Sub
