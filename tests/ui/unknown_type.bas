Dim Total As Integr

Sub Main()
  Result = 1
End Sub
