' W0801 fires on Print, Debug.Print and MsgBox.
Sub Main()
  Print Para1
  Debug.Print "seen"
  MsgBox "done"
  Result = Para1
End Sub
