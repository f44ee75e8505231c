' InStrRev function — VBA reference: Language/Reference/User-Interface-Help/instrrev-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/instrrev-function)
Dim R
' Return values table: "stringcheck is zero-length | 0"
'! para=1 => var:R=0
' Return values table: "stringcheck is Null | Null" — checked through IsNull.
'! para=2 => var:R=True
' Return values table: "stringmatch is zero-length | start" — start = 4.
'! para=3 => var:R=4
' Return values table: "stringmatch is Null | Null" — checked through IsNull.
'! para=4 => var:R=True
' Return values table: "stringmatch is not found | 0"
'! para=5 => var:R=0
' Return values table: "stringmatch is found within stringcheck | Position at which match is found" — the search runs "from the end of the string", so "bc" in "abcabc" is found at 5.
'! para=6 => var:R=5
' Remarks: "InstrRev will not find an instance of stringmatch unless the position of the end character of stringmatch is less than or equal to start." — start 5: the "bc" ending at 6 is skipped, the one at 2 (ending at 3) is found.
'! para=8 => var:R=2
' Remarks (same rule): start 6, the "bc" at 5 ends at 6 <= 6 and is found.
'! para=9 => var:R=5
' Page: start "If omitted, -1 is used, which means that the search begins at the last character position." — explicit -1 gives the same as omitted.
'! para=10 => var:R=5
' Page: compare "If omitted, a binary comparison is performed." — "p" in "XXpXXpXXPXXP" matches only the lowercase p at 6.
'! para=11 => var:R=6
' Settings table: "vbTextCompare | 1 | Performs a textual comparison." — the last "P" (position 12) matches "p".
'! para=12 => var:R=12
' Settings table: "vbBinaryCompare | 0 | Performs a binary comparison."
'! para=13 => var:R=6
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
' Return values table: "start > Len(stringcheck) | 0" — start 7, Len 6.
'! para=7 => var:R=0
