' Comparison operators — VBA reference: Language/Reference/User-Interface-Help/comparison-operators.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/comparison-operators)
' Is (objects) and Like are left out. Null results are checked through IsNull.
Dim R
' Page example: "MyResult = (45 < 35)    ' Returns False."
'! para=1 => var:R=False
' Page example: "MyResult = (45 = 45)    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyResult = (4 <> 3)    ' Returns True."
'! para=3 => var:R=True
' Page example: "MyResult = ("5" > "4")    ' Returns True."
'! para=4 => var:R=True
' Page example: "Var1 = "5": Var2 = 4 ... MyResult = (Var1 > Var2)    ' Returns True."
'! para=5 => var:R=True
' Page example: "Var1 = 5: Var2 = Empty ... MyResult = (Var1 > Var2)    ' Returns True."
'! para=6 => var:R=True
' Page example: "Var1 = 0: Var2 = Empty ... MyResult = (Var1 = Var2)    ' Returns True."
'! para=7 => var:R=True
' Operator table, "<": "True if expression1 < expression2" — 3 < 5.
'! para=8 => var:R=True
' Operator table, "<": "False if expression1 >= expression2" — 5 < 5.
'! para=9 => var:R=False
' Operator table, "<": "Null if expression1 or expression2 = Null" — Null < 5.
'! para=10 => var:R=True
' Operator table, "<=": "True if expression1 <= expression2" — 5 <= 5.
'! para=11 => var:R=True
' Operator table, "<=": "False if expression1 > expression2" — 6 <= 5.
'! para=12 => var:R=False
' Operator table, "<=": "Null if expression1 or expression2 = Null" — 5 <= Null.
'! para=13 => var:R=True
' Operator table, ">": "True if expression1 > expression2" — 6 > 5.
'! para=14 => var:R=True
' Operator table, ">": "False if expression1 <= expression2" — 5 > 5.
'! para=15 => var:R=False
' Operator table, ">": "Null if expression1 or expression2 = Null" — Null > 5.
'! para=16 => var:R=True
' Operator table, ">=": "True if expression1 >= expression2" — 5 >= 5.
'! para=17 => var:R=True
' Operator table, ">=": "False if expression1 < expression2" — 4 >= 5.
'! para=18 => var:R=False
' Operator table, ">=": "Null if expression1 or expression2 = Null" — 5 >= Null.
'! para=19 => var:R=True
' Operator table, "=": "True if expression1 = expression2" — 5 = 5.
'! para=20 => var:R=True
' Operator table, "=": "False if expression1 <> expression2" — 4 = 5.
'! para=21 => var:R=False
' Operator table, "=": "Null if expression1 or expression2 = Null" — Null = Null.
'! para=22 => var:R=True
' Operator table, "<>": "True if expression1 <> expression2" — 4 <> 5.
'! para=23 => var:R=True
' Operator table, "<>": "False if expression1 = expression2" — 5 <> 5.
'! para=24 => var:R=False
' Operator table, "<>": "Null if expression1 or expression2 = Null" — "a" <> Null.
'! para=25 => var:R=True
' Table (not both Variant), row "Both expressions are numeric data types | Perform a numeric comparison." — Integer 10 > Double 9.5.
'! para=26 => var:R=True
' Table (not both Variant), row "Both expressions are String | Perform a string comparison." — String "10" < String "9".
'! para=27 => var:R=True
' Table (not both Variant), row "One expression is a numeric data type and the other is a Variant that is, or can be, a number | Perform a numeric comparison." — Integer 10 > Variant "9".
'! para=28 => var:R=True
' Table (not both Variant), row "One expression is a numeric data type and the other is a string Variant that can't be converted to a number | A Type Mismatch error occurs." — Integer 10 > Variant "abc".
'! para=29 => error=13
' Table (not both Variant), row "One expression is Empty and the other is a numeric data type | Perform a numeric comparison, using 0 as the Empty expression." — Integer 0 = Empty.
'! para=31 => var:R=True
' Same row — Integer -1 < Empty.
'! para=32 => var:R=True
' Table (not both Variant), row "One expression is Empty and the other is a String | Perform a string comparison, using a zero-length string as the Empty expression." — String "" = Empty.
'! para=33 => var:R=True
' Same row — String "a" > Empty.
'! para=34 => var:R=True
' Table (both Variant), row "Both Variant expressions are numeric | Perform a numeric comparison." — 10 > 9.5.
'! para=35 => var:R=True
' Table (both Variant), row "Both Variant expressions are strings | Perform a string comparison." — "10" < "9".
'! para=36 => var:R=True
' Table (both Variant), row "One Variant expression is Empty and the other is numeric | Perform a numeric comparison, using 0 as the Empty expression." — Empty = 0.
'! para=39 => var:R=True
' Same row — Empty > -1.
'! para=40 => var:R=True
' Table (both Variant), row "One Variant expression is Empty and the other is a string | Perform a string comparison, using a zero-length string" — Empty = "".
'! para=41 => var:R=True
' Same row — Empty < "a".
'! para=42 => var:R=True
' Table (both Variant), row "Both Variant expressions are Empty | The expressions are equal."
'! para=43 => var:R=True
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
' Page: "When a Single is compared to a Double, the Double is rounded to the precision of the Single." — CSng(0.1) = CDbl(0.1).
'! para=44 => var:R=True
' Page: "If a Currency is compared with a Single or Double, the Single or Double is converted to a Currency." — CCur(1.5) = CDbl(1.50001).
'! para=45 => var:R=True
' Table (not both Variant), row "One expression is a String and the other is any Variant except a Null | Perform a string comparison." — String "10" < Variant 9.
'! para=30 => var:R=True
' Table (both Variant), row "One Variant expression is numeric and the other is a string | The numeric expression is less than the string expression." — 100 < "5".
'! para=37 => var:R=True
' Same row — "4" > 5 (the string is greater).
'! para=38 => var:R=True
