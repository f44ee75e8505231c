' The default script the connector generates for a mapping with one source (spec 3.2):
' the key figure times 100, so that 80.23 is stored as 8023.
'! para=42 => result=4200
'! para=42.5 => result=4200
'! para=0.75 => result=100

Dim Result As Long
Dim Weekday As Long
Dim Minutes As Long
Dim Para1 As Long

Sub Main()
  Result = Para1 * 100
End Sub
