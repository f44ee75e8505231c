' Const statement — VBA reference: Language/Reference/User-Interface-Help/const-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/const-statement)
' Page: "Public: ... Not allowed in procedures."
' xbas gives: it compiles (Public Const inside a procedure is accepted)
'! => compile-error=7
Sub Main()
  Public Const Inside = 1
End Sub
