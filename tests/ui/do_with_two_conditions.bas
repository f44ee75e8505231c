Sub Main()
  Do While Para1 > 0
  Loop Until Para1 < 0
End Sub
