Sub Main()
  For I = 1 10
    Result = I
  Next
End Sub
