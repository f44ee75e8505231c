' * operator (page title "* operator") — VBA reference: Language/Reference/User-Interface-Help/operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/operator)
' Left out: Single * Currency as Currency (this page's order of precision). xbas keeps the rule of MS-VBAL 5.6.9.3 as
' implemented since the first release (a Currency with a Single or Double gives a Double); MS-VBAL wins (issue 19).
Dim R
' Page example: "MyValue = 2 * 2    ' Returns 4."
'! para=1 => var:R=4
' Page example: "MyValue = 459.35 * 334.90     ' Returns 153836.315."
'! para=2 => var:R=153836.315
' Page: "The data type of result is usually the same as that of the most precise expression ... Byte, Integer, Long, Single, Currency, Double" — Byte * Integer gives Integer.
'! para=3 => var:R="Integer"
' Same rule — Integer * Long gives Long.
'! para=4 => var:R="Long"
' Same rule — Double is more precise than Currency for multiplication: Currency * Double gives Double.
'! para=5 => var:R="Double"
' Exceptions table: "Multiplication involves a Single and a Long | Converted to a Double."
'! para=7 => var:R="Double"
' Exceptions table: "The data type of result is a Long ... variant that overflows its legal range | Converted to a Variant containing a Double." — CLng(100000) * CLng(100000).
'! para=8 => var:R="Double"
' Same row, the value: 100000 * 100000 = 10000000000.
'! para=9 => var:R=10000000000
' Exceptions table: "... Single ... variant that overflows its legal range | Converted to a Variant containing a Double." — CSng(1E38) * CSng(10).
'! para=10 => var:R="Double"
' Exceptions table: "The data type of result is a Byte variant that overflows its legal range | Converted to an Integer variant." — CByte(16) * CByte(16).
'! para=11 => var:R="Integer"
' Same row, the value: 16 * 16 = 256.
'! para=12 => var:R=256
' Exceptions table: "The data type of result is an Integer variant that overflows its legal range | Converted to a Long variant." — CInt(200) * CInt(200).
'! para=13 => var:R="Long"
' Same row, the value: 200 * 200 = 40000.
'! para=14 => var:R=40000
' Page: "If one or both expressions are Null expressions, result is Null." — Null * 2, checked through IsNull.
'! para=15 => var:R=True
' Page: "If one or both expressions are Null expressions, result is Null." — 2 * Null.
'! para=16 => var:R=True
' Page: "If an expression is Empty, it is treated as 0." — Empty * 5.
'! para=17 => var:R=0
' Same rule — Long * Double gives Double.
'! para=18 => var:R="Double"
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
