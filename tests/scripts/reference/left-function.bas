' Left function — VBA reference: Language/Reference/User-Interface-Help/left-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/left-function)
Dim R
' Page example: "MyStr = Left(AnyString, 1)   ' Returns "H"." (AnyString = "Hello World")
'! para=1 => var:R="H"
' Page example: "MyStr = Left(AnyString, 7)   ' Returns "Hello W"."
'! para=2 => var:R="Hello W"
' Page example: "MyStr = Left(AnyString, 20)  ' Returns "Hello World"."
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
    Case 1: R = Left(AnyString, 1)
    Case 2: R = Left(AnyString, 7)
    Case 3: R = Left(AnyString, 20)
    Case 4: R = IsNull(Left(Null, 1))
    Case 5: R = Left(AnyString, 0)
    Case 6: R = Left(AnyString, 11)
  End Select
End Sub
