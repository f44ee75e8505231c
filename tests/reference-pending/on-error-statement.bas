' On Error statement — VBA reference: Language/Reference/User-Interface-Help/on-error-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/on-error-statement)
Dim R
Dim S
' Page: "Err.Number = vbObjectError + 1052" — the Number property can be assigned
' xbas gives: does not compile: `Err.Number = ...` — error[E0205] cannot assign to this expression
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
