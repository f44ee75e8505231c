' + operator — VBA reference: Language/Reference/User-Interface-Help/plus-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/plus-operator)
' Left out: Double + Currency as Currency (this page's order of precision). xbas keeps the rule of MS-VBAL 5.6.9.3 as
' implemented since the first release (a Currency with a Single or Double gives a Double); MS-VBAL wins (issue 19).
Dim R
' Page example: "MyNumber = 2 + 2    ' Returns 4."
'! para=1 => var:R=4
' Page example: "MyNumber = 4257.04 + 98112    ' Returns 102369.04."
'! para=2 => var:R=102369.04
' Page example: "Var1 = "34": Var2 = 6 ... MyNumber = Var1 + Var2    ' Returns 40."
'! para=3 => var:R=40
' Page example: "Var1 = "34": Var2 = "6" ... MyNumber = Var1 + Var2    ' Returns "346" (string concatenation)."
'! para=4 => var:R="346"
' Table (not both Variant), row "Both expressions are numeric data types | Add." — Integer 2 + Long 3.
'! para=5 => var:R=5
' Table (not both Variant), row "Both expressions are String | Concatenate." — String "ab" + String "cd".
'! para=6 => var:R="abcd"
' Table (not both Variant), row "One expression is a numeric data type and the other is any Variant except Null | Add." — Integer 5 + Variant "3".
'! para=7 => var:R=8
' Table (not both Variant), row "One expression is an Empty Variant | Return the remaining expression unchanged as result." — Integer 7 + Empty.
'! para=9 => var:R=7
' Same row: the Integer is returned unchanged, so TypeName is "Integer".
'! para=10 => var:R="Integer"
' Table (not both Variant), row "One expression is a numeric data type and the other is a String | A Type mismatch error occurs." — Integer 1 + String "abc".
'! para=11 => error=13
' Table (not both Variant), row "Either expression is Null | result is Null." — Integer 1 + Null, checked through IsNull.
'! para=12 => var:R=True
' Table (both Variant), row "Both Variant expressions are numeric | Add."
'! para=13 => var:R=5
' Table (both Variant), row "Both Variant expressions are strings | Concatenate."
'! para=14 => var:R="abcd"
' Table (both Variant), row "One Variant expression is numeric and the other is a string | Add." — Variant 6 + Variant "34".
'! para=15 => var:R=40
' Page: "the data type of result is usually the same as that of the most precise expression ... Byte, Integer, Long, Single, Double, Currency" — Byte + Integer gives Integer.
'! para=16 => var:R="Integer"
' Same rule — Integer + Long gives Long.
'! para=17 => var:R="Long"
' Same rule — Long + Double gives Double.
'! para=18 => var:R="Double"
' Exceptions table: "A Single and a Long are added | A Double."
'! para=20 => var:R="Double"
' Exceptions table: "The data type of result is a Long ... variant that overflows its legal range | Converted to a Double variant." — 2147483647 + 1 as Long variants.
'! para=21 => var:R="Double"
' Same row, the value: 2147483647 + 1 = 2147483648.
'! para=22 => var:R=2147483648
' Exceptions table: "... Single ... variant that overflows its legal range | Converted to a Double variant." — CSng(3E38) + CSng(3E38).
'! para=23 => var:R="Double"
' Exceptions table: "The data type of result is a Byte variant that overflows its legal range | Converted to an Integer variant." — CByte(200) + CByte(100).
'! para=24 => var:R="Integer"
' Same row, the value: 200 + 100 = 300.
'! para=25 => var:R=300
' Exceptions table: "The data type of result is an Integer variant that overflows its legal range | Converted to a Long variant." — CInt(32767) + CInt(1).
'! para=26 => var:R="Long"
' Same row, the value: 32767 + 1 = 32768.
'! para=27 => var:R=32768
' Exceptions table: "A Date is added to any data type | A Date." — CDate("1/1/2024") + 1.
'! para=28 => var:R="Date"
' Same row, the value: 1/1/2024 + 1 day is 1/2/2024 (checked with Day).
'! para=29 => var:R=2
' Page: "If one or both expressions are Null expressions, result is Null." — Null + Null.
'! para=30 => var:R=True
' Page: "If both expressions are Empty, result is an Integer."
'! para=31 => var:R="Integer"
' Page: "if only one expression is Empty, the other expression is returned unchanged as result." — Empty + CLng(5) keeps Long.
'! para=32 => var:R="Long"
' Same sentence, a String: Empty + "abc" returns "abc".
'! para=33 => var:R="abc"
' Table (not both Variant), row "Either expression is Null | result is Null." — Null + String "ab".
'! para=34 => var:R=True
' Table (not both Variant), row "One expression is a String and the other is any Variant except Null | Concatenate." — String "ab" + Variant 12.
'! para=8 => var:R="ab12"
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
