' String function — VBA reference: Language/Reference/User-Interface-Help/string-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/string-function)
Dim R
' Page: number "If number contains Null, Null is returned." — checked through IsNull.
' xbas gives: Empty (the run ends with error 94 "Invalid use of Null" at String(Null, "*"))
'! para=4 => var:R=True
' Page: "If you specify a number for character greater than 255, String converts the number to a valid character code by using this formula: character Mod 256." — 298 Mod 256 = 42 ("*").
' xbas gives: "ĪĪĪĪĪ" (character 298 itself, not 298 Mod 256 = 42)
'! para=6 => var:R="*****"
Sub Main()
  Select Case Para1
    Case 1: R = String(5, "*")
    Case 2: R = String(5, 42)
    Case 3: R = String(10, "ABC")
    Case 4: R = IsNull(String(Null, "*"))
    Case 5: R = IsNull(String(5, Null))
    Case 6: R = String(5, 298)
  End Select
End Sub
