' Compile error: GoTo to a label that does not exist, reported on the GoTo line (spec 1.2).
'! => compile-error=5

Sub Main()
  If Para1 = 0 Then GoTo Nowhere
  Result = 1
End Sub
