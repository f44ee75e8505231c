' Error handling (spec 1.2; VBA On Error semantics): Resume Next continues after the
' failing statement, an error inside an If condition continues into the Then branch, Resume
' retries, Resume Label jumps, Err.Raise sets Number and Description, Err is cleared by
' Resume and by Err.Clear, an error inside a handler is not trapped by the same handler,
' and an error in a called procedure without a handler is trapped by the caller's.
'! para=1 => output="11 Division by zero\n0\n" result=1
'! para=2 => output="in then\n" result=2
'! para=3 => output="retry 1\n" result=3
'! para=4 => output="513 custom text\n" result=4
'! para=5 => error=13
'! para=6 => output="caught 9 in caller\n" result=6
'! para=7 => output="after 6\n" result=7
'! para=8 => error=20
'! para=9 => output="5 Invalid procedure call or argument\n" result=9
'! para=10 => output="label\n" result=10
'! para=11 => error=1234

Dim Tries

Sub Fails()
  Dim A(2)
  A(5) = 1
End Sub

Sub Main()
  Dim X
  Select Case Para1
    Case 1
      On Error Resume Next
      X = 1 / 0
      Print CStr(Err.Number) & " " & Err.Description
      Err.Clear
      Print CStr(Err.Number)
      Result = 1
    Case 2
      On Error Resume Next
      If 1 / 0 > 1 Then
        Print "in then"
      End If
      Result = 2
    Case 3
      On Error GoTo Retry
      X = 10 / Tries
      Result = 3
      Exit Sub
    Case 4
      On Error GoTo Show
      Err.Raise 513, "me", "custom text"
      Exit Sub
    Case 5
      On Error GoTo Twice
      X = 1 / 0
      Exit Sub
    Case 6
      On Error GoTo Caller
      Fails
      Exit Sub
    Case 7
      On Error Resume Next
      X = CInt(70000)
      Print "after " & CStr(Err.Number)
      Result = 7
    Case 8
      Resume Next
    Case 9
      On Error Resume Next
      X = Mid("abc", 0)
      Print CStr(Err.Number) & " " & Err.Description
      Result = 9
    Case 10
      On Error GoTo Jump
      X = 1 / 0
      Exit Sub
    Case 11
      Err.Raise 1234
    Case 12
      On Error GoTo Forever
      X = 1 / 0
  End Select
  Exit Sub
Retry:
  Tries = Tries + 1
  Print "retry " & CStr(Tries)
  Resume
Show:
  Print CStr(Err.Number) & " " & Err.Description
  Result = 4
  Exit Sub
Twice:
  X = "a" * 2
  Exit Sub
Caller:
  Print "caught " & CStr(Err.Number) & " in caller"
  Result = 6
  Exit Sub
Forever:
  Resume
Jump:
  Resume There
There:
  Print "label"
  Result = 10
End Sub
