' Exit statement — VBA reference: Language/Reference/User-Interface-Help/exit-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/exit-statement)
' Page: "Exit Do ... It can be used only inside a Do...Loop statement." (exit-do-not-within-doloop.md: "Exit Do is only valid within a Do...Loop statement.")
'! => compile-error=8
Sub Main()
  Dim I
  For I = 1 To 2
    Exit Do
  Next I
End Sub
