' Do...Loop statement — VBA reference: Language/Reference/User-Interface-Help/doloop-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/doloop-statement)
Dim R
Dim N
Dim S
' Page example (the MsgBox answer replaced by Para2: 1 = No at every check): the inner loop exits at Counter 10, "Total = Total + Counter ' Exit Do Lands here.", then "Loop Until Check = False ' Exit outer loop immediately." — "Counted to: 10"
'! para=1,1 => output="Counted to: 10\n"
' Same example answering Yes at 10 and No at 20: "Counted to: 20"
'! para=1,2 => output="Counted to: 20\n"
' Syntax "Do While condition ... Loop": the statements repeat while the condition is True — counts to 5
'! para=2 => var:N=5
' Syntax "Do Until condition ... Loop": repeats until the condition is True — counts to 5
'! para=3 => var:N=5
' First syntax with a condition False at the start: "statements that are repeated while ... condition is True" — 0 passes
'! para=4 => var:N=0
' Second syntax "Do ... Loop While condition": the condition is tested after the statements — 1 pass when False
'! para=5 => var:N=1
' Second syntax "Do ... Loop Until condition" — counts to 3
'! para=6 => var:N=3
' Page: "If condition is Null, condition is treated as False." — Do While Null runs 0 times
'! para=7 => var:N=0
' Page: Null is False, so Do Until Null keeps looping (left with Exit Do after 3 passes)
'! para=8 => var:N=3
' Page: "When used within nested Do…Loop statements, Exit Do transfers control to the loop that is one nested level above" — 3 outer passes, inner leaves at 2 each time
'! para=9 => var:S="12|12|12|"
' Page: "Exit Do statement transfers control to the statement immediately following the Loop"
'! para=10 => var:S="1 2 after"
Sub Main()
  Dim Check As Boolean, Counter As Long, Total As Long, Answer, I, J
  N = 0
  Select Case Para1
    Case 1
      Answer = 0
      Check = True: Counter = 0: Total = 0
      Do
        Do While Counter < 20
          Counter = Counter + 1
          If Counter Mod 10 = 0 Then
            Answer = Answer + 1
            Check = (Answer < Para2)
            If Not Check Then Exit Do
          End If
        Loop
        Total = Total + Counter
        Counter = 0
      Loop Until Check = False
      MsgBox "Counted to: " & Total
    Case 2
      Do While N < 5
        N = N + 1
      Loop
    Case 3
      Do Until N = 5
        N = N + 1
      Loop
    Case 4
      Do While N > 100
        N = N + 1
      Loop
    Case 5
      Do
        N = N + 1
      Loop While N > 100
    Case 6
      Do
        N = N + 1
      Loop Until N >= 3
    Case 7
      Do While Null
        N = N + 1
        If N > 10 Then Exit Do
      Loop
    Case 8
      Do Until Null
        N = N + 1
        If N = 3 Then Exit Do
      Loop
    Case 9
      S = ""
      I = 0
      Do While I < 3
        I = I + 1
        J = 0
        Do
          J = J + 1
          S = S & J
          If J = 2 Then Exit Do
        Loop
        S = S & "|"
      Loop
    Case 10
      S = ""
      Do
        N = N + 1
        S = S & N & " "
        If N = 2 Then Exit Do
      Loop
      S = S & "after"
  End Select
End Sub
