' Imp operator — VBA reference: Language/Reference/User-Interface-Help/imp-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/imp-operator)
' Null results are checked through IsNull (the directive then expects True).
Dim R
' Page example: "A = 10: B = 8: C = 6: D = Null ... MyCheck = A > B Imp B > C    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyCheck = A > B Imp C > B    ' Returns False."
'! para=2 => var:R=False
' Page example: "MyCheck = B > A Imp C > B    ' Returns True."
'! para=3 => var:R=True
' Page example: "MyCheck = C > D Imp B > A    ' Returns Null."
'! para=5 => var:R=True
' Page example: "MyCheck = B Imp A    ' Returns -1 (bitwise comparison)."
'! para=6 => var:R=-1
' Table: "True | True | True"
'! para=7 => var:R=True
' Table: "True | False | False"
'! para=8 => var:R=False
' Table: "True | Null | Null"
'! para=9 => var:R=True
' Table: "False | True | True"
'! para=10 => var:R=True
' Table: "False | False | True"
'! para=11 => var:R=True
' Table: "Null | False | Null"
'! para=14 => var:R=True
' Table: "Null | Null | Null"
'! para=15 => var:R=True
' Bit table: "0 | 0 | 1" — bit 0 of CInt(0) Imp CInt(0), read through And 1.
'! para=16 => var:R=1
' Bit table: "0 | 1 | 1" — bit 0 of CInt(0) Imp CInt(1), read through And 1.
'! para=17 => var:R=1
' Bit table: "1 | 0 | 0" — bit 0 of CInt(1) Imp CInt(0), read through And 1.
'! para=18 => var:R=0
' Bit table: "1 | 1 | 1" — bit 0 of CInt(1) Imp CInt(1), read through And 1.
'! para=19 => var:R=1
Sub Main()
  Dim A, B, C, D
  A = 10: B = 8: C = 6: D = Null
  Select Case Para1
    Case 1: R = A > B Imp B > C
    Case 2: R = A > B Imp C > B
    Case 3: R = B > A Imp C > B
    Case 4: R = B > A Imp C > D
    Case 5: R = IsNull(C > D Imp B > A)
    Case 6: R = B Imp A
    Case 7: R = True Imp True
    Case 8: R = True Imp False
    Case 9: R = IsNull(True Imp Null)
    Case 10: R = False Imp True
    Case 11: R = False Imp False
    Case 12: R = False Imp Null
    Case 13: R = Null Imp True
    Case 14: R = IsNull(Null Imp False)
    Case 15: R = IsNull(Null Imp Null)
    Case 16: R = (CInt(0) Imp CInt(0)) And 1
    Case 17: R = (CInt(0) Imp CInt(1)) And 1
    Case 18: R = (CInt(1) Imp CInt(0)) And 1
    Case 19: R = (CInt(1) Imp CInt(1)) And 1
  End Select
End Sub
' Page example: "MyCheck = B > A Imp C > D    ' Returns True."
'! para=4 => var:R=True
' Table: "False | Null | True"
'! para=12 => var:R=True
' Table: "Null | True | True"
'! para=13 => var:R=True
