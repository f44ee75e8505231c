' Rem statement — VBA reference: Language/Reference/User-Interface-Help/rem-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/rem-statement)
' Not settled by the page, left out: what "RemComment" (no space after Rem) does — the page only says "A space is required".
Dim R
' Page example: "MyStr1 = "Hello": Rem Comment after a statement separated by a colon." / "MyStr2 = "Goodbye" ' This is also a comment; no colon is needed."
'! para=1 => var:R="Hello Goodbye"
' Page: "you can branch from a GoTo ... statement to a line containing a Rem statement. Execution continues with the first executable statement following the Rem statement." (line label)
'! para=2 => var:R="ac"
' Same, with a line number: "If you use line numbers or line labels, you can branch ... to a line containing a Rem statement."
'! para=3 => var:R="ac"
' Page: "you can branch from a ... GoSub statement to a line containing a Rem statement. Execution continues with the first executable statement following the Rem statement."
'! para=4 => var:R="ade"
' Page: "Rem comment ... The optional comment argument is the text of any comment" — a colon inside the comment does not start a statement
'! para=5 => var:R=1
' Page: "You can also use the following syntax: ' comment" — likewise after an apostrophe
'! para=6 => var:R=1
' Page: "Used to include explanatory remarks in a program." — a statement written after Rem is not executed
'! para=7 => var:R=6
' Page: "The optional comment argument" — Rem with no comment
'! para=8 => var:R=8
' Page: "When you use an apostrophe, the colon is not required after other statements." — the statement before the apostrophe still runs
'! para=9 => var:R="Goodbye"
Sub Main()
  Dim MyStr1, MyStr2
  Select Case Para1
    Case 1
      MyStr1 = "Hello": Rem Comment after a statement separated by a colon.
      MyStr2 = "Goodbye" ' This is also a comment; no colon is needed.
      R = MyStr1 & " " & MyStr2
    Case 2
      R = "a"
      GoTo Skip
      R = R & "b"
Skip: Rem jump target
      R = R & "c"
    Case 3
      R = "a"
      GoTo 100
      R = R & "b"
100   Rem numbered line
      R = R & "c"
    Case 4
      R = "a"
      GoSub Sub1
      R = R & "e"
      Exit Sub
Sub1: Rem subroutine
      R = R & "d"
      Return
    Case 5
      R = 1: Rem : R = 2
    Case 6
      R = 1 ' : R = 2
    Case 7
      Rem R = 5
      R = 6
    Case 8
      Rem
      R = 8
    Case 9
      MyStr2 = "Goodbye" ' This is also a comment; no colon is needed.
      R = MyStr2
  End Select
End Sub
