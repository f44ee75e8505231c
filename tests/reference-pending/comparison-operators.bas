' Comparison operators — VBA reference: Language/Reference/User-Interface-Help/comparison-operators.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/comparison-operators)
' Is (objects) and Like are left out. Null results are checked through IsNull.
Dim R
' Table (not both Variant), row "One expression is a String and the other is any Variant except a Null | Perform a string comparison." — String "10" < Variant 9.
' xbas gives: False
'! para=30 => var:R=True
' Table (both Variant), row "One Variant expression is numeric and the other is a string | The numeric expression is less than the string expression." — 100 < "5".
' xbas gives: False
'! para=37 => var:R=True
' Same row — "4" > 5 (the string is greater).
' xbas gives: False
'! para=38 => var:R=True
Sub Main()
  Dim I As Integer, D As Double, S As String, S2 As String, Sg As Single, C As Currency
  Dim V1, V2, E, E2
  Select Case Para1
    Case 1: R = (45 < 35)
    Case 2: R = (45 = 45)
    Case 3: R = (4 <> 3)
    Case 4: R = ("5" > "4")
    Case 5: V1 = "5": V2 = 4: R = (V1 > V2)
    Case 6: V1 = 5: V2 = Empty: R = (V1 > V2)
    Case 7: V1 = 0: V2 = Empty: R = (V1 = V2)
    Case 8: R = (3 < 5)
    Case 9: R = (5 < 5)
    Case 10: R = IsNull(Null < 5)
    Case 11: R = (5 <= 5)
    Case 12: R = (6 <= 5)
    Case 13: R = IsNull(5 <= Null)
    Case 14: R = (6 > 5)
    Case 15: R = (5 > 5)
    Case 16: R = IsNull(Null > 5)
    Case 17: R = (5 >= 5)
    Case 18: R = (4 >= 5)
    Case 19: R = IsNull(5 >= Null)
    Case 20: R = (5 = 5)
    Case 21: R = (4 = 5)
    Case 22: R = IsNull(Null = Null)
    Case 23: R = (4 <> 5)
    Case 24: R = (5 <> 5)
    Case 25: R = IsNull("a" <> Null)
    Case 26: I = 10: D = 9.5: R = (I > D)
    Case 27: S = "10": S2 = "9": R = (S < S2)
    Case 28: I = 10: V1 = "9": R = (I > V1)
    Case 29: I = 10: V1 = "abc": R = (I > V1)
    Case 30: S = "10": V1 = 9: R = (S < V1)
    Case 31: I = 0: R = (I = E)
    Case 32: I = -1: R = (I < E)
    Case 33: S = "": R = (S = E)
    Case 34: S = "a": R = (S > E)
    Case 35: V1 = 10: V2 = 9.5: R = (V1 > V2)
    Case 36: V1 = "10": V2 = "9": R = (V1 < V2)
    Case 37: V1 = 100: V2 = "5": R = (V1 < V2)
    Case 38: V1 = "4": V2 = 5: R = (V1 > V2)
    Case 39: V2 = 0: R = (E = V2)
    Case 40: V2 = -1: R = (E > V2)
    Case 41: V2 = "": R = (E = V2)
    Case 42: V2 = "a": R = (E < V2)
    Case 43: R = (E = E2)
    Case 44: Sg = CSng(0.1): D = CDbl(0.1): R = (Sg = D)
    Case 45: C = CCur(1.5): D = CDbl(1.50001): R = (C = D)
  End Select
End Sub
