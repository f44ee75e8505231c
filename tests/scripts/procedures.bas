' Procedures: ByRef is the default and reaches the caller's variable, array element or
' module variable; ByVal and parenthesised arguments pass copies; Optional parameters with
' and without defaults; Functions typed with As and with suffixes; recursion; Static locals
' live for the run; Call with and without parentheses; Exit Sub / Exit Function.
'! para=1 => output="2 1 11 6\n" result=1
'! para=2 => output="3 17 0|9\n" result=2
'! para=3 => output="120 55 1\n" result=3
'! para=4 => output="1 2 3\n" result=4
'! para=5 => output="Long 2 String x!\n" result=5
'! para=6 => output="0 5\n" result=6
'! para=7 => error=28
'! para=8 => output="Single\n" result=8

Dim Total As Long
Dim Arr(3)

Sub Bump(X)
  X = X + 1
End Sub

Sub Keep(ByVal X)
  X = X + 100
End Sub

Sub AddDefault(Optional N = 5, Optional M)
  Total = Total + N
  If IsEmpty(M) Then Total = Total + 0 Else Total = Total + M
End Sub

Function Fact(N As Long) As Long
  If N <= 1 Then
    Fact = 1
    Exit Function
  End If
  Fact = N * Fact(N - 1)
End Function

Function Fib(N)
  If N < 2 Then Fib = N Else Fib = Fib(N - 1) + Fib(N - 2)
End Function

Function Counter()
  Static Calls
  Calls = Calls + 1
  Counter = Calls
End Function

Function Twice&(X)
  Twice = X * 2
End Function

Function Label$(X)
  Label = X & "!"
End Function

Function Forever(N)
  Forever = Forever(N + 1)
End Function

Function Half(ByVal X As Single) As Single
  Half = X / 2
End Function

Sub Main()
  Dim A, B, C
  Select Case Para1
    Case 1
      A = 1: B = 1: C = 10
      Bump A
      Keep B
      Bump (C)
      Call Bump(C)
      Arr(2) = 5
      Bump Arr(2)
      Print CStr(A) & " " & CStr(B) & " " & CStr(C) & " " & CStr(Arr(2))
    Case 2
      AddDefault
      A = Total
      Total = 0
      AddDefault 3, 7
      Call AddDefault(, 2)
      Print CStr(A - 2) & " " & CStr(Total) & " " & CStr(IsEmpty(B) + 1) & "|" & CStr(Total - 8)
    Case 3
      Print CStr(Fact(5)) & " " & CStr(Fib(10)) & " " & CStr(Fact(0))
    Case 4
      Print CStr(Counter()) & " " & CStr(Counter()) & " " & CStr(Counter())
    Case 5
      Print TypeName(Twice(1)) & " " & CStr(Twice(1)) & " " & TypeName(Label("x")) & " " & Label("x")
    Case 6
      Total = 0
      Bump Total
      Keep Total
      Print CStr(Total - 1) & " " & CStr(Total + 4)
    Case 7
      A = Forever(1)
    Case 8
      Print TypeName(Half(3))
  End Select
  Result = Para1
End Sub
