' Const statement — VBA reference: Language/Reference/User-Interface-Help/const-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/const-statement)
' Page: "You can't use variables ... in expressions assigned to constants."
'! => compile-error=7
Dim V
Sub Main()
  Const FromVar = V + 1
End Sub
