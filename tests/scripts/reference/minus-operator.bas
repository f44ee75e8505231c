' - operator — VBA reference: Language/Reference/User-Interface-Help/minus-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/minus-operator)
' Left out: Double - Currency as Currency (the + and - pages' order of precision puts Currency above Double). xbas keeps
' the rule of MS-VBAL 5.6.9.3 as implemented since the first release (a Currency with a Single or Double gives a Double);
' where the reference and MS-VBAL disagree, MS-VBAL wins (issue 19). Not re-read this session: see the closing note.
Dim R
' Page example: "MyResult = 4 - 2   ' Returns 2."
'! para=1 => var:R=2
' Page example: "MyResult = 459.35 - 334.90   ' Returns 124.45." — compared as displayed, through CStr.
'! para=2 => var:R="124.45"
' Page: "In Syntax 2, the - operator is used as the unary negation operator to indicate the negative value of an expression." — X = 5: -X.
'! para=3 => var:R=-5
' Page: "The data type of result is usually the same as that of the most precise expression ... Byte, Integer, Long ..." — Byte - Integer gives Integer.
'! para=4 => var:R="Integer"
' Same rule — Integer - Long gives Long.
'! para=5 => var:R="Long"
' Exceptions table: "Subtraction involves a Single and a Long | Converted to a Double."
'! para=7 => var:R="Double"
' Exceptions table: "The data type of result is a Long ... variant that overflows its legal range | Converted to a Variant containing a Double." — CLng(-2147483648) - CLng(1).
'! para=8 => var:R="Double"
' Same row, the value: -2147483648 - 1 = -2147483649.
'! para=9 => var:R=-2147483649
' Exceptions table: "... Single ... variant that overflows its legal range | Converted to a Variant containing a Double." — CSng(-3E38) - CSng(3E38).
'! para=10 => var:R="Double"
' Exceptions table: "The data type of result is a Byte variant that overflows its legal range | Converted to an Integer variant." — CByte(0) - CByte(1).
'! para=11 => var:R="Integer"
' Same row, the value: 0 - 1 = -1.
'! para=12 => var:R=-1
' Exceptions table: "The data type of result is an Integer variant that overflows its legal range | Converted to a Long variant." — CInt(-32768) - CInt(1).
'! para=13 => var:R="Long"
' Same row, the value: -32768 - 1 = -32769.
'! para=14 => var:R=-32769
' Exceptions table: "Subtraction involves a Date and any other data type | A Date." — CDate("1/10/2024") - 1.
'! para=15 => var:R="Date"
' Same row, the value: 1/10/2024 - 1 day is the 9th (checked with Day).
'! para=16 => var:R=9
' Exceptions table: "Subtraction involves two Date expressions | A Double."
'! para=17 => var:R="Double"
' Same row, the value: 1/10/2024 - 1/1/2024 = 9 days.
'! para=18 => var:R=9
' Page: "If one or both expressions are Null expressions, result is Null." — Null - 1, checked through IsNull.
'! para=19 => var:R=True
' Page: "If one or both expressions are Null expressions, result is Null." — 1 - Null.
'! para=20 => var:R=True
' Page: "If an expression is Empty, it is treated as 0." — Empty - 3.
'! para=21 => var:R=-3
' Page: "If an expression is Empty, it is treated as 0." — 3 - Empty.
'! para=22 => var:R=3
' Page: "If one or both expressions are Null expressions, result is Null." — unary: -Null.
'! para=23 => var:R=True
Sub Main()
  Dim X, V1, V2, E
  Select Case Para1
    Case 1: R = 4 - 2
    Case 2: R = CStr(459.35 - 334.90)
    Case 3: X = 5: R = -X
    Case 4: R = TypeName(CByte(5) - CInt(2))
    Case 5: R = TypeName(CInt(5) - CLng(2))
    Case 6: R = TypeName(CDbl(5.5) - CCur(2))
    Case 7: R = TypeName(CSng(5.5) - CLng(2))
    Case 8: V1 = CLng(-2147483648#): V2 = CLng(1): R = TypeName(V1 - V2)
    Case 9: V1 = CLng(-2147483648#): V2 = CLng(1): R = V1 - V2
    Case 10: V1 = CSng(-3E+38): V2 = CSng(3E+38): R = TypeName(V1 - V2)
    Case 11: V1 = CByte(0): V2 = CByte(1): R = TypeName(V1 - V2)
    Case 12: V1 = CByte(0): V2 = CByte(1): R = V1 - V2
    Case 13: V1 = CInt(-32768): V2 = CInt(1): R = TypeName(V1 - V2)
    Case 14: V1 = CInt(-32768): V2 = CInt(1): R = V1 - V2
    Case 15: R = TypeName(CDate("1/10/2024") - 1)
    Case 16: R = Day(CDate("1/10/2024") - 1)
    Case 17: R = TypeName(CDate("1/10/2024") - CDate("1/1/2024"))
    Case 18: R = CDate("1/10/2024") - CDate("1/1/2024")
    Case 19: R = IsNull(Null - 1)
    Case 20: R = IsNull(1 - Null)
    Case 21: R = E - 3
    Case 22: R = 3 - E
    Case 23: R = IsNull(-Null)
  End Select
End Sub
