' UCase function — VBA reference: Language/Reference/User-Interface-Help/ucase-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/ucase-function)
Dim R
' Page example: "LowerCase = "Hello World 1234" ... UpperCase = UCase(LowerCase)    ' Returns "HELLO WORLD 1234"."
'! para=1 => var:R="HELLO WORLD 1234"
' Page: "If string contains Null, Null is returned." — checked through IsNull.
'! para=2 => var:R=True
' Page: "Only lowercase letters are converted to uppercase; all uppercase letters and nonletter characters remain unchanged."
'! para=3 => var:R="ABC, DEF! 1-2"
' Page: "Returns a Variant (String) containing the specified string, converted to uppercase."
'! para=4 => var:R="String"
Sub Main()
  Dim LowerCase
  LowerCase = "Hello World 1234"
  Select Case Para1
    Case 1: R = UCase(LowerCase)
    Case 2: R = IsNull(UCase(Null))
    Case 3: R = UCase("aBC, dEf! 1-2")
    Case 4: R = TypeName(UCase(LowerCase))
  End Select
End Sub
