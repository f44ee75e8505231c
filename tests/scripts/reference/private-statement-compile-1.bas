' Private statement — VBA reference: Language/Reference/User-Interface-Help/private-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/private-statement)
' Page note: "The Private statement cannot be used inside a procedure; use the Dim statement to declare local variables." (invalid-inside-procedure.md: "The statement can't occur in a Sub or Function procedure.")
'! => compile-error=6
Sub Main()
  Private Inside As Integer
End Sub
