' Right function — VBA reference: Language/Reference/User-Interface-Help/right-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/right-function)
Dim R
' Page example: "MyStr = Right(AnyString, 1)    ' Returns "d"." (AnyString = "Hello World")
'! para=1 => var:R="d"
' Page example: "MyStr = Right(AnyString, 6)    ' Returns " World"."
'! para=2 => var:R=" World"
' Page example: "MyStr = Right(AnyString, 20)   ' Returns "Hello World"."
'! para=3 => var:R="Hello World"
' Page: "If string contains Null, Null is returned." — checked through IsNull.
'! para=4 => var:R=True
' Page: length "If 0, a zero-length string ("") is returned."
'! para=5 => var:R=""
' Page: length "If greater than or equal to the number of characters in string, the entire string is returned." — length equal to Len (11).
'! para=6 => var:R="Hello World"
Sub Main()
  Dim AnyString
  AnyString = "Hello World"
  Select Case Para1
    Case 1: R = Right(AnyString, 1)
    Case 2: R = Right(AnyString, 6)
    Case 3: R = Right(AnyString, 20)
    Case 4: R = IsNull(Right(Null, 1))
    Case 5: R = Right(AnyString, 0)
    Case 6: R = Right(AnyString, 11)
  End Select
End Sub
