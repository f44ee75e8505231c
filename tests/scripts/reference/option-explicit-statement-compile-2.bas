' Option Explicit statement — VBA reference: Language/Reference/User-Interface-Help/option-explicit-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-explicit-statement)
' Page: "If used, the Option Explicit statement must appear in a module before any procedures."
'! => compile-error=7
Sub Main()
End Sub
Option Explicit
