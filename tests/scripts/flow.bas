' Control flow: block and single-line If, ElseIf chains, Select Case with Is, ranges, lists
' and strings, For with negative and fractional steps (the counter ends one step past the
' limit; a loop whose start is past its limit runs no time), nested loops with Exit, Do
' with the condition at the top or the bottom, While/Wend, GoTo, GoSub/Return, line numbers.
'! para=1 => output="small|mid|big|huge\n" result=1
'! para=2 => output="5 3 1 -1|0.5 1 1.5 2 2.5|none 10\n" result=2
'! para=3 => output="1,1 1,2 2,1 2,2 |3\n" result=3
'! para=4 => output="0|1|5|5\n" result=4
'! para=5 => output="gosub 1 gosub 2 end\n" result=5
'! para=6 => output="x is b|no|yes|vowel\n" result=6
'! para=7 => result=70
'! para=8 => output="ab\n" result=8
'! para=9 => error=3

Function Size(N)
  If N < 10 Then
    Size = "small"
  ElseIf N < 100 Then
    Size = "mid"
  ElseIf N < 1000 Then
    Size = "big"
  Else
    Size = "huge"
  End If
End Function

Sub Main()
  Dim I, J, S, T, K
  Select Case Para1
    Case 1
      Print Size(5) & "|" & Size(50) & "|" & Size(500) & "|" & Size(5000)
    Case 2
      For I = 5 To -1 Step -2: S = S & CStr(I) & " ": Next
      S = Trim(S) & "|"
      For I = 0.5 To 2.5 Step 0.5: T = T & CStr(I) & " ": Next
      S = S & Trim(T) & "|"
      K = "none"
      For I = 10 To 1
        K = "some"
      Next I
      Print S & K & " " & CStr(I)
    Case 3
      For I = 1 To 3
        For J = 1 To 3
          If J = 3 Then Exit For
          S = S & CStr(I) & "," & CStr(J) & " "
        Next J
        If I = 2 Then Exit For
      Next I
      Print S & "|" & CStr(J)
    Case 4
      I = 0
      Do While I > 0: I = I + 1: Loop
      S = CStr(I) & "|"
      Do: I = I + 1: Loop While I < 0
      S = S & CStr(I) & "|"
      Do Until I >= 5: I = I + 1: Loop
      S = S & CStr(I) & "|"
      Do
        I = I + 1
        If I > 3 Then Exit Do
      Loop
      While False: I = 0: Wend
      Print S & CStr(I - 1)
    Case 5
      GoSub Again
      GoSub Again
      Print S & "end"
    Case 6
      S = "b"
      Select Case S
        Case "a": T = "x is a"
        Case "b", "c": T = "x is b"
      End Select
      Select Case 7
        Case Is > 10, Is < 0: T = T & "|yes"
        Case Else: T = T & "|no"
      End Select
      Select Case 7
        Case 1 To 3, 5 To 9: T = T & "|yes"
      End Select
      Select Case "e"
        Case "a", "e", "i", "o", "u": T = T & "|vowel"
      End Select
      Print T
    Case 7
      I = 0
10    I = I + 10
      If I < 70 Then GoTo 10
      Result = I
      Exit Sub
    Case 8
      If True Then Print "a"; Else Print "c";
      If False Then Print "x" Else Print "b"
    Case 9
      Return
  End Select
  Result = Para1
  Exit Sub
Again:
  K = K + 1
  S = S & "gosub " & CStr(K) & " "
  Return
End Sub
