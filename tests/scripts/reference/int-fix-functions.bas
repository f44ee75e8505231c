' Int, Fix functions — VBA reference: Language/Reference/User-Interface-Help/int-fix-functions.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/int-fix-functions)
' Type cases cite [MS-VBAL] 6.1.2.3.1.18 Int / Fix runtime semantics.
Dim R
' Page example: "MyNumber = Int(99.8)    ' Returns 99."
'! para=1 => var:R=99
' Page example: "MyNumber = Fix(99.2)    ' Returns 99."
'! para=2 => var:R=99
' Page example: "MyNumber = Int(-99.8)    ' Returns -100."
'! para=3 => var:R=-100
' Page example: "MyNumber = Fix(-99.8)    ' Returns -99."
'! para=4 => var:R=-99
' Page example: "MyNumber = Int(-99.2)    ' Returns -100."
'! para=5 => var:R=-100
' Page example: "MyNumber = Fix(-99.2)    ' Returns -99."
'! para=6 => var:R=-99
' Page remarks: "Int converts -8.4 to -9"
'! para=7 => var:R=-9
' Page remarks: "Fix converts -8.4 to -8"
'! para=8 => var:R=-8
' Page: "If number contains Null, Null is returned" — Int(Null), checked through IsNull.
'! para=9 => var:R=True
' Page: "If number contains Null, Null is returned" — Fix(Null), checked through IsNull.
'! para=10 => var:R=True
' Page: "Fix(number) is equivalent to Sgn(number) * Int(Abs(number))" — number = -7.5.
'! para=11 => var:R=True
' Page: "Fix(number) is equivalent to Sgn(number) * Int(Abs(number))" — number = 7.5.
'! para=12 => var:R=True
' MS-VBAL Int: numeric type other than Integer/Long gives "the same value type" — Double argument.
'! para=13 => var:R="Double"
' MS-VBAL Int: same value type as Number — Single argument.
'! para=14 => var:R="Single"
' MS-VBAL Int: same value type as Number — Currency -2.5 gives Currency -3.
'! para=15 => var:R="Currency -3"
' MS-VBAL Fix: same value type as Number — Currency -2.5 gives Currency -2.
'! para=16 => var:R="Currency -2"
' MS-VBAL Int: "If the value type of Number is Integer, Long ... the data value of Number is returned".
'! para=17 => var:R="Long 70000"
' MS-VBAL Int: String argument is Let-coerced to Double first — Int("3.7") is Double 3.
'! para=18 => var:R="Double 3"
' MS-VBAL Int: Date argument gives CDate(Int(CDbl(Number))) — the time part is dropped.
'! para=19 => var:R=True
' MS-VBAL Int: "Otherwise, the returned value is the result of Number being Let-coerced to Integer" — Empty gives Integer 0.
'! para=20 => var:R="Integer 0"
Sub Main()
  Dim MyNumber
  Dim S As Single, C As Currency, L As Long, D As Date
  Dim V
  Select Case Para1
    Case 1: MyNumber = Int(99.8): R = MyNumber
    Case 2: MyNumber = Fix(99.2): R = MyNumber
    Case 3: MyNumber = Int(-99.8): R = MyNumber
    Case 4: MyNumber = Fix(-99.8): R = MyNumber
    Case 5: MyNumber = Int(-99.2): R = MyNumber
    Case 6: MyNumber = Fix(-99.2): R = MyNumber
    Case 7: R = Int(-8.4)
    Case 8: R = Fix(-8.4)
    Case 9: R = IsNull(Int(Null))
    Case 10: R = IsNull(Fix(Null))
    Case 11: R = (Fix(-7.5) = Sgn(-7.5) * Int(Abs(-7.5)))
    Case 12: R = (Fix(7.5) = Sgn(7.5) * Int(Abs(7.5)))
    Case 13: R = TypeName(Int(-8.4))
    Case 14: S = 2.5: R = TypeName(Int(S))
    Case 15: C = -2.5: V = Int(C): R = TypeName(V) & " " & CStr(V)
    Case 16: C = -2.5: V = Fix(C): R = TypeName(V) & " " & CStr(V)
    Case 17: L = 70000: V = Int(L): R = TypeName(V) & " " & CStr(V)
    Case 18: V = Int("3.7"): R = TypeName(V) & " " & CStr(V)
    Case 19: D = DateSerial(2024, 1, 2) + TimeSerial(18, 0, 0): V = Int(D): R = (TypeName(V) = "Date") And (V = DateSerial(2024, 1, 2))
    Case 20: V = Int(Empty): R = TypeName(V) & " " & CStr(V)
  End Select
End Sub
