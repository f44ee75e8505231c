' Exit statement — VBA reference: Language/Reference/User-Interface-Help/exit-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/exit-statement)
Dim R
Dim S
' Page: "Exit For transfers control to the statement following the Next statement."
'! para=1 => var:S="1 2 3 next"
' Page: "Exit Do transfers control to the statement following the Loop statement."
'! para=2 => var:S="1 2 loop"
' Page: "Exit Sub: Immediately exits the Sub procedure ... Execution continues with the statement following the statement that called the Sub procedure."
'! para=3 => var:S="before back"
' Page: "Exit Function: Immediately exits the Function procedure ... Execution continues with the statement following the statement that called the Function." — the value assigned before Exit Function is returned
'! para=4 => var:R=7
' Same: the statements after Exit Function are not executed
'! para=4 => var:S="called"
' Page: "When used within nested For loops, Exit For transfers control to the loop that is one nested level above" — the outer loop still runs 3 times
'! para=5 => var:S="1|1|1|"
' Page example shape: "Case 7: Exit For ... Case 29: Exit Do ... Case 54: Exit Sub" inside For inside Do — with 29, Exit Do leaves both loops
'! para=6,29 => var:S="do-exit"
' Same example with 7: Exit For leaves only the For loop; the Do loop goes on (stopped here on its 2nd pass)
'! para=6,7 => var:S="for-exit for-exit "
' Same example with 54: Exit Sub ends the procedure
'! para=6,54 => var:S="sub-exit"
Sub Main()
  Dim I, J, N
  S = ""
  Select Case Para1
    Case 1
      For I = 1 To 10
        S = S & I & " "
        If I = 3 Then Exit For
      Next I
      S = S & "next"
    Case 2
      Do
        I = I + 1
        S = S & I & " "
        If I = 2 Then Exit Do
      Loop
      S = S & "loop"
    Case 3
      S = "before"
      LeaveEarly
      S = S & " back"
    Case 4
      R = F7()
    Case 5
      For I = 1 To 3
        For J = 1 To 5
          If J = 2 Then Exit For
          S = S & J
        Next J
        S = S & "|"
      Next I
    Case 6
      ExitDemo Para2
  End Select
End Sub

Sub LeaveEarly()
  Exit Sub
  S = S & " never"
End Sub

Function F7()
  F7 = 7
  S = "called"
  Exit Function
  F7 = 8
  S = "after exit"
End Function

Sub ExitDemo(MyNum)
  Dim I, Passes
  S = ""
  Do
    Passes = Passes + 1
    If Passes > 2 Then Exit Sub
    For I = 1 To 1000
      Select Case MyNum
        Case 7: Exit For
        Case 29: Exit Do
        Case 54: S = "sub-exit": Exit Sub
      End Select
    Next I
    S = S & "for-exit "
  Loop
  S = "do-exit"
End Sub
