' Public statement — VBA reference: Language/Reference/User-Interface-Help/public-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/public-statement)
' Page: "Used at the module level to declare public variables" (invalid-inside-procedure.md: "The statement can't occur in a Sub or Function procedure. ... One of the following statements appears in a procedure: ... Private, Public, ...")
'! => compile-error=6
Sub Main()
  Public Inside As Integer
End Sub
