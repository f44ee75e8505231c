' Rem statement — VBA reference: Language/Reference/User-Interface-Help/rem-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/rem-statement)
' Page: "If the Rem keyword follows other statements on a line, it must be separated from the statements by a colon (:)."
'! => compile-error=7
Sub Main()
  Dim MyStr1
  MyStr1 = "Hello" Rem Comment after a statement without a colon.
End Sub
