' Days in a month as Day(DateSerial(y, m + 1, 0)): day 0 is the last day of the month
' before. Leap years: divisible by 4, except centuries not divisible by 400 (2000 leaps,
' 1900 and 2100 do not).
'! para=2024,1 => result=31
'! para=2024,2 => result=29
'! para=2023,2 => result=28
'! para=2000,2 => result=29
'! para=1900,2 => result=28
'! para=2100,2 => result=28
'! para=2024,3 => result=31
'! para=2024,4 => result=30
'! para=2024,5 => result=31
'! para=2024,6 => result=30
'! para=2024,7 => result=31
'! para=2024,8 => result=31
'! para=2024,9 => result=30
'! para=2024,10 => result=31
'! para=2024,11 => result=30
'! para=2024,12 => result=31
'! para=2025,0 => result=31

Sub Main()
  Result = Day(DateSerial(Para1, Para2 + 1, 0))
End Sub
