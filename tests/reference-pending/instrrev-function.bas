' InStrRev function — VBA reference: Language/Reference/User-Interface-Help/instrrev-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/instrrev-function)
Dim R
' Return values table: "start > Len(stringcheck) | 0" — start 7, Len 6.
' xbas gives: 4
'! para=7 => var:R=0
Sub Main()
  Select Case Para1
    Case 1: R = InStrRev("", "a")
    Case 2: R = IsNull(InStrRev(Null, "a"))
    Case 3: R = InStrRev("abcabc", "", 4)
    Case 4: R = IsNull(InStrRev("abcabc", Null))
    Case 5: R = InStrRev("abcabc", "d")
    Case 6: R = InStrRev("abcabc", "bc")
    Case 7: R = InStrRev("abcabc", "a", 7)
    Case 8: R = InStrRev("abcabc", "bc", 5)
    Case 9: R = InStrRev("abcabc", "bc", 6)
    Case 10: R = InStrRev("abcabc", "bc", -1)
    Case 11: R = InStrRev("XXpXXpXXPXXP", "p")
    Case 12: R = InStrRev("XXpXXpXXPXXP", "p", -1, vbTextCompare)
    Case 13: R = InStrRev("XXpXXpXXPXXP", "p", -1, vbBinaryCompare)
  End Select
End Sub
