' End statement — VBA reference: Language/Reference/User-Interface-Help/end-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/end-statement)
' Left out: "the End statement resets all module-level variables". The host reads Result and the `var:` values after
' the run; resetting them at End would make `Result = x: End` store 0, and what the legacy connector stored for such a
' script is not known (no fixture), so xbas keeps the values a run leaves (a decision of issue 19, see its closing note).
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
