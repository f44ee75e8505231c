' IsArray function — VBA reference: Language/Reference/User-Interface-Help/isarray-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/isarray-function)
Dim R
' Page example: "Dim MyArray(1 To 5) As Integer ... MyCheck = IsArray(MyArray)    ' Returns True."
'! para=1 => var:R=True
' Page example: "YourArray = Array(1, 2, 3)    ' Use Array function. / MyCheck = IsArray(YourArray)    ' Returns True."
'! para=2 => var:R=True
' Page remark: "IsArray returns True if the variable is an array; otherwise, it returns False." (a Variant holding 5)
'! para=3 => var:R=False
' Same remark, an uninitialized Variant.
'! para=4 => var:R=False
' Page: "Returns a Boolean value"
'! para=5 => var:R="Boolean"
Sub Main()
  Dim MyArray(1 To 5) As Integer, YourArray, MyCheck
  Select Case Para1
    Case 1: R = IsArray(MyArray)
    Case 2
      YourArray = Array(1, 2, 3)
      R = IsArray(YourArray)
    Case 3
      MyCheck = 5
      R = IsArray(MyCheck)
    Case 4: R = IsArray(YourArray)
    Case 5: R = TypeName(IsArray(MyArray))
  End Select
End Sub
