Dim Result As Long
Dim Result As Long

Sub Main()
  Result = Para1
End Sub
