' Mid function — VBA reference: Language/Reference/User-Interface-Help/mid-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/mid-function)
Dim R
' Page example: "FirstWord = Mid(MyString, 1, 3)    ' Returns "Mid"." (MyString = "Mid Function Demo")
'! para=1 => var:R="Mid"
' Page example: "LastWord = Mid(MyString, 14, 4)    ' Returns "Demo"."
'! para=2 => var:R="Demo"
' Page example: "MidWords = Mid(MyString, 5)    ' Returns "Function Demo"."
'! para=3 => var:R="Function Demo"
' Page: "If string contains Null, Null is returned." — checked through IsNull.
'! para=4 => var:R=True
' Page: "If start is greater than the number of characters in string, Mid returns a zero-length string ("")."
'! para=5 => var:R=""
' Page: "if there are fewer than length characters in the text (including the character at start), all characters from the start position to the end of the string are returned."
'! para=6 => var:R="Demo"
' Page second example: "MyString = "AbCdEfG" ... MyNewString = Mid(MyString, 3, 4)  ' Returns "CdEf""
'! para=7 => var:R="CdEf"
Sub Main()
  Dim MyString
  MyString = "Mid Function Demo"
  Select Case Para1
    Case 1: R = Mid(MyString, 1, 3)
    Case 2: R = Mid(MyString, 14, 4)
    Case 3: R = Mid(MyString, 5)
    Case 4: R = IsNull(Mid(Null, 1, 3))
    Case 5: R = Mid(MyString, 20, 2)
    Case 6: R = Mid(MyString, 14, 10)
    Case 7: R = Mid("AbCdEfG", 3, 4)
  End Select
End Sub
