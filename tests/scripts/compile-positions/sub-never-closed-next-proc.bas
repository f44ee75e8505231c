' Spec 1.2: "a block or procedure never closed at the line where its closer was due (the
' next Sub/Function ...)". VBA reference expected-end-sub.md: "An End procedure statement
' must match the procedure in which it occurs."
'! => compile-error=9
Sub Main()
  Dim i
  i = 1

Sub Other()
End Sub
