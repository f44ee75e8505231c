' Choose function — VBA reference: Language/Reference/User-Interface-Help/choose-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/choose-function)
Dim R
Dim N
Dim Calls
' Page: "If index is not a whole number, it is rounded to the nearest whole number" — 2.6 rounds to 3.
' xbas gives: "two"
'! para=9 => var:R="three"
' Page: "If index is not a whole number, it is rounded to the nearest whole number" — 0.7 rounds to 1.
' xbas gives: (nothing shown; Choose(0.7, ...) returns Null, IsNull is True)
'! para=10 => var:R="one"
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
