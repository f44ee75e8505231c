' W0808: values assigned and never read (a misspelt name is a new, empty variable).
Sub Main()
  Dim Total As Double
  Total = Para1 + Para2
  Totl = Total * 2
  Result = Total
End Sub
