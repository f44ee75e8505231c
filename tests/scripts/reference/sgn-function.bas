' Sgn function — VBA reference: Language/Reference/User-Interface-Help/sgn-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/sgn-function)
Dim R
' Page example: "MyVar1 = 12 ... MySign = Sgn(MyVar1)    ' Returns 1."
'! para=1 => var:R=1
' Page example: "MyVar2 = -2.4 ... MySign = Sgn(MyVar2)    ' Returns -1."
'! para=2 => var:R=-1
' Page example: "MyVar3 = 0 ... MySign = Sgn(MyVar3)    ' Returns 0."
'! para=3 => var:R=0
' Page: "Returns a Variant (Integer)" — type of Sgn(12).
'! para=4 => var:R="Integer"
' Page: "Returns a Variant (Integer)" — type of Sgn(-2.4), a Double argument.
'! para=5 => var:R="Integer"
' Return values table: "Greater than zero | 1" — a small positive Double.
'! para=6 => var:R=1
' Return values table: "Less than zero | -1" — a Currency below zero.
'! para=7 => var:R=-1
' Return values table: "Equal to zero | 0" — a Double zero; Sgn returns Variant (Integer).
'! para=8 => var:R="Integer"
Sub Main()
  Dim MyVar1, MyVar2, MyVar3, MySign
  Dim C As Currency
  MyVar1 = 12: MyVar2 = -2.4: MyVar3 = 0
  Select Case Para1
    Case 1: MySign = Sgn(MyVar1): R = MySign
    Case 2: MySign = Sgn(MyVar2): R = MySign
    Case 3: MySign = Sgn(MyVar3): R = MySign
    Case 4: R = TypeName(Sgn(MyVar1))
    Case 5: R = TypeName(Sgn(MyVar2))
    Case 6: R = Sgn(0.0001)
    Case 7: C = -0.5: R = Sgn(C)
    Case 8: R = TypeName(Sgn(0#))
  End Select
End Sub
