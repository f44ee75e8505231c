' Only MsgBox and Err.Raise among the built-ins take named arguments in xbas (E0505).
'! => compile-error=5
Sub Main()
  Dim x
  x = Left(String:="abc", Length:=1)
End Sub
