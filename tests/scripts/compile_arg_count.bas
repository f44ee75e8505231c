' Compile error: a procedure of the file called with the wrong number of arguments.
'! => compile-error=9

Function Twice(X)
  Twice = X * 2
End Function

Sub Main()
  Result = Twice(1, 2)
End Sub
