' S1 sum: the generated default scenario.
Dim Result As Long
Dim Para1 As Long
Dim Para2 As Long

Sub Main()
  Result = (Para1 + Para2) * 100
End Sub
