' \ truncates toward zero, Mod takes the sign of the dividend, and both round their
' operands half to even to whole numbers first (MS-VBAL 5.6.9.3.4 and 5.6.9.3.5).
'! para=7,2 => result=3001
'! para=-7,2 => result=-3001
'! para=7,-2 => result=-2999
'! para=-7,-2 => result=2999
'! para=2.5,1 => result=2000
'! para=3.5,2 => result=2000
'! para=10,2.5 => result=5000
'! para=10,3.5 => result=2002
'! para=1,0.4 => error=11
'! para=0,5 => result=0
'! para=-0.5,1 => result=0
'! para=1.5,1 => result=2000

Sub Main()
  Result = (Para1 \ Para2) * 1000 + (Para1 Mod Para2)
End Sub
