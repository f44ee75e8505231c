' Switch function — VBA reference: Language/Reference/User-Interface-Help/switch-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/switch-function)
Dim R
Dim N
Dim Calls
' Page example: MatchUp "uses the Switch function to return the name of a language that matches the name of a city" — "London" -> "English".
'! para=1 => var:R="English"
' Page example: MatchUp "uses the Switch function to return the name of a language that matches the name of a city" — "Rome" -> "Italian".
'! para=2 => var:R="Italian"
' Page example: MatchUp "uses the Switch function to return the name of a language that matches the name of a city" — "Paris" -> "French".
'! para=3 => var:R="French"
' Page example: MatchUp "uses the Switch function to return the name of a language that matches the name of a city" — no city matches: "Switch returns a Null value if: None of the expressions is True."
'! para=4 => var:R=True
' Page: "if expr-1 is True, Switch returns value-1".
'! para=5 => var:R="one"
' Page: "If expr-1 is False, but expr-2 is True, Switch returns value-2".
'! para=6 => var:R="two"
' Page: "the value associated with the first expression to evaluate to True is returned" — third pair.
'! para=7 => var:R=3
' Page: "Switch returns a Null value if: None of the expressions is True."
'! para=8 => var:R=True
' Page: "Switch returns a Null value if: ... The first True expression has a corresponding value that is Null."
'! para=9 => var:R=True
' Page: "If the parts aren't properly paired, a run-time error occurs." — checked through Err.Number <> 0.
'! para=10 => var:N=True
' Page: "Switch evaluates all of the expressions, even though it returns only one of them." — three counting expressions run.
'! para=11 => var:N=3
' Page: "Switch evaluates all of the expressions, even though it returns only one of them." — the value of the first True expression.
'! para=12 => var:R=1
' Page: "if the evaluation of any expression results in a division by zero error, an error occurs." (Division by zero is error 11)
'! para=13 => error=11
Sub Main()
  Dim Z
  Z = 0
  Select Case Para1
    Case 1: R = MatchUp("London")
    Case 2: R = MatchUp("Rome")
    Case 3: R = MatchUp("Paris")
    Case 4: R = IsNull(MatchUp("Berlin"))
    Case 5: R = Switch(True, "one", True, "two")
    Case 6: R = Switch(False, "one", True, "two")
    Case 7: R = Switch(1 > 2, 1, 2 > 3, 2, 3 > 2, 3)
    Case 8: R = IsNull(Switch(False, 1, False, 2))
    Case 9: R = IsNull(Switch(False, 1, True, Null, True, 3))
    Case 10: On Error Resume Next: R = Switch(True, 1, False): N = (Err.Number <> 0)
    Case 11: R = Switch(IsTrue(True), 1, IsTrue(True), 2, IsTrue(False), 3): N = Calls
    Case 12: R = Switch(IsTrue(True), 1, IsTrue(True), 2, IsTrue(False), 3)
    Case 13: R = Switch(True, 1, 1 / Z = 1, 2)
  End Select
End Sub

' The page's example procedure, as written (it assigns to Matchup inside MatchUp).
Function MatchUp(CityName As String)
  MatchUp = Switch(CityName = "London", "English", CityName _
    = "Rome", "Italian", CityName = "Paris", "French")
End Function

' Counts its calls; returns B.
Function IsTrue(B)
  Calls = Calls + 1
  IsTrue = B
End Function
