' End statement — VBA reference: Language/Reference/User-Interface-Help/end-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/end-statement)
Dim R
' Page: "End: Terminates execution immediately." — nothing after End runs
'! para=1 => output="before\n"
' Page: End "may be placed anywhere in a procedure to end code execution" — End in a called Sub also stops the caller
'! para=2 => output="in sub\n"
' Page example (InputBox replaced by Para2): "If Pword <> PassWord Then MsgBox "Sorry, incorrect password": End" — wrong password
'! para=3,1 => output="Sorry, incorrect password\n"
' Same example, right password: no message and execution goes on
'! para=3,2 => output="welcome\n"
Sub Main()
  Select Case Para1
    Case 1
      Debug.Print "before"
      End
      Debug.Print "after"
    Case 2
      StopHere
      Debug.Print "back in Main"
    Case 3
      Form_Load Para2
      Debug.Print "welcome"
    Case 4
      R = "set"
      End
  End Select
End Sub

Sub StopHere()
  Debug.Print "in sub"
  End
End Sub

Sub Form_Load(Choice)
  Dim Password, Pword
  Password = "Swordfish"
  Pword = Choose(Choice, "guess", "Swordfish")
  If Pword <> Password Then
    MsgBox "Sorry, incorrect password"
    End
  End If
End Sub
