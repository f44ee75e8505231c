' For...Next statement — VBA reference: Language/Reference/User-Interface-Help/fornext-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/fornext-statement)
' Page note: "If a Next statement is encountered before its corresponding For statement, an error occurs."
' (MS-VBAL 5.4.2.3 grammar: Next only closes a for-clause, so this is a compile error at the Next line.)
'! => compile-error=9
Sub Main()
  Dim N
  N = 1
  Next
End Sub
