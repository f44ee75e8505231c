' W0810: Variants (undeclared, or declared without As) that only ever hold numbers.
Dim Scale

Sub Main()
  Dim Total, i
  Scale = 100
  For i = 1 To 3
    Total = Total + Para1 * i
  Next i
  Rate = Total / 3
  Result = Rate * Scale
End Sub
