Sub Main()
  Result = (Para1 +
  If Para1 > 3
    Result = 2
  End If
  For I = 1 10
  Next
End Sub
