Sub Main()
  Option Explicit
  Result = 1
End Sub
