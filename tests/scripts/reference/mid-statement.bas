' Mid statement — VBA reference: Language/Reference/User-Interface-Help/mid-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/mid-statement)
' The page example is one sequence of statements; case N runs its first N Mid statements.
Dim R
' Page example: "MyString = "The dog jumps" ... Mid(MyString, 5, 3) = "fox" ' MyString = "The fox jumps"."
'! para=1 => var:R="The fox jumps"
' Page example: "Mid(MyString, 5) = "cow" ' MyString = "The cow jumps"."
'! para=2 => var:R="The cow jumps"
' Page example: "Mid(MyString, 5) = "cow jumped over" ' MyString = "The cow jumpe"."
'! para=3 => var:R="The cow jumpe"
' Page example: "Mid(MyString, 5, 3) = "duck" ' MyString = "The duc jumpe"."
'! para=4 => var:R="The duc jumpe"
' Page: "The number of characters replaced is always less than or equal to the number of characters in stringvar." — the length stays 13 after the third statement.
'! para=5 => var:R=13
Sub Main()
  Dim MyString
  MyString = "The dog jumps"
  Mid(MyString, 5, 3) = "fox"
  If Para1 >= 2 Then Mid(MyString, 5) = "cow"
  If Para1 >= 3 Then Mid(MyString, 5) = "cow jumped over"
  If Para1 = 4 Then Mid(MyString, 5, 3) = "duck"
  R = MyString
  If Para1 = 5 Then R = Len(MyString)
End Sub
