' Resume statement — VBA reference: Language/Reference/User-Interface-Help/resume-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/resume-statement)
Dim R
Dim S
' Page: "Resume: If the error occurred in the same procedure as the error handler, execution resumes with the statement that caused the error." — Y = Arr(X) fails with X = 5, the handler sets X = 2, the statement runs again
'! para=1 => var:S="handler|ok"
' Same case: the repeated statement now reads Arr(2)
'! para=1 => var:R=30
' Page: "Resume: ... If the error occurred in a called procedure, execution resumes at the statement that last called out of the procedure containing the error-handling routine." — the call is made again
'! para=2 => var:S="call 1|handler|call 2|done"
' Page: "Resume Next: If the error occurred in the same procedure as the error handler, execution resumes with the statement immediately following the statement that caused the error."
'! para=3 => var:S="a|handler|b|c"
' Page: "Resume Next: ... If the error occurred in a called procedure, execution resumes with the statement immediately following the statement that last called out of the procedure containing the error-handling routine"
'! para=4 => var:S="callee|handler|after call"
' Page: "Resume line: Execution resumes at the line specified in the required line argument."
'! para=5 => var:S="a|handler|target"
' Page: "If you use a Resume statement anywhere except in an error-handling routine, an error occurs." (resume-without-error-error-20.md: "Resume without error (Error 20)")
'! para=6 => error=20
Sub Main()
  Dim X, Y, Arr(2), Calls
  Arr(2) = 30
  S = ""
  Select Case Para1
    Case 1
      X = 5
      On Error GoTo H1
      Y = Arr(X)
      R = Y
      S = S & "ok"
      Exit Sub
H1:
      S = S & "handler|"
      X = 2
      Resume
    Case 2
      On Error GoTo H2
      Calls = 0
      FailsFirstTime Calls
      S = S & "done"
      Exit Sub
H2:
      S = S & "handler|"
      Resume
    Case 3
      On Error GoTo H3
      S = "a"
      Err.Raise 5
      S = S & "|b"
      S = S & "|c"
      Exit Sub
H3:
      S = S & "|handler"
      Resume Next
    Case 4
      On Error GoTo H4
      Callee
      S = S & "|after call"
      Exit Sub
H4:
      S = S & "|handler"
      Resume Next
    Case 5
      On Error GoTo H5
      S = "a"
      Err.Raise 5
      S = S & "|skipped"
Target:
      S = S & "|target"
      Exit Sub
H5:
      S = S & "|handler"
      Resume Target
    Case 6
      Resume Next
  End Select
End Sub

Sub FailsFirstTime(Calls)
  Calls = Calls + 1
  S = S & "call " & Calls & "|"
  If Calls = 1 Then Err.Raise 5
End Sub

Sub Callee()
  S = "callee"
  Err.Raise 5
  S = S & "|callee continued"
End Sub
