' W0808 does not fire: every variable assigned is read, host inputs and Result are the
' host's, and a Function's return value is read by its caller.
Sub Main()
  Dim Total As Double
  Total = Double2(Para1)
  Result = Total
End Sub

Function Double2(x As Double) As Double
  Double2 = x * 2
End Function
