' Replace function — VBA reference: Language/Reference/User-Interface-Help/replace-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/replace-function)
Dim R
' Return values table: "expression is zero-length | Zero-length string ("")"
'! para=1 => var:R=""
' Return values table: "find is zero-length | Copy of expression."
'! para=2 => var:R="abcabc"
' Return values table: "replace is zero-length | Copy of expression with all occurrences of find removed."
'! para=3 => var:R="acac"
' Return values table: "start > Len(expression) | Zero-length string."
'! para=4 => var:R=""
' Return values table: "count is 0 | Copy of expression."
'! para=5 => var:R="abcabc"
' Page: count "If omitted, the default value is -1, which means, make all possible substitutions."
'! para=6 => var:R="axcaxc"
' Page: count "Number of substring substitutions to perform." — count 1.
'! para=7 => var:R="axcabc"
' Remarks: "The return value ... is a string, with substitutions made, that begins at the position specified by start and concludes at the end of the expression string." — start 3 of "abcabc" leaves "cabc", then "b" -> "x".
'! para=8 => var:R="caxc"
' Settings table: "vbTextCompare | 1 | Performs a textual comparison." — "B" also matches "b".
'! para=9 => var:R="axcaxc"
' Settings table: "vbBinaryCompare | 0 | Performs a binary comparison." — "B" matches only the uppercase B.
'! para=10 => var:R="abcaxc"
Sub Main()
  Select Case Para1
    Case 1: R = Replace("", "a", "x")
    Case 2: R = Replace("abcabc", "", "x")
    Case 3: R = Replace("abcabc", "b", "")
    Case 4: R = Replace("abcabc", "b", "x", 7)
    Case 5: R = Replace("abcabc", "b", "x", 1, 0)
    Case 6: R = Replace("abcabc", "b", "x")
    Case 7: R = Replace("abcabc", "b", "x", 1, 1)
    Case 8: R = Replace("abcabc", "b", "x", 3)
    Case 9: R = Replace("abcaBc", "B", "x", 1, -1, vbTextCompare)
    Case 10: R = Replace("abcaBc", "B", "x", 1, -1, vbBinaryCompare)
    Case 11
      On Error Resume Next
      R = Replace(Null, "a", "b")
      R = (Err.Number <> 0)
  End Select
End Sub
' Return values: "expression is Null | An error." (the page gives no number; xbas raises 94, Invalid use of Null)
'! para=11 => var:R=True
