' S4 average: talk time per handled call, guarded.
Dim Result As Long
Dim Para1 As Long
Dim Para2 As Long

Sub Main()
  If Para2 = 0 Then Result = 0 Else Result = (Para1 / Para2) * 100
End Sub
