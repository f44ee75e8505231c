' While...Wend statement — VBA reference: Language/Reference/User-Interface-Help/whilewend-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/whilewend-statement)
Dim R
Dim N
' Page example: "While Counter < 20 ... Wend ... Debug.Print Counter ' Prints 20 in the Immediate window."
'! para=1 => var:R=20
' Page: "If it is not True, execution resumes with the statement following the Wend statement." — condition False at the start, 0 passes
'! para=2 => var:N=0
' Page: "If condition is Null, condition is treated as False."
'! para=3 => var:N=0
' Page: "While...Wend loops can be nested to any level. Each Wend matches the most recent While." — 3 x 4 passes
'! para=4 => var:N=12
Sub Main()
  Dim Counter, I, J
  N = 0
  Select Case Para1
    Case 1
      Counter = 0
      While Counter < 20
        Counter = Counter + 1
      Wend
      R = Counter
    Case 2
      While N > 5
        N = N + 1
      Wend
    Case 3
      While Null
        N = N + 1
        If N > 10 Then GoTo Done
      Wend
    Case 4
      I = 0
      While I < 3
        I = I + 1
        J = 0
        While J < 4
          J = J + 1
          N = N + 1
        Wend
      Wend
  End Select
Done:
End Sub
