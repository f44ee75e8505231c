' The six comparisons on numbers give True (-1) or False (0); Abs turns them into 1 or 0.
' Bits: 1 <, 2 =, 4 >, 8 <=, 16 >=, 32 <>.
'! para=1,2 => result=41
'! para=2,1 => result=52
'! para=2,2 => result=26
'! para=-1,1 => result=41
'! para=0,0 => result=26
'! para=0.1,0.2 => result=41
'! para=1E10,1E9 => result=52
'! para=-3.5,-3.5 => result=26
'! para=0,-0 => result=26
'! para=5,5.0000001 => result=41
'! para=7 => result=52
'! para=-7 => result=41

Sub Main()
  Result = Abs(Para1 < Para2) + 2 * Abs(Para1 = Para2) + 4 * Abs(Para1 > Para2) + 8 * Abs(Para1 <= Para2) + 16 * Abs(Para1 >= Para2) + 32 * Abs(Para1 <> Para2)
End Sub
