Sub Main()
  Result = 1
  MsgBx "done"
End Sub
