' Compile error: a name declared twice in one scope (spec 1.2); the error is on the second.
'! => compile-error=6

Sub Main()
  Dim Total As Long
  Dim Total As Double
  Result = Total
End Sub
