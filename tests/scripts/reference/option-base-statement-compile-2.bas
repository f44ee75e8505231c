' Option Base statement — VBA reference: Language/Reference/User-Interface-Help/option-base-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-base-statement)
' Page: "If used, the statement must appear in a module before any procedures."
'! => compile-error=7
Sub Main()
End Sub
Option Base 1
