' Date arithmetic on serials: Date + n adds days, Date - Date is a Double of days,
' Weekday cycles Sunday = 1 .. Saturday = 7 (2024-01-07 is a Sunday; 2024 has 366 days,
' so 365 days later is the Monday 2025-01-06).
'! para=0 => result=1
'! para=1 => result=2
'! para=5 => result=6
'! para=6 => result=7
'! para=7 => result=1
'! para=-1 => result=7
'! para=365 => result=2
'! para=366 => result=3

Sub Main()
  Result = Weekday(#2024-01-07# + Para1)
End Sub
