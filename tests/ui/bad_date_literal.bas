Sub Main()
  Result = #2024-02-30#
End Sub
