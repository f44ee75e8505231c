' W0801 does not fire: a variable named like them is no output.
Sub Main()
  Dim printed As Long, msgboxes As Long
  printed = 1: msgboxes = 2
  Result = Para1 + printed + msgboxes
End Sub
