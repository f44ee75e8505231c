' + operator — VBA reference: Language/Reference/User-Interface-Help/plus-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/plus-operator)
Dim R
' Table (not both Variant), row "One expression is a String and the other is any Variant except Null | Concatenate." — String "ab" + Variant 12.
' xbas gives: Empty (the run ends with error 13 Type mismatch at S1 + V1)
'! para=8 => var:R="ab12"
' Same rule (Currency is more precise than Double for addition) — Double + Currency gives Currency.
' xbas gives: "Double"
'! para=19 => var:R="Currency"
Sub Main()
  Dim I As Integer, L As Long, S1 As String, S2 As String
  Dim V1, V2, E, E2
  Select Case Para1
    Case 1: R = 2 + 2
    Case 2: R = 4257.04 + 98112
    Case 3: V1 = "34": V2 = 6: R = V1 + V2
    Case 4: V1 = "34": V2 = "6": R = V1 + V2
    Case 5: I = 2: L = 3: R = I + L
    Case 6: S1 = "ab": S2 = "cd": R = S1 + S2
    Case 7: I = 5: V1 = "3": R = I + V1
    Case 8: S1 = "ab": V1 = 12: R = S1 + V1
    Case 9: I = 7: R = I + E
    Case 10: I = 7: R = TypeName(I + E)
    Case 11: I = 1: S1 = "abc": R = I + S1
    Case 12: I = 1: R = IsNull(I + Null)
    Case 13: V1 = 2: V2 = 3: R = V1 + V2
    Case 14: V1 = "ab": V2 = "cd": R = V1 + V2
    Case 15: V1 = 6: V2 = "34": R = V1 + V2
    Case 16: R = TypeName(CByte(1) + CInt(2))
    Case 17: R = TypeName(CInt(1) + CLng(2))
    Case 18: R = TypeName(CLng(1) + CDbl(2.5))
    Case 19: R = TypeName(CDbl(1.5) + CCur(2))
    Case 20: R = TypeName(CSng(1.5) + CLng(2))
    Case 21: V1 = CLng(2147483647): V2 = CLng(1): R = TypeName(V1 + V2)
    Case 22: V1 = CLng(2147483647): V2 = CLng(1): R = V1 + V2
    Case 23: V1 = CSng(3E+38): V2 = CSng(3E+38): R = TypeName(V1 + V2)
    Case 24: V1 = CByte(200): V2 = CByte(100): R = TypeName(V1 + V2)
    Case 25: V1 = CByte(200): V2 = CByte(100): R = V1 + V2
    Case 26: V1 = CInt(32767): V2 = CInt(1): R = TypeName(V1 + V2)
    Case 27: V1 = CInt(32767): V2 = CInt(1): R = V1 + V2
    Case 28: R = TypeName(CDate("1/1/2024") + 1)
    Case 29: R = Day(CDate("1/1/2024") + 1)
    Case 30: R = IsNull(Null + Null)
    Case 31: R = TypeName(E + E2)
    Case 32: R = TypeName(E + CLng(5))
    Case 33: R = E + "abc"
    Case 34: S1 = "ab": R = IsNull(Null + S1)
  End Select
End Sub
