' Space function — VBA reference: Language/Reference/User-Interface-Help/space-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/space-function)
Dim R
' Page example: "' Returns a string with 10 spaces.  MyString = Space(10)"
'! para=1 => var:R="          "
' Page example: "' Insert 10 spaces between two strings.  MyString = "Hello" & Space(10) & "World""
'! para=2 => var:R="Hello          World"
' Page: "Returns a Variant (String) consisting of the specified number of spaces." — Len(Space(10)).
'! para=3 => var:R=10
Sub Main()
  Select Case Para1
    Case 1: R = Space(10)
    Case 2: R = "Hello" & Space(10) & "World"
    Case 3: R = Len(Space(10))
  End Select
End Sub
