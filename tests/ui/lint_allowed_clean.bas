' A warning silenced by an xbas:allow comment, on its line or alone on the line above.
Sub Main()
  ' xbas:allow(W0802)
  Result = Para1 / Para2
  Result = Result + Para1 / Para3 ' xbas:allow(W0803, W0802)
End Sub
