' Select Case statement — VBA reference: Language/Reference/User-Interface-Help/select-case-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/select-case-statement)
Dim R
' Page example: "Number = 8 ... Case 6, 7, 8 ' Number between 6 and 8. Debug.Print "Between 6 and 8""
'! para=1,8 => output="Between 6 and 8\n"
' Page example, "Case 1 To 5 ' Number between 1 and 5, inclusive."
'! para=1,5 => output="Between 1 and 5\n"
' Page example, "Case 9 To 10 ' Number is 9 or 10."
'! para=1,10 => output="Greater than 8\n"
' Page example, "Case Else ' Other values."
'! para=1,11 => output="Not between 1 and 10\n"
' Page: "Case 1 To 4, 7 To 9, 11, 13, Is > MaxNumber" — 8 matches the range 7 To 9
'! para=2,8 => var:R="match"
' Same Case line: 13 matches the single value 13
'! para=2,13 => var:R="match"
' Same Case line: 100 matches "Is > MaxNumber" (MaxNumber = 50)
'! para=2,100 => var:R="match"
' Same Case line: 5 matches none of the parts
'! para=2,5 => var:R="no match"
' Page: "Case "everything", "nuts" To "soup", TestItem" matches strings "that fall between nuts and soup in alphabetic order" — "pie"
'! para=3,1 => var:R="match"
' Same Case line: exactly equal to "everything"
'! para=3,2 => var:R="match"
' Same Case line: the current value of TestItem (TestItem = "zebra")
'! para=3,3 => var:R="match"
' Same Case line: "apple" is before "nuts" and is neither "everything" nor TestItem
'! para=3,4 => var:R="no match"
' Page: "If testexpression matches an expressionlist expression in more than one Case clause, only the statements following the first match are executed."
'! para=4 => var:R="first"
' Page: "If no Case expressionlist matches testexpression and there is no Case Else statement, execution continues at the statement following End Select."
'! para=5 => var:R="after"
' Page: "Select Case statements can be nested."
'! para=6 => var:R="inner 2"
Sub Main()
  Dim Number, MaxNumber, TestItem, S
  Select Case Para1
    Case 1
      Number = Para2
      Select Case Number
        Case 1 To 5
          Debug.Print "Between 1 and 5"
        Case 6, 7, 8
          Debug.Print "Between 6 and 8"
        Case 9 To 10
          Debug.Print "Greater than 8"
        Case Else
          Debug.Print "Not between 1 and 10"
      End Select
    Case 2
      MaxNumber = 50
      R = "no match"
      Select Case Para2
        Case 1 To 4, 7 To 9, 11, 13, Is > MaxNumber
          R = "match"
      End Select
    Case 3
      TestItem = "zebra"
      S = Choose(Para2, "pie", "everything", "zebra", "apple")
      R = "no match"
      Select Case S
        Case "everything", "nuts" To "soup", TestItem
          R = "match"
      End Select
    Case 4
      Select Case 3
        Case 1 To 5
          R = "first"
        Case 3
          R = "second"
      End Select
    Case 5
      R = "before"
      Select Case 99
        Case 1
          R = "one"
      End Select
      If R = "before" Then R = "after"
    Case 6
      Select Case 1
        Case 1
          Select Case 2
            Case 1
              R = "inner 1"
            Case 2
              R = "inner 2"
          End Select
        Case Else
          R = "outer else"
      End Select
  End Select
End Sub
