' End statement — VBA reference: Language/Reference/User-Interface-Help/end-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/end-statement)
Dim R
' Page: "When executed, the End statement resets all module-level variables"
' xbas gives: R="set" (module-level variables keep their values after End)
'! para=4 => var:R=Empty
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
