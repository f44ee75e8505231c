Option Explicit
' Statements not covered elsewhere: Option Explicit with every name declared, Rem, line
' continuation, an explicit ByRef, Loop Until, On Error GoTo 0 (turns trapping off again),
' End (stops the run at once: Result keeps what it had).
'! para=1 => result=6
'! para=2 => result=16
'! para=3 => error=11
'! para=4 => result=7 output="before\n"
'! para=5 => result=3

Rem The counter below is passed by reference explicitly.
Sub Twice(ByRef N As Long)
  N = N * 2
End Sub

Sub Main()
  Dim K As Long, X As Double
  Select Case Para1
    Case 1
      K = 1 + _
        2 + _
        3
      Result = K
    Case 2
      K = 1
      Do
        Twice K
      Loop Until K >= 10
      Result = K
    Case 3
      On Error Resume Next
      X = 1 / 0
      On Error GoTo 0
      X = 1 / 0
    Case 4
      Result = 7
      Print "before"
      End
      Print "after"
      Result = 8
    Case 5
      K = 3: Rem a comment after a colon
      Result = K
  End Select
End Sub
