' Counting the digits of a whole number with Do While and \ (integer division).
'! para=0 => result=1
'! para=7 => result=1
'! para=10 => result=2
'! para=99 => result=2
'! para=100 => result=3
'! para=123456 => result=6
'! para=-4321 => result=4
'! para=2147483647 => result=10

Sub Main()
  Dim N, Count
  N = Abs(Para1)
  Count = 1
  Do While N >= 10
    N = N \ 10
    Count = Count + 1
  Loop
  Result = Count
End Sub
