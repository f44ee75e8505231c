Sub Main()
  ' Größe
  Result = Größe +
End Sub
