Option Explicit
Dim Rates As Double

Sub Main()
  Result = Para1 * Rate
End Sub
