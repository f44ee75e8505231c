' Like operator — VBA reference: Language/Reference/User-Interface-Help/like-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/like-operator)
' The module has no Option Compare statement, so the page's default "Option Compare Binary" applies.
Dim R
' Page example: "MyCheck = "aBBBa" Like "a*a"    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyCheck = "F" Like "[A-Z]"    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyCheck = "F" Like "[!A-Z]"    ' Returns False."
'! para=3 => var:R=False
' Page example: "MyCheck = "a2a" Like "a#a"    ' Returns True."
'! para=4 => var:R=True
' Page example: "MyCheck = "aM5b" Like "a[L-P]#[!c-e]"    ' Returns True."
'! para=5 => var:R=True
' Page example: "MyCheck = "BAT123khg" Like "B?T*"    ' Returns True."
'! para=6 => var:R=True
' Page example: "MyCheck = "CAT123khg" Like "B?T*"    ' Returns False."
'! para=7 => var:R=False
' Page example: "MyCheck = "ab" Like "a*b"    ' Returns True."
'! para=8 => var:R=True
' Page example: "MyCheck = "a*b" Like "a [*]b"    ' Returns False."
'! para=9 => var:R=False
' Page example: "MyCheck = "axxxxxb" Like "a [*]b"    ' Returns False."
'! para=10 => var:R=False
' Page example: "MyCheck = "a [xyz" Like "a [[]*"    ' Returns True."
'! para=11 => var:R=True
' Page: "If either string or pattern is Null, result is Null." — string Null, checked through IsNull.
'! para=13 => var:R=True
' Page (same sentence): pattern Null, checked through IsNull.
'! para=14 => var:R=True
' Page: "When used outside brackets, the exclamation point matches itself."
'! para=15 => var:R=True
' Page: "A hyphen (-) can appear either at the beginning (after an exclamation point if one is used) or at the end of charlist to match itself." — at the beginning.
'! para=16 => var:R=True
' Page (same rule): at the end of charlist.
'! para=17 => var:R=True
' Page (same rule): after an exclamation point, so "-" is excluded and does not match.
'! para=18 => var:R=False
' Page: "The right bracket (]) ... can be used outside a group as an individual character."
'! para=20 => var:R=True
' Page: "To match the special characters left bracket ([), question mark (?), number sign (#), and asterisk (*), enclose them in brackets." — "?".
'! para=21 => var:R=True
' Page (same note): "[?]" matches only a question mark, not any character.
'! para=22 => var:R=False
' Page (same note): "#".
'! para=23 => var:R=True
' Page (same note): "*" — "[*]" matches a single asterisk.
'! para=24 => var:R=True
' Page: "Using the Option Compare Binary example, the range [A-E] matches A, B and E." — "E".
'! para=25 => var:R=True
' Page: binary sort order "A < B < E < Z < a < b < e < z" — lowercase "a" is outside [A-E] under Option Compare Binary.
'! para=26 => var:R=False
' Page: "Multiple ranges are included within the brackets without delimiters."
'! para=27 => var:R=True
' Pattern table: "# | Any single digit (0-9)." — a letter is not a digit.
'! para=28 => var:R=False
' Pattern table: "? | Any single character." — "?" does not match two characters.
'! para=29 => var:R=False
' Pattern table: "* | Zero or more characters." — zero characters.
'! para=30 => var:R=True
' Page: "If string matches pattern, result is True; if there is no match, result is False." — the result is a Boolean.
'! para=31 => var:R="Boolean"
Sub Main()
  Dim MyCheck
  Select Case Para1
    Case 1: R = "aBBBa" Like "a*a"
    Case 2: R = "F" Like "[A-Z]"
    Case 3: R = "F" Like "[!A-Z]"
    Case 4: R = "a2a" Like "a#a"
    Case 5: R = "aM5b" Like "a[L-P]#[!c-e]"
    Case 6: R = "BAT123khg" Like "B?T*"
    Case 7: R = "CAT123khg" Like "B?T*"
    Case 8: R = "ab" Like "a*b"
    Case 9: R = "a*b" Like "a [*]b"
    Case 10: R = "axxxxxb" Like "a [*]b"
    Case 11: R = "a [xyz" Like "a [[]*"
    Case 12: R = "a [xyz" Like "a [*"
    Case 13: R = IsNull(Null Like "a*")
    Case 14: R = IsNull("abc" Like Null)
    Case 15: R = "a!" Like "a!"
    Case 16: R = "-" Like "[-a]"
    Case 17: R = "-" Like "[a-]"
    Case 18: R = "-" Like "[!-a]"
    Case 19: R = "ab" Like "a[]b"
    Case 20: R = "a]" Like "a]"
    Case 21: R = "a?" Like "a[?]"
    Case 22: R = "ab" Like "a[?]"
    Case 23: R = "#1" Like "[#]#"
    Case 24: R = "a*" Like "a[*]"
    Case 25: R = "E" Like "[A-E]"
    Case 26: R = "a" Like "[A-E]"
    Case 27: R = "x" Like "[a-cx-z]"
    Case 28: R = "a" Like "#"
    Case 29: R = "ab" Like "?"
    Case 30: R = "abc" Like "abc*"
    Case 31: MyCheck = "ab" Like "a*b": R = TypeName(MyCheck)
  End Select
End Sub
' Page example: "MyCheck = "a [xyz" Like "a [*"    ' Throws Error 93 (invalid pattern string)."
'! para=12 => error=93
' Page: "The character sequence [] is considered a zero-length string ("")."
'! para=19 => var:R=True
