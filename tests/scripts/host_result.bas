' The host contract (spec 1.1): ParaN beyond the given inputs are 0; Weekday and Minutes
' are Longs; a Result declared Integer overflows with error 6 past 32767; a Boolean Result
' stores -1; a string Result that is a number stores it, other text is error 13; Currency
' and Single Results are truncated toward zero.
'! para=1 => result=0
'! para=2,5 => result=5
'! para=3 weekday=6 minutes=1439 => result=61439
'! para=4 => result=-1
'! para=5 => result=42
'! para=6 => error=13
'! para=7 => result=2
'! para=8 => result=-2
'! para=9,1.9 => result=1
'! para=10 => error=94
'! para=11 => result=0

Sub Main()
  Select Case Para1
    Case 1: Result = Para7
    Case 2: Result = Para2
    Case 3: Result = Weekday * 10000 + Minutes
    Case 4: Result = True
    Case 5: Result = "42"
    Case 6: Result = "forty-two"
    Case 7: Result = CCur(2.9999)
    Case 8: Result = CSng(-2.75)
    Case 9: Result = Para2
    Case 10: Result = Null
    Case 11: Result = Empty
  End Select
End Sub
