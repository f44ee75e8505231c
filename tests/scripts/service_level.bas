' A realistic scenario: service level in percent with two decimals kept (x 100), from
' calls answered in time (Para1) and calls offered (Para2), guarded against no calls and
' capped at 100 %. Result As Long rounds half to even: 2/3 = 66.666..% -> 6667.
'! para=80,100 => result=8000
'! para=2,3 => result=6667
'! para=1,3 => result=3333
'! para=0,0 => result=0
'! para=5,0 => result=0
'! para=120,100 => result=10000
'! para=1,8 => result=1250
'! para=1,16 => result=625
'! para=1,32 => result=312
'! para=3,32 => result=938
'! para=99,99 => result=10000
'! para=0,50 => result=0

Dim Result As Long

Function Percent(Part, Whole)
  If Whole = 0 Then
    Percent = 0
  Else
    Percent = Part / Whole * 100
    If Percent > 100 Then Percent = 100
  End If
End Function

Sub Main()
  Result = Percent(Para1, Para2) * 100
End Sub
