' For loops summing 1..N with a step, and Do loops counting digits: the counter is
' evaluated once, the limit too; a negative step counts down.
'! para=10,1 => result=55
'! para=10,2 => result=25
'! para=10,3 => result=22
'! para=1,1 => result=1
'! para=0,1 => result=0
'! para=100,1 => result=5050
'! para=10,-1 => result=0
'! para=10,10 => result=1
'! para=7,7 => result=1
'! para=1000,1 => result=500500

Sub Main()
  Dim I, Total
  For I = 1 To Para1 Step Para2
    Total = Total + I
  Next
  Result = Total
End Sub
