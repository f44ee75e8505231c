Option Explicit

Sub Main()
  Total = Para1 + Para2
  Result = Total
End Sub
