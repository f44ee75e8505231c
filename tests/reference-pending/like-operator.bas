' Like operator — VBA reference: Language/Reference/User-Interface-Help/like-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/like-operator)
' The module has no Option Compare statement, so the page's default "Option Compare Binary" applies.
Dim R
' Page example: "MyCheck = "a [xyz" Like "a [*"    ' Throws Error 93 (invalid pattern string)."
' xbas gives: result=0 (no error; the Like evaluates to False)
'! para=12 => error=93
' Page: "The character sequence [] is considered a zero-length string ("")."
' xbas gives: False
'! para=19 => var:R=True
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
