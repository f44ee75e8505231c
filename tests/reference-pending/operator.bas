' * operator (page title "* operator") — VBA reference: Language/Reference/User-Interface-Help/operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/operator)
Dim R
' Same rule — Single * Currency gives Currency.
' xbas gives: "Double"
'! para=6 => var:R="Currency"
Sub Main()
  Dim V1, V2, E
  Select Case Para1
    Case 1: R = 2 * 2
    Case 2: R = 459.35 * 334.90
    Case 3: R = TypeName(CByte(2) * CInt(3))
    Case 4: R = TypeName(CInt(2) * CLng(3))
    Case 5: R = TypeName(CCur(2) * CDbl(1.5))
    Case 6: R = TypeName(CSng(1.5) * CCur(2))
    Case 7: R = TypeName(CSng(1.5) * CLng(2))
    Case 8: V1 = CLng(100000): V2 = CLng(100000): R = TypeName(V1 * V2)
    Case 9: V1 = CLng(100000): V2 = CLng(100000): R = V1 * V2
    Case 10: V1 = CSng(1E+38): V2 = CSng(10): R = TypeName(V1 * V2)
    Case 11: V1 = CByte(16): V2 = CByte(16): R = TypeName(V1 * V2)
    Case 12: V1 = CByte(16): V2 = CByte(16): R = V1 * V2
    Case 13: V1 = CInt(200): V2 = CInt(200): R = TypeName(V1 * V2)
    Case 14: V1 = CInt(200): V2 = CInt(200): R = V1 * V2
    Case 15: R = IsNull(Null * 2)
    Case 16: R = IsNull(2 * Null)
    Case 17: R = E * 5
    Case 18: R = TypeName(CLng(2) * CDbl(1.5))
  End Select
End Sub
