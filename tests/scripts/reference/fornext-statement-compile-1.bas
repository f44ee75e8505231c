' For...Next statement — VBA reference: Language/Reference/User-Interface-Help/fornext-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/fornext-statement)
' Page: counter is a "Numeric variable used as a loop counter"; MS-VBAL 5.4.2.3 static semantics: "The declared type of
' <bound-variable-expression> MUST be a numeric value type or Variant." — a String counter is a compile error.
'! => compile-error=9
Sub Main()
  Dim T As String
  Dim N
  For T = 1 To 2
    N = N + 1
  Next T
End Sub
