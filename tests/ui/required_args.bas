Sub Main()
  Dim x
  x = MsgBox(Buttons:=4)
  Err.Raise Source:="s"
  x = Left(, 2)
  x = InStr(, "abc", "b")
  x = Undefined(a:=1)
End Sub
