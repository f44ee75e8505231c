' xbas:fmt-skip (the spellings below are what this test reads)
' Lexing and parsing cases of issue 19.
Dim A, B
' A keyword is reserved, not a name that could take a type suffix, so `or&h02` is `Or`
' then the hex literal &h02 (issue 19, "Lexing and parsing"): &h01 Or &h02 = 3.
'! para=1 => var:A=3
' ifthenelse-statement.md: "When a True condition is found, the statements immediately
' following the associated Then are executed" — here on the same line as the ElseIf.
'! para=2 => var:B=2
'! para=3 => var:B=3
Sub Main()
  Select Case Para1
    Case 1: A = &h01or&h02
    Case 2, 3
      If Para1 = 1 Then
        B = 1
      ElseIf Para1 = 2 Then B = 2
      Else
        B = 3
      End If
  End Select
End Sub
