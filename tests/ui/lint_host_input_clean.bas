' W0800 does not fire: Result is the output, Minutes here a local of that name.
Sub Main()
  Dim Minutes As Long
  Minutes = 15
  Result = Para1 * Minutes
End Sub
