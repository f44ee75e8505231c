Dim X
X = 5

Sub Main()
  Result = X
End Sub
