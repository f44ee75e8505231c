' S3 window: nothing outside 06:00-20:00.
Dim Result As Long
Dim Para1 As Long
Dim Minutes As Long

Sub Main()
  If (Minutes < 360) Or (Minutes >= 1200) Then Result = 0 Else Result = Para1 * 100
End Sub
