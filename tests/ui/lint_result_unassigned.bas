' W0806: a way out of Main that never assigns Result (the import stores 0).
Sub Main()
  Dim Level As Double
  If Para2 = 0 Then Exit Sub
  Level = Para1 / Para2
  If Level > 1 Then Result = 100
End Sub
