' Const statement — VBA reference: Language/Reference/User-Interface-Help/const-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/const-statement)
' Page: "Public: ... Not allowed in procedures."
'! => compile-error=6
Sub Main()
  Public Const Inside = 1
End Sub
