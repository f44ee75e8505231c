' Select Case ranges include both ends and the first matching Case wins.
'! para=-1 => result=1
'! para=0 => result=2
'! para=9.99 => result=2
'! para=10 => result=2
'! para=10.5 => result=3
'! para=20 => result=3
'! para=21 => result=4
'! para=99 => result=4
'! para=100 => result=5
'! para=1000 => result=6

Sub Main()
  Select Case Para1
    Case Is < 0: Result = 1
    Case 0 To 10: Result = 2
    Case 10 To 20: Result = 3
    Case 21 To 99: Result = 4
    Case 100, 200, 300: Result = 5
    Case Else: Result = 6
  End Select
End Sub
