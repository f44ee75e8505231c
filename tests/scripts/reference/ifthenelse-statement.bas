' If...Then...Else statement — VBA reference: Language/Reference/User-Interface-Help/ifthenelse-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/ifthenelse-statement)
Dim R
Dim S
Dim A
Dim B
Dim C
' Page example: "Number = 53 ... ElseIf Number < 100 Then ' Condition evaluates to True so the next statement is executed. Digits = 2"
'! para=1 => var:R=2
' Page example: "If Digits = 1 Then MyString = "One" Else MyString = "More than one"" (Digits is 2)
'! para=1 => var:S="More than one"
' Page example block form with Number < 10: the statements following Then are executed (Digits = 1), single-line form gives "One".
'! para=2 => var:R=1
'! para=2 => var:S="One"
' Page: "If none of the ElseIf conditions are True ..., the statements following Else are executed" (Number = 500 gives Digits = 3)
'! para=3 => var:R=3
' Page: "If condition is Null, condition is treated as False."
'! para=4 => var:R="else"
' Page note: "If A > 10 Then A = A + 1 : B = B + A : C = C + B" — all statements on the line run when the condition is True (A = 11).
'! para=5 => var:A=12
'! para=5 => var:B=12
'! para=5 => var:C=12
' Same single-line statement with A = 5: none of the colon-separated statements run.
'! para=6 => var:A=5
'! para=6 => var:B=0
'! para=6 => var:C=0
' Page: "Block If statements can be nested"
'! para=7 => var:R="inner"
' Page: "each ElseIf condition (if any) is evaluated in turn. When a True condition is found, the statements immediately following the associated Then are executed" — only the first True ElseIf runs.
'! para=8 => var:R="second"
Sub Main()
  Dim Number, Digits, MyString
  Select Case Para1
    Case 1, 2, 3
      If Para1 = 1 Then Number = 53
      If Para1 = 2 Then Number = 7
      If Para1 = 3 Then Number = 500
      If Number < 10 Then
        Digits = 1
      ElseIf Number < 100 Then
        Digits = 2
      Else
        Digits = 3
      End If
      If Digits = 1 Then MyString = "One" Else MyString = "More than one"
      R = Digits
      S = MyString
    Case 4
      If Null Then
        R = "then"
      Else
        R = "else"
      End If
    Case 5, 6
      B = 0: C = 0
      If Para1 = 5 Then A = 11 Else A = 5
      If A > 10 Then A = A + 1 : B = B + A : C = C + B
    Case 7
      Number = 5
      If Number > 1 Then
        If Number > 3 Then
          R = "inner"
        Else
          R = "outer"
        End If
      End If
    Case 8
      Number = 5
      If Number > 10 Then
        R = "first"
      ElseIf Number > 3 Then
        R = "second"
      ElseIf Number > 1 Then
        R = "third"
      Else
        R = "else"
      End If
  End Select
End Sub
