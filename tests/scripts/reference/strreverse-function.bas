' StrReverse function — VBA reference: Language/Reference/User-Interface-Help/strreverse-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/strreverse-function)
Dim R
' Page: "Returns a string in which the character order of a specified string is reversed."
'! para=1 => var:R="olleH"
' Page: "If expression is a zero-length string (""), a zero-length string is returned."
'! para=2 => var:R=""
' Page: "the character order ... is reversed" — a one-character string stays the same.
'! para=3 => var:R="x"
Sub Main()
  Select Case Para1
    Case 1: R = StrReverse("Hello")
    Case 2: R = StrReverse("")
    Case 3: R = StrReverse("x")
    Case 4
      On Error Resume Next
      R = StrReverse(Null)
      R = (Err.Number <> 0)
  End Select
End Sub
' Page: "If expression is Null, an error occurs." (the page gives no number; xbas raises 94, Invalid use of Null)
'! para=4 => var:R=True
