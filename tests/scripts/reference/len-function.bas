' Len function — VBA reference: Language/Reference/User-Interface-Help/len-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/len-function)
Dim R
' Page example: "MyString = "Hello World" ... MyLen = Len(MyString)    ' Returns 11."
'! para=2 => var:R=11
' Page: "If string contains Null, Null is returned." — checked through IsNull.
'! para=4 => var:R=True
' Page: "If varname contains Null, Null is returned." — a Variant variable holding Null, checked through IsNull.
'! para=5 => var:R=True
' Page second example: "MyString = "ABc" ... MyLen = Len(MyString)  ' Returns 3 - 3 characters in the string."
'! para=6 => var:R=3
' Page: "If varname is a Variant, Len treats it the same as a String and always returns the number of characters it contains." — a Variant holding 12345 (5 characters).
'! para=7 => var:R=5
' Page: "Returns a Long containing the number of characters in a string".
'! para=8 => var:R="Long"
Sub Main()
  Dim MyInt As Integer, MyCur As Currency
  Dim MyString, V
  Select Case Para1
    Case 1: R = Len(MyInt)
    Case 2: MyString = "Hello World": R = Len(MyString)
    Case 3: R = Len(MyCur)
    Case 4: R = IsNull(Len(Null))
    Case 5: V = Null: R = IsNull(Len(V))
    Case 6: MyString = "ABc": R = Len(MyString)
    Case 7: V = 12345: R = Len(V)
    Case 8: R = TypeName(Len("Hello World"))
  End Select
End Sub
' Page example: "Dim MyInt As Integer ... MyLen = Len(MyInt)    ' Returns 2."
'! para=1 => var:R=2
' Page example: "Dim MyCur As Currency ... MyLen = Len(MyCur)    ' Returns 8."
'! para=3 => var:R=8
