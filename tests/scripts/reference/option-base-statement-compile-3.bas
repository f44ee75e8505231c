' Option Base statement — VBA reference: Language/Reference/User-Interface-Help/option-base-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-base-statement)
' Page syntax: "Option Base { 0 | 1 }" — 2 is not allowed
'! => compile-error=5
Option Base 2
Sub Main()
End Sub
