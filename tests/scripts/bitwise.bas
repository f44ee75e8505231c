' And, Or, Xor on numbers are bitwise on Longs after rounding half to even (MS-VBAL 5.6.9.8):
' Result = (a And b) * 10000 + (a Or b) * 100 + (a Xor b).
'! para=12,10 => result=81406
'! para=0,0 => result=0
'! para=1,1 => result=10100
'! para=7,0 => result=707
'! para=5,3 => result=10706
'! para=2.5,1 => result=303
'! para=3.5,4 => result=40400
'! para=-1,1 => result=9898
'! para=255,15 => result=175740

Sub Main()
  Result = (Para1 And Para2) * 10000 + (Para1 Or Para2) * 100 + (Para1 Xor Para2)
End Sub
