' InStr function — VBA reference: Language/Reference/User-Interface-Help/instr-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/instr-function)
Dim R
' Page example: "' A textual comparison starting at position 4. Returns 6.  MyPos = Instr(4, SearchString, SearchChar, 1)" (SearchString = "XXpXXpXXPXXP", SearchChar = "P")
'! para=1 => var:R=6
' Page example: "' A binary comparison starting at position 1. Returns 9.  MyPos = Instr(1, SearchString, SearchChar, 0)"
'! para=2 => var:R=9
' Page example: "' Comparison is binary by default (last argument is omitted).  MyPos = Instr(SearchString, SearchChar)    ' Returns 9."
'! para=3 => var:R=9
' Page example: "MyPos = Instr(1, SearchString, "W")    ' Returns 0."
'! para=4 => var:R=0
' Return values table: "string1 is zero-length | 0"
'! para=5 => var:R=0
' Return values table: "string1 is Null | Null" — checked through IsNull.
'! para=6 => var:R=True
' Return values table: "string2 is zero-length | start" — start = 3.
'! para=7 => var:R=3
' Return values table: "string2 is Null | Null" — checked through IsNull.
'! para=8 => var:R=True
' Return values table: "string2 is not found | 0"
'! para=9 => var:R=0
' Return values table: "string2 is found within string1 | Position at which match is found" — "ca" in "abcabc" starts at 3.
'! para=10 => var:R=3
' Return values table: "start > string2 | 0" — start 13 is greater than both Len(string2) = 1 and Len(string1) = 12.
'! para=11 => var:R=0
' Page: "Returns a Variant (Long)".
'! para=12 => var:R="Long"
' Settings table: "vbTextCompare | 1 | Performs a textual comparison." — the page's first example with the constant.
'! para=13 => var:R=6
' Settings table: "vbBinaryCompare | 0 | Performs a binary comparison." — the page's second example with the constant.
'! para=14 => var:R=9
Sub Main()
  Dim SearchString, SearchChar
  SearchString = "XXpXXpXXPXXP"
  SearchChar = "P"
  Select Case Para1
    Case 1: R = InStr(4, SearchString, SearchChar, 1)
    Case 2: R = InStr(1, SearchString, SearchChar, 0)
    Case 3: R = InStr(SearchString, SearchChar)
    Case 4: R = InStr(1, SearchString, "W")
    Case 5: R = InStr("", SearchChar)
    Case 6: R = IsNull(InStr(Null, SearchChar))
    Case 7: R = InStr(3, SearchString, "")
    Case 8: R = IsNull(InStr(SearchString, Null))
    Case 9: R = InStr("abcabc", "d")
    Case 10: R = InStr("abcabc", "ca")
    Case 11: R = InStr(13, SearchString, SearchChar)
    Case 12: R = TypeName(InStr(SearchString, SearchChar))
    Case 13: R = InStr(4, SearchString, SearchChar, vbTextCompare)
    Case 14: R = InStr(1, SearchString, SearchChar, vbBinaryCompare)
  End Select
End Sub
