Dim Rate As Double
Dim Rate As Long

Sub Main()
  Result = Rate
End Sub
