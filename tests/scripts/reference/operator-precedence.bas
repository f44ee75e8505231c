' Operator precedence — VBA reference: Language/Reference/User-Interface-Help/operator-precedence.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/operator-precedence)
' Like and Is are left out. Xor before Eqv gives the same Boolean results either way, so it is not checked.
Dim R
' Page: "arithmetic operators are evaluated first, comparison operators are evaluated next" — 2 + 3 = 5 is (2 + 3) = 5.
'! para=1 => var:R=True
' Page: "comparison operators are evaluated next, and logical operators are evaluated last" — 1 And 3 = 3 is 1 And (3 = 3).
'! para=2 => var:R=1
' Page: "Comparison operators all have equal precedence; ... evaluated in the left-to-right order" — 1 < 2 = True is (1 < 2) = True.
'! para=3 => var:R=True
' Table: Exponentiation (^) before Negation (-) — -2 ^ 2 is -(2 ^ 2).
'! para=4 => var:R=-4
' Table: Multiplication and division (*, /) before Integer division (\) — 10 \ 2 * 3 is 10 \ 6.
'! para=5 => var:R=1
' Table: Integer division (\) before Modulus arithmetic (Mod) — 20 Mod 9 \ 2 is 20 Mod 4.
'! para=6 => var:R=0
' Table: Modulus arithmetic (Mod) before Addition and subtraction — 1 + 7 Mod 4 is 1 + 3.
'! para=7 => var:R=4
' Table: Addition before String concatenation (&) — 1 + 2 & 3 is "3" & "3".
'! para=8 => var:R="33"
' Page: "& ... does follow all arithmetic operators" — "1" & 2 + 3 is "1" & 5.
'! para=9 => var:R="15"
' Page: "& ... precede[s] all comparison operators" — "a" & "b" = "ab" is ("a" & "b") = "ab".
'! para=10 => var:R=True
' Page: "When multiplication and division occur together ... evaluated as it occurs from left to right" — 12 / 2 * 3 is 18.
'! para=11 => var:R=18
' Page: "When addition and subtraction occur together ... evaluated in order of appearance from left to right" — 10 - 2 + 3 is 11.
'! para=12 => var:R=11
' Table (logical): Not before And — Not False And False is (Not False) And False.
'! para=13 => var:R=False
' Table (logical): And before Or — True Or True And False is True Or (True And False).
'! para=14 => var:R=True
' Table (logical): Or before Xor — True Or True Xor True is (True Or True) Xor True.
'! para=15 => var:R=False
' Table (logical): Eqv before Imp — False Eqv True Imp True is (False Eqv True) Imp True.
'! para=16 => var:R=True
' Page: "Parentheses can be used to override the order of precedence" — (1 + 2) * 3.
'! para=17 => var:R=9
' Page: "Within parentheses, however, operator precedence is maintained." — (1 + 2 * 3) * 2.
'! para=18 => var:R=14
' Table: Negation (-) before Addition and subtraction — -2 + 5 is (-2) + 5.
'! para=19 => var:R=3
' Table: Multiplication before Addition — 2 + 3 * 4 is 2 + 12.
'! para=20 => var:R=14
Sub Main()
  Select Case Para1
    Case 1: R = 2 + 3 = 5
    Case 2: R = 1 And 3 = 3
    Case 3: R = 1 < 2 = True
    Case 4: R = -2 ^ 2
    Case 5: R = 10 \ 2 * 3
    Case 6: R = 20 Mod 9 \ 2
    Case 7: R = 1 + 7 Mod 4
    Case 8: R = 1 + 2 & 3
    Case 9: R = "1" & 2 + 3
    Case 10: R = "a" & "b" = "ab"
    Case 11: R = 12 / 2 * 3
    Case 12: R = 10 - 2 + 3
    Case 13: R = Not False And False
    Case 14: R = True Or True And False
    Case 15: R = True Or True Xor True
    Case 16: R = False Eqv True Imp True
    Case 17: R = (1 + 2) * 3
    Case 18: R = (1 + 2 * 3) * 2
    Case 19: R = -2 + 5
    Case 20: R = 2 + 3 * 4
  End Select
End Sub
