' Let statement — VBA reference: Language/Reference/User-Interface-Help/let-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/let-statement)
Dim MyStr
Dim MyInt
Dim R
' Page example: "Let MyStr = "Hello World""
'! para=1 => var:MyStr="Hello World"
' Page example: "Let MyInt = 5"
'! para=1 => var:MyInt=5
' Page example: "The following are the same assignments without the Let statement." MyStr = "Hello World"
'! para=2 => var:MyStr="Hello World"
' Same: MyInt = 5
'! para=2 => var:MyInt=5
' Page: "Assigning an expression of one numeric type to a variable of a different numeric type coerces the value of the expression into the numeric type of the resulting variable." — a Double 7 into a Long
'! para=3 => var:R="Long 7"
' Page: "only a Variant whose value can be interpreted as a number can be assigned to a numeric variable" — the Variant "42" into an Integer
'! para=4 => var:R="Integer 42"
' Page: "Any Variant except a Null can be assigned to a string variable" — the Variant 12 into a String
'! para=5 => var:R="String 12"
' Page: "Variant variables can be assigned to either string or numeric expressions."
'! para=6 => var:R="String Double"
Sub Main()
  Dim L As Long, I As Integer, S As String, V, D As Double
  Select Case Para1
    Case 1
      Let MyStr = "Hello World"
      Let MyInt = 5
    Case 2
      MyStr = "Hello World"
      MyInt = 5
    Case 3
      D = 7
      Let L = D
      R = TypeName(L) & " " & L
    Case 4
      V = "42"
      Let I = V
      R = TypeName(I) & " " & I
    Case 5
      V = 12
      Let S = V
      R = TypeName(S) & " " & S
    Case 6
      Let V = "abc"
      R = TypeName(V)
      Let V = 1.5
      R = R & " " & TypeName(V)
  End Select
End Sub
