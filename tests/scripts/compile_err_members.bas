' Err's properties take no arguments (Number property page: "object.Number"); `Err.Number 1`
' used to compile and leave its argument on the stack.
'! => compile-error=5
Sub Main()
  Err.Number 1
End Sub
