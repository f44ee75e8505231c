' Option Base statement — VBA reference: Language/Reference/User-Interface-Help/option-base-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-base-statement)
' Page: "Option Base can appear only once in a module"
'! => compile-error=6
Option Base 1
Option Base 1
Sub Main()
End Sub
