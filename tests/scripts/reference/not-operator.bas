' Not operator — VBA reference: Language/Reference/User-Interface-Help/not-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/not-operator)
' Null results are checked through IsNull.
Dim R
' Page example: "A = 10: B = 8: C = 6: D = Null ... MyCheck = Not(A > B)    ' Returns False."
'! para=1 => var:R=False
' Page example: "MyCheck = Not(B > A)    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyCheck = Not(C > D)    ' Returns Null."
'! para=3 => var:R=True
' Page example: "MyCheck = Not A    ' Returns -11 (bitwise comparison)."
'! para=4 => var:R=-11
' Table: "If expression is True | Then result is False"
'! para=5 => var:R=False
' Table: "If expression is False | Then result is True"
'! para=6 => var:R=True
' Table: "If expression is Null | Then result is Null"
'! para=7 => var:R=True
' Bit table: "bit 0 -> 1" — Not 0 sets every bit: -1 (checked as Integer 0).
'! para=8 => var:R=-1
' Bit table: "bit 1 -> 0" — Not -1 clears every bit: 0.
'! para=9 => var:R=0
Sub Main()
  Dim A, B, C, D
  A = 10: B = 8: C = 6: D = Null
  Select Case Para1
    Case 1: R = Not(A > B)
    Case 2: R = Not(B > A)
    Case 3: R = IsNull(Not(C > D))
    Case 4: R = Not A
    Case 5: R = Not True
    Case 6: R = Not False
    Case 7: R = IsNull(Not Null)
    Case 8: R = Not CInt(0)
    Case 9: R = Not CInt(-1)
  End Select
End Sub
