' LCase function — VBA reference: Language/Reference/User-Interface-Help/lcase-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/lcase-function)
Dim R
' Page example: "Uppercase = "Hello World 1234" ... Lowercase = Lcase(UpperCase)    ' Returns "hello world 1234"."
'! para=1 => var:R="hello world 1234"
' Page: "If string contains Null, Null is returned." — checked through IsNull.
'! para=2 => var:R=True
' Page: "Only uppercase letters are converted to lowercase; all lowercase letters and nonletter characters remain unchanged."
'! para=3 => var:R="abc, def! 1-2"
' Page: "Returns a String that has been converted to lowercase."
'! para=4 => var:R="String"
Sub Main()
  Dim UpperCase
  UpperCase = "Hello World 1234"
  Select Case Para1
    Case 1: R = LCase(UpperCase)
    Case 2: R = IsNull(LCase(Null))
    Case 3: R = LCase("aBC, dEf! 1-2")
    Case 4: R = TypeName(LCase(UpperCase))
  End Select
End Sub
