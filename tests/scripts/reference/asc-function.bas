' Asc function — VBA reference: Language/Reference/User-Interface-Help/asc-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/asc-function)
Dim R
' Page example: "MyNumber = Asc("A")    ' Returns 65."
'! para=1 => var:R=65
' Page example: "MyNumber = Asc("a")    ' Returns 97."
'! para=2 => var:R=97
' Page example: "MyNumber = Asc("Apple")    ' Returns 65."
'! para=3 => var:R=65
' Page: "Returns an Integer representing the character code corresponding to the first letter in a string."
'! para=4 => var:R="Integer"
Sub Main()
  Select Case Para1
    Case 1: R = Asc("A")
    Case 2: R = Asc("a")
    Case 3: R = Asc("Apple")
    Case 4: R = TypeName(Asc("A"))
  End Select
End Sub
