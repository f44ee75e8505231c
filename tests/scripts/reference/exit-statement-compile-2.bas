' Exit statement — VBA reference: Language/Reference/User-Interface-Help/exit-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/exit-statement)
' Page: "Exit For ... It can be used only in a For...Next or For Each...Next loop." — inside a Do loop only
'! => compile-error=7
Sub Main()
  Do
    Exit For
  Loop
End Sub
