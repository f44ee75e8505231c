' Choose function — VBA reference: Language/Reference/User-Interface-Help/choose-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/choose-function)
Dim R
Dim N
Dim Calls
' Page example: "GetChoice = Choose(Ind, "Speedy", "United", "Federal")" — "If index is 1, Choose returns the first choice in the list".
'! para=1 => var:R="Speedy"
' Page example: "GetChoice = Choose(Ind, "Speedy", "United", "Federal")" — "if index is 2, it returns the second choice".
'! para=2 => var:R="United"
' Page example: "GetChoice = Choose(Ind, "Speedy", "United", "Federal")" — index 3 returns the third choice.
'! para=3 => var:R="Federal"
' Page: "if index evaluates to 3 and choice-1 = "one", choice-2 = "two", and choice-3 = "three", Choose returns "three"."
'! para=4 => var:R="three"
' Page: "The Choose function returns a Null if index is less than 1" — index 0.
'! para=5 => var:R=True
' Page: "returns a Null if index is less than 1" — negative index.
'! para=6 => var:R=True
' Page: "returns a Null if index is ... greater than the number of choices listed."
'! para=7 => var:R=True
' Page: "If index is not a whole number, it is rounded to the nearest whole number before being evaluated." — 2.4 rounds to 2.
'! para=8 => var:R="two"
' Page: "Choose evaluates every choice in the list, even though it returns only one." — three counting calls run.
'! para=11 => var:N=3
' Page: "Choose evaluates every choice in the list" — also when index is out of range (Null returned).
'! para=12 => var:N=3
' Page: "Use Choose to look up a value in a list of possibilities." — a choice can be any Variant expression (number).
'! para=13 => var:R=20
Sub Main()
  Select Case Para1
    Case 1: R = GetChoice(1)
    Case 2: R = GetChoice(2)
    Case 3: R = GetChoice(3)
    Case 4: R = Choose(3, "one", "two", "three")
    Case 5: R = IsNull(GetChoice(0))
    Case 6: R = IsNull(Choose(-1, "one", "two", "three"))
    Case 7: R = IsNull(GetChoice(4))
    Case 8: R = Choose(2.4, "one", "two", "three")
    Case 9: R = Choose(2.6, "one", "two", "three")
    Case 10: R = Choose(0.7, "one", "two", "three")
    Case 11: R = Choose(1, Bump(), Bump(), Bump()): N = Calls
    Case 12: R = Choose(9, Bump(), Bump(), Bump()): N = Calls
    Case 13: R = Choose(2, 10, 20, 30)
  End Select
End Sub

' The page's example procedure.
Function GetChoice(Ind As Integer)
  GetChoice = Choose(Ind, "Speedy", "United", "Federal")
End Function

' Counts its calls; returns the new count.
Function Bump()
  Calls = Calls + 1
  Bump = Calls
End Function
' Page: "If index is not a whole number, it is rounded to the nearest whole number" — 2.6 rounds to 3.
'! para=9 => var:R="three"
' Page: "If index is not a whole number, it is rounded to the nearest whole number" — 0.7 rounds to 1.
'! para=10 => var:R="one"
