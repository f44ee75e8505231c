' Compile error: Exit For outside a For loop.
'! => compile-error=5

Sub Main()
  Exit For
End Sub
