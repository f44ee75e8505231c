' W0803 does not fire: a Long Result rounds, there is no fractional factor in a sum, and
' a local named Result is not the host's.
Dim Result As Long

Sub Main()
  Result = Para1 * 100 * 1.2 + Half()
End Sub

Function Half() As Double
  Dim Result As Double
  Result = Para1 * 0.5
  Half = Result + 0.5
End Function
