' On Error statement — VBA reference: Language/Reference/User-Interface-Help/on-error-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/on-error-statement)
' Page: "The specified line must be in the same procedure as the On Error statement; otherwise, a compile-time error occurs."
'! => compile-error=6
Sub Main()
  On Error GoTo OtherHandler
End Sub

Sub Other()
OtherHandler:
End Sub
