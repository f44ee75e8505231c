' GoTo statement — VBA reference: Language/Reference/User-Interface-Help/goto-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/goto-statement)
' Page: "GoTo can branch only to lines within the procedure where it appears." (label-not-defined.md: "Label not defined ...
' The label must be within the procedure that contains the reference.")
'! => compile-error=7
Sub Main()
  GoTo Elsewhere
End Sub

Sub Other()
Elsewhere:
End Sub
