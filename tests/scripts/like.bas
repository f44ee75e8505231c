' Like patterns (MS-VBAL 5.6.9.7): * any run, ? one character, # one digit, [a-c] a set,
' [!a-c] not in the set; comparison is binary (case-sensitive).
'! para=1 => result=1
'! para=2 => result=1
'! para=3 => result=0
'! para=4 => result=1
'! para=5 => result=1
'! para=6 => result=0
'! para=7 => result=1
'! para=8 => result=0
'! para=9 => result=1
'! para=10 => result=1

Sub Main()
  Dim Q
  Q = "Queue 12"
  Select Case Para1
    Case 1: Result = Abs(Q Like "Queue *")
    Case 2: Result = Abs(Q Like "Queue ##")
    Case 3: Result = Abs(Q Like "queue *")
    Case 4: Result = Abs(Q Like "Q?eue 1?")
    Case 5: Result = Abs(Q Like "[P-R]*")
    Case 6: Result = Abs(Q Like "[!P-R]*")
    Case 7: Result = Abs(Q Like "*")
    Case 8: Result = Abs(Q Like "Queue #")
    Case 9: Result = Abs("" Like "")
    Case 10: Result = Abs(Q Like "*12")
  End Select
End Sub
