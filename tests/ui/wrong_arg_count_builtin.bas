Sub Main()
  Result = Mid("abc")
End Sub
