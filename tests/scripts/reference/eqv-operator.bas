' Eqv operator — VBA reference: Language/Reference/User-Interface-Help/eqv-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/eqv-operator)
' Null results are checked through IsNull (the directive then expects True).
Dim R
' Page example: "A = 10: B = 8: C = 6: D = Null ... MyCheck = A > B Eqv B > C    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyCheck = B > A Eqv B > C    ' Returns False."
'! para=2 => var:R=False
' Page example: "MyCheck = A > B Eqv B > D    ' Returns Null."
'! para=3 => var:R=True
' Page example: "MyCheck = A Eqv B    ' Returns -3 (bitwise comparison)."
'! para=4 => var:R=-3
' Table: "True | True | True"
'! para=5 => var:R=True
' Table: "True | False | False"
'! para=6 => var:R=False
' Table: "False | True | False"
'! para=7 => var:R=False
' Table: "False | False | True"
'! para=8 => var:R=True
' Remarks "If either expression is Null, result is also Null": "True | Null | Null"
'! para=9 => var:R=True
' Remarks "If either expression is Null, result is also Null": "Null | False | Null"
'! para=10 => var:R=True
' Remarks "If either expression is Null, result is also Null": "Null | Null | Null"
'! para=11 => var:R=True
' Bit table: "0 | 0 | 1" — bit 0 of CInt(0) Eqv CInt(0), read through And 1.
'! para=12 => var:R=1
' Bit table: "0 | 1 | 0" — bit 0 of CInt(0) Eqv CInt(1), read through And 1.
'! para=13 => var:R=0
' Bit table: "1 | 0 | 0" — bit 0 of CInt(1) Eqv CInt(0), read through And 1.
'! para=14 => var:R=0
' Bit table: "1 | 1 | 1" — bit 0 of CInt(1) Eqv CInt(1), read through And 1.
'! para=15 => var:R=1
Sub Main()
  Dim A, B, C, D
  A = 10: B = 8: C = 6: D = Null
  Select Case Para1
    Case 1: R = A > B Eqv B > C
    Case 2: R = B > A Eqv B > C
    Case 3: R = IsNull(A > B Eqv B > D)
    Case 4: R = A Eqv B
    Case 5: R = True Eqv True
    Case 6: R = True Eqv False
    Case 7: R = False Eqv True
    Case 8: R = False Eqv False
    Case 9: R = IsNull(True Eqv Null)
    Case 10: R = IsNull(Null Eqv False)
    Case 11: R = IsNull(Null Eqv Null)
    Case 12: R = (CInt(0) Eqv CInt(0)) And 1
    Case 13: R = (CInt(0) Eqv CInt(1)) And 1
    Case 14: R = (CInt(1) Eqv CInt(0)) And 1
    Case 15: R = (CInt(1) Eqv CInt(1)) And 1
  End Select
End Sub
