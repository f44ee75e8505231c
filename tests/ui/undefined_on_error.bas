Sub Main()
  On Error GoTo Handler
  Result = 1 / Para1
End Sub
