' The host calls Main without arguments: a Main with parameters cannot run.
Sub Main(ByVal X As Long)
  Result = X
End Sub
