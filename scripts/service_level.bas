' Service level in percent, two decimals kept (x 100): calls answered within the target
' time (Para1) over calls offered (Para2). No calls offered stores 0; more answered than
' offered (late data) is capped at 100 %. Result is Long, so 2/3 = 66.666…% stores 6667.
'! para=80,100 => result=8000
'! para=2,3 => result=6667
'! para=0,0 => result=0
'! para=120,100 => result=10000

Dim Result As Long

Sub Main()
  Dim Level As Double
  If Para2 = 0 Then
    Result = 0
    Exit Sub
  End If
  Level = Para1 / Para2 * 100
  If Level > 100 Then Level = 100
  Result = Level * 100
End Sub
