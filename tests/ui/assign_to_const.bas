Const Rate = 3

Sub Main()
  Rate = 4
  Result = Rate
End Sub
