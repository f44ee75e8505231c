' W0800 fires: Weekday and Para2 are host inputs.
Sub Main()
  Weekday = 2
  Para2 = Para1 * 2
  Result = Para2
End Sub
