' Spec 1.2: a block never closed is reported where its closer was due, here "the enclosing
' End Sub". VBA reference block-if-without-end-if.md: "A multiline If statement must
' terminate with a matching End If statement."
'! => compile-error=9
Sub Main()
  Dim i
  If i = 0 Then
    i = 1
End Sub
