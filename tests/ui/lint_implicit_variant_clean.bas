' W0810 does not fire: typed declarations, and Variants that hold more than numbers.
Sub Main()
  Dim Total As Double, Label
  Total = Para1 * 100
  Label = "x"
  Label = Total
  Result = Len(Label)
End Sub
