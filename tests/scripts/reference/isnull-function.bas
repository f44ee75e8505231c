' IsNull function — VBA reference: Language/Reference/User-Interface-Help/isnull-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/isnull-function)
Dim R
' Page example: "Dim MyVar, MyCheck / MyCheck = IsNull(MyVar)    ' Returns False."
'! para=1 => var:R=False
' Page example: "MyVar = "" / MyCheck = IsNull(MyVar)    ' Returns False."
'! para=2 => var:R=False
' Page example: "MyVar = Null / MyCheck = IsNull(MyVar)    ' Returns True."
'! para=3 => var:R=True
' Page remark: "If expression consists of more than one variable, Null in any constituent variable causes True to be returned for the entire expression."
'! para=4 => var:R=True
' Page: "Expressions that you might expect to evaluate to True under some circumstances, such as If Var = Null and If Var <> Null, are always False." (Var is Null here)
'! para=5 => var:R="else"
' Same, "If Var <> Null" with Var = 1.
'! para=6 => var:R="else"
' Page: "Returns a Boolean value"
'! para=7 => var:R="Boolean"
Sub Main()
  Dim MyVar, Other
  Select Case Para1
    Case 1: R = IsNull(MyVar)
    Case 2
      MyVar = ""
      R = IsNull(MyVar)
    Case 3
      MyVar = Null
      R = IsNull(MyVar)
    Case 4
      MyVar = 1
      Other = Null
      R = IsNull(MyVar + Other)
    Case 5
      MyVar = Null
      If MyVar = Null Then R = "then" Else R = "else"
    Case 6
      MyVar = 1
      If MyVar <> Null Then R = "then" Else R = "else"
    Case 7: R = TypeName(IsNull(MyVar))
  End Select
End Sub
