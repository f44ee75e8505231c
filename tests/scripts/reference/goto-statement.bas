' GoTo statement — VBA reference: Language/Reference/User-Interface-Help/goto-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/goto-statement)
Dim R
' Page example: "Number = 1 ... If Number = 1 Then GoTo Line1 Else GoTo Line2 ... Debug.Print MyString ' Print "Number equals 1""
'! para=1 => output="Number equals 1\n"
' Same example with Number = 2: the Else branch goes to Line2
'! para=2 => output="Number equals 2\n"
' Page: "The required line argument can be any line label or line number." — a line number as target
'! para=3 => var:R="numbered"
' Page: GoTo "Branches unconditionally to a specified line" — a backward jump builds a loop
'! para=4 => var:R=3
Sub Main()
  Select Case Para1
    Case 1, 2
      GotoStatementDemo Para1
    Case 3
      GoTo 100
      R = "skipped"
      Exit Sub
100   R = "numbered"
    Case 4
      R = 0
Again:
      R = R + 1
      If R < 3 Then GoTo Again
  End Select
End Sub

Sub GotoStatementDemo(Start)
  Dim Number, MyString
  Number = Start
  If Number = 1 Then GoTo Line1 Else GoTo Line2
Line1:
  MyString = "Number equals 1"
  GoTo LastLine
Line2:
  MyString = "Number equals 2"
LastLine:
  Debug.Print MyString
End Sub
