' GoSub...Return statement — VBA reference: Language/Reference/User-Interface-Help/gosubreturn-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/gosubreturn-statement)
Dim R
' Page example (InputBox replaced by Para2): "If Num > 0 Then GoSub MyRoutine ... Num = Num/2 ... Return" — 10 gives 5
'! para=1,10 => var:R=5
' Same example: a negative number skips the routine
'! para=1,-4 => var:R=-4
' Page: "the first Return statement encountered causes the flow of execution to branch back to the statement immediately following the most recently executed GoSub statement"
'! para=2 => var:R="a1b2c"
' Page: "A subroutine can contain more than one Return statement"
'! para=3 => var:R="x<y"
' return-without-gosub-error-3.md: "A Return statement must have a corresponding GoSub statement" — Error 3, "matched at run time"
'! para=4 => error=3
Sub Main()
  Dim Num, S
  Select Case Para1
    Case 1
      Num = Para2
      If Num > 0 Then GoSub MyRoutine
      R = Num
      Exit Sub
    Case 2
      S = "a"
      GoSub One
      S = S & "b"
      GoSub Two
      S = S & "c"
      R = S
      Exit Sub
    Case 3
      S = "x"
      GoSub Cmp
      R = S
      Exit Sub
    Case 4
      Return
  End Select
  Exit Sub
MyRoutine:
  Num = Num / 2
  Return
One:
  S = S & "1"
  Return
Two:
  S = S & "2"
  Return
Cmp:
  If S = "x" Then
    S = S & "<y"
    Return
  End If
  S = S & "?"
  Return
End Sub
