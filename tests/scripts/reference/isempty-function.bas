' IsEmpty function — VBA reference: Language/Reference/User-Interface-Help/isempty-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/isempty-function)
Dim R
' Page example: "Dim MyVar, MyCheck / MyCheck = IsEmpty(MyVar)    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyVar = Null    ' Assign Null. / MyCheck = IsEmpty(MyVar)    ' Returns False."
'! para=2 => var:R=False
' Page example: "MyVar = Empty    ' Assign Empty. / MyCheck = IsEmpty(MyVar)    ' Returns True."
'! para=3 => var:R=True
' Page remark: "IsEmpty returns True if the variable is uninitialized, or is explicitly set to Empty; otherwise, it returns False." (MyVar = 0)
'! para=4 => var:R=False
' Same remark, MyVar = "" (a zero-length string is not Empty).
'! para=5 => var:R=False
' Page remark: "False is always returned if expression contains more than one variable." (two uninitialized variables added)
'! para=6 => var:R=False
' Page: "Returns a Boolean value"
'! para=7 => var:R="Boolean"
Sub Main()
  Dim MyVar, Other
  Select Case Para1
    Case 1: R = IsEmpty(MyVar)
    Case 2
      MyVar = Null
      R = IsEmpty(MyVar)
    Case 3
      MyVar = Null
      MyVar = Empty
      R = IsEmpty(MyVar)
    Case 4
      MyVar = 0
      R = IsEmpty(MyVar)
    Case 5
      MyVar = ""
      R = IsEmpty(MyVar)
    Case 6: R = IsEmpty(MyVar + Other)
    Case 7: R = TypeName(IsEmpty(MyVar))
  End Select
End Sub
