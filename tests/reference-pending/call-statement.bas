' Call statement — VBA reference: Language/Reference/User-Interface-Help/call-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/call-statement)
Dim R
' Page: "To pass a whole array to a procedure, use the array name followed by empty parentheses." — Call SumArr(A())
' xbas gives: error 9 (Subscript out of range) at Call SumArr(A()) — A() with empty parentheses is read as an element access
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
