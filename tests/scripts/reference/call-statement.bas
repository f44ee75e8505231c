' Call statement — VBA reference: Language/Reference/User-Interface-Help/call-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/call-statement)
Dim R
' Page example: "Call PrintToDebugWindow("Hello World") ... Debug.Print AnyString ' Print to the Immediate window."
'! para=1 => output="Hello World\n"
' Page: "If you omit the Call keyword, you also must omit the parentheses around argumentlist." — PrintToDebugWindow "Hello World"
'! para=2 => output="Hello World\n"
' Page: "If you use either Call syntax to call any intrinsic or user-defined function, the function's return value is discarded." — the function still runs
'! para=3 => var:R="ran"
' Same, without the Call keyword
'! para=4 => var:R="ran"
' Page: Call "Transfers control to a Sub procedure" — a Sub with no arguments: Call NoArgs
'! para=6 => var:R="no args"
' Page: "To pass a whole array to a procedure, use the array name followed by empty parentheses." — Call SumArr(A())
'! para=5 => var:R=6
Sub Main()
  Dim A(2)
  Select Case Para1
    Case 1: Call PrintToDebugWindow("Hello World")
    Case 2: PrintToDebugWindow "Hello World"
    Case 3: Call SideEffect(1)
    Case 4: SideEffect 1
    Case 5
      A(0) = 1: A(1) = 2: A(2) = 3
      Call SumArr(A())
    Case 6: Call NoArgs
  End Select
End Sub

Sub PrintToDebugWindow(AnyString)
  Debug.Print AnyString
End Sub

Function SideEffect(X)
  R = "ran"
  SideEffect = X * 2
End Function

Sub SumArr(Arr())
  Dim I
  R = 0
  For I = LBound(Arr) To UBound(Arr)
    R = R + Arr(I)
  Next I
End Sub

Sub NoArgs()
  R = "no args"
End Sub
