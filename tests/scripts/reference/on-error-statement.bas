' On Error statement — VBA reference: Language/Reference/User-Interface-Help/on-error-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/on-error-statement)
Dim R
Dim S
' Page: "On Error GoTo line: ... If a run-time error occurs, control branches to line, making the error handler active." and "Error-handling routines rely on the value in the Number property of the Err object"
'! para=1 => var:R=55
' Same: the statement after the failing one is not run before the handler
'! para=1 => var:S="handler"
' Page: "On Error Resume Next: Specifies that when a run-time error occurs, control goes to the statement immediately following the statement where the error occurred and execution continues."
'! para=2 => var:S="ab"
' Same, and Err.Number holds the error afterwards ("The property values in the Err object reflect only the most recent error")
'! para=2 => var:R=57
' Page: "On Error GoTo 0: Disables any enabled error handler in the current procedure." — the error is fatal
'! para=3 => error=5
' Page: "If you don't use an On Error statement, any run-time error that occurs is fatal"
'! para=4 => error=5
' Page: "If the calling procedure has an enabled error handler, it is activated to handle the error." — error raised in a called Sub without a handler
'! para=5 => var:R=70
' Same: the rest of the called Sub and of the caller's statement are skipped; the caller's handler runs
'! para=5 => var:S="in callee|caller handler"
' Page: "If an error occurs while an error handler is active ..., the current procedure's error handler can't handle the error. Control returns to the calling procedure." — the caller's handler gets the second error
'! para=6 => var:R=72
' Page: "If no inactive, enabled error handler is found, the error is fatal" — error inside the only active handler
'! para=7 => error=72
' Page: "On Error Resume Next causes execution to continue ... with the statement immediately following the most recent call out of the procedure containing the On Error Resume Next statement."
'! para=8 => var:S="callee|after call"
' Page: "Without an On Error GoTo 0 statement, an error handler is automatically disabled when a procedure is exited." — a handler enabled in a called Sub does not cover Main
'! para=9 => error=5
' Page example: the handler ends with "Resume ' Resume execution at same line that caused the error." — Y = Arr(X) with X = 5 fails (subscript out of range), the handler sets X = 1, the statement runs again
'! para=11 => var:S="fail|fixed|ok"
' Page example: "Err.Clear ' Clear Err object fields" after deferred error handling
'! para=12 => var:R=0
' Page: "place an Exit Sub ... statement immediately before the error-handling routine" — no error, the handler is not run
'! para=13 => var:S="body"
' Page: "Err.Number = vbObjectError + 1052" — the Number property can be assigned
'! para=10 => var:R=1052
Sub Main()
  Dim X, Y, Arr(2)
  S = ""
  Select Case Para1
    Case 1
      On Error GoTo H1
      Err.Raise 55
      S = "not skipped"
      Exit Sub
H1:
      R = Err.Number
      S = "handler"
    Case 2
      On Error Resume Next
      S = "a"
      Err.Raise 57
      S = S & "b"
      R = Err.Number
    Case 3
      On Error Resume Next
      On Error GoTo 0
      Err.Raise 5
      S = "continued"
    Case 4
      Err.Raise 5
    Case 5
      On Error GoTo H5
      Callee70
      S = S & "|after call"
      Exit Sub
H5:
      R = Err.Number
      S = S & "|caller handler"
    Case 6
      On Error GoTo H6
      HandlerRaises
      Exit Sub
H6:
      R = Err.Number
    Case 7
      On Error GoTo H7
      Err.Raise 71
      Exit Sub
H7:
      Err.Raise 72
    Case 8
      On Error Resume Next
      CalleeNoHandler
      S = S & "|after call"
    Case 9
      EnableAndLeave
      Err.Raise 5
    Case 10
      On Error Resume Next
      Err.Number = vbObjectError + 1052
      R = Err.Number - vbObjectError
    Case 11
      X = 5
      On Error GoTo H11
      Y = Arr(X)
      S = S & "ok"
      Exit Sub
H11:
      S = S & "fail|fixed|"
      X = 1
      Resume
    Case 12
      On Error Resume Next
      Err.Raise 440
      If Err.Number = 440 Or Err.Number = 432 Then
        Err.Clear
      End If
      R = Err.Number
    Case 13
      On Error GoTo H13
      S = "body"
      Exit Sub
H13:
      S = S & "|handler"
  End Select
End Sub

Sub Callee70()
  S = "in callee"
  Err.Raise 70
  S = S & "|callee continued"
End Sub

Sub HandlerRaises()
  On Error GoTo Inner
  Err.Raise 71
  Exit Sub
Inner:
  Err.Raise 72
End Sub

Sub CalleeNoHandler()
  S = "callee"
  Err.Raise 5
  S = S & "|callee continued"
End Sub

Sub EnableAndLeave()
  On Error Resume Next
End Sub
