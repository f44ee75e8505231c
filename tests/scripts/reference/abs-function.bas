' Abs function — VBA reference: Language/Reference/User-Interface-Help/abs-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/abs-function)
Dim R
' Page example: "MyNumber = Abs(50.3)    ' Returns 50.3."
'! para=1 => var:R=50.3
' Page example: "MyNumber = Abs(-50.3)    ' Returns 50.3."
'! para=2 => var:R=50.3
' Page remarks: "ABS(-1) and ABS(1) both return 1" — Abs(-1).
'! para=3 => var:R=1
' Page remarks: "ABS(-1) and ABS(1) both return 1" — Abs(1).
'! para=4 => var:R=1
' Page: "If number contains Null, Null is returned" — checked through IsNull.
'! para=5 => var:R=True
' Page: "if it is an uninitialized variable, zero is returned".
'! para=6 => var:R=0
' Page: "Returns a value of the same type that is passed to it" — Integer argument.
'! para=7 => var:R="Integer"
' Page: "Returns a value of the same type that is passed to it" — Long argument.
'! para=8 => var:R="Long"
' Page: "Returns a value of the same type that is passed to it" — Double argument.
'! para=9 => var:R="Double"
' Page: "Returns a value of the same type that is passed to it" — Single argument.
'! para=10 => var:R="Single"
' Page: "Returns a value of the same type that is passed to it" — Currency argument.
'! para=11 => var:R="Currency"
' Page: "The absolute value of a number is its unsigned magnitude" — Currency -2.5 gives 2.5.
'! para=12 => var:R=2.5
' Page: "Returns a value of the same type that is passed to it" — Variant holding a Double.
'! para=13 => var:R="Double"
Sub Main()
  Dim MyNumber
  Dim U
  Dim I As Integer, L As Long, D As Double, S As Single, C As Currency
  Select Case Para1
    Case 1: MyNumber = Abs(50.3): R = MyNumber
    Case 2: MyNumber = Abs(-50.3): R = MyNumber
    Case 3: R = Abs(-1)
    Case 4: R = Abs(1)
    Case 5: R = IsNull(Abs(Null))
    Case 6: R = Abs(U)
    Case 7: I = -7: R = TypeName(Abs(I))
    Case 8: L = -70000: R = TypeName(Abs(L))
    Case 9: D = -1.5: R = TypeName(Abs(D))
    Case 10: S = -1.5: R = TypeName(Abs(S))
    Case 11: C = -2.5: R = TypeName(Abs(C))
    Case 12: C = -2.5: R = Abs(C)
    Case 13: MyNumber = -50.3: R = TypeName(Abs(MyNumber))
  End Select
End Sub
