' W0809 does not fire: host inputs may be declared and left unused (the connector's
' template does it), and every other declaration is used.
Dim Result As Long
Dim Weekday As Long
Dim Minutes As Long
Dim Para1 As Long

Sub Main()
  Dim Level As Double
  Level = Para1
  Result = Level * 100
End Sub
