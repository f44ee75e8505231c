' A named argument to a procedure the file does not define: the call fails with error 35
' when it runs (spec 1.2), as a positional one does. It used to stop the compiler.
'! => error=35
Sub Main()
  Dim x
  x = NotHere(a:=1)
End Sub
