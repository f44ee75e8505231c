Sub Main()
  For I = 1 To 10
    Result = Result + I
End Sub
