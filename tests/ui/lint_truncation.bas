' W0803: an undeclared Result is truncated when stored (spec 1.1), and a product with a
' fractional constant can land just below a whole number.
Sub Main()
  If Para1 > 1000 Then
    Result = Para1 * 100 * 1.2
  Else
    Result = -(0.29 * Para1)
  End If
End Sub
