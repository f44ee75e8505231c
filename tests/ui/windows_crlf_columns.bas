Sub Main()
  ' Größe über alles
  Result = Größe + "ä" * 
End Sub
