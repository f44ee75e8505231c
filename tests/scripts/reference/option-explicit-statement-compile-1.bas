' Option Explicit statement — VBA reference: Language/Reference/User-Interface-Help/option-explicit-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-explicit-statement)
' Page example: "MyInt = 10 ' Undeclared variable generates error." — "If you attempt to use an undeclared variable name, an error occurs at compile time."
'! => compile-error=9
Option Explicit
Dim MyVar
Sub Main()
  MyVar = 10
  MyInt = 10
End Sub
