' A single-line If whose Then part is empty (only an Else clause follows), and one whose
' Else clause has no statements: [MS-VBAL] §5.4.2.9, `if-with-empty-then = "If"
' boolean-expression "Then" single-line-else-clause` and `single-line-else-clause =
' "Else" [list-or-label]`. Lines of this shape were a syntax error (E0200) before.
' The first If is the kernel's `When` form of a pick (compile::tidy).
'! para=2 => output="low\n" result=3
'! para=6 => result=6
'! para=8 => result=9
'! para=20 => output="big\n" result=20

Dim Result As Long

Sub Main()
  Result = Para1
  If Para1 > 5 Then Else Result = 3: Print "low"
  If Para1 > 7 Then Result = 9 Else
  If Para1 > 8 Then Else
  If Para1 < 10 Then Else Print "big": Result = Para1
End Sub
