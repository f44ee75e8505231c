' Str function — VBA reference: Language/Reference/User-Interface-Help/str-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/str-function)
Dim R
' Page example: "MyString = Str(459)    ' Returns " 459"."
'! para=1 => var:R=" 459"
' Page example: "MyString = Str(-459.65)    ' Returns "-459.65"."
'! para=2 => var:R="-459.65"
' Page example: "MyString = Str(459.001)    ' Returns " 459.001"."
'! para=3 => var:R=" 459.001"
' Page: "Returns a Variant (String) representation of a number."
'! para=4 => var:R="String"
' Page: "If number is positive, the returned string contains a leading space and the plus sign is implied." (Str(7) is " 7")
'! para=5 => var:R=" 7"
' Page note: "The Str function recognizes only the period ( . ) as a valid decimal separator."
'! para=6 => var:R=" 2.5"
Sub Main()
  Select Case Para1
    Case 1: R = Str(459)
    Case 2: R = Str(-459.65)
    Case 3: R = Str(459.001)
    Case 4: R = TypeName(Str(459))
    Case 5: R = Str(7)
    Case 6: R = Str(2.5)
  End Select
End Sub
