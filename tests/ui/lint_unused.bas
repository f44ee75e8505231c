' W0809: declarations nothing uses.
Dim Unused As Long

Sub Main()
  Dim Level As Double, Spare As Double, Other As Long
  Level = Para1
  Result = Level
End Sub
