' String function — VBA reference: Language/Reference/User-Interface-Help/string-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/string-function)
Dim R
' Page example: "MyString = String(5, "*")    ' Returns "*****"."
'! para=1 => var:R="*****"
' Page example: "MyString = String(5, 42)    ' Returns "*****"."
'! para=2 => var:R="*****"
' Page example: "MyString = String(10, "ABC")    ' Returns "AAAAAAAAAA"."
'! para=3 => var:R="AAAAAAAAAA"
' Page: character "If character contains Null, Null is returned." — checked through IsNull.
'! para=5 => var:R=True
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
' Page: number "If number contains Null, Null is returned." — checked through IsNull.
'! para=4 => var:R=True
' Page: "If you specify a number for character greater than 255, String converts the number to a valid character code by using this formula: character Mod 256." — 298 Mod 256 = 42 ("*").
'! para=6 => var:R="*****"
