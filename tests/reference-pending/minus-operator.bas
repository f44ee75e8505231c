' - operator — VBA reference: Language/Reference/User-Interface-Help/minus-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/minus-operator)
Dim R
' Same rule — Currency is more precise than Double here: Double - Currency gives Currency.
' xbas gives: "Double"
'! para=6 => var:R="Currency"
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
