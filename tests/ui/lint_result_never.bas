' W0806: Main never assigns Result.
Sub Main()
  Dim Level As Double
  Level = Para1 * 2
  If Level > 1 Then Level = 1
  Debug.Print Level
End Sub
