' Const statement — VBA reference: Language/Reference/User-Interface-Help/const-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/const-statement)
' Page: "You can't use variables, user-defined functions, or intrinsic Visual Basic functions (such as Chr) in expressions assigned to constants."
'! => compile-error=5
Const Letter = Chr(65)
Sub Main()
End Sub
