' Or operator — VBA reference: Language/Reference/User-Interface-Help/or-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/or-operator)
' Null results are checked through IsNull (the directive then expects True).
Dim R
' Page example: "A = 10: B = 8: C = 6: D = Null ... MyCheck = A > B Or B > C    ' Returns True."
'! para=1 => var:R=True
' Page example: "MyCheck = B > A Or B > C    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyCheck = A > B Or B > D    ' Returns True."
'! para=3 => var:R=True
' Page example: "MyCheck = B > D Or B > A    ' Returns Null."
'! para=4 => var:R=True
' Page example: "MyCheck = A Or B    ' Returns 10 (bitwise comparison)."
'! para=5 => var:R=10
' Table: "True | True | True"
'! para=6 => var:R=True
' Table: "True | False | True"
'! para=7 => var:R=True
' Table: "True | Null | True"
'! para=8 => var:R=True
' Table: "False | True | True"
'! para=9 => var:R=True
' Table: "False | False | False"
'! para=10 => var:R=False
' Table: "False | Null | Null"
'! para=11 => var:R=True
' Table: "Null | True | True"
'! para=12 => var:R=True
' Table: "Null | False | Null"
'! para=13 => var:R=True
' Table: "Null | Null | Null"
'! para=14 => var:R=True
' Bit table: "0 | 0 | 0" — CInt(0) Or CInt(0).
'! para=15 => var:R=0
' Bit table: "0 | 1 | 1" — CInt(0) Or CInt(1).
'! para=16 => var:R=1
' Bit table: "1 | 0 | 1" — CInt(1) Or CInt(0).
'! para=17 => var:R=1
' Bit table: "1 | 1 | 1" — CInt(1) Or CInt(1).
'! para=18 => var:R=1
Sub Main()
  Dim A, B, C, D
  A = 10: B = 8: C = 6: D = Null
  Select Case Para1
    Case 1: R = A > B Or B > C
    Case 2: R = B > A Or B > C
    Case 3: R = A > B Or B > D
    Case 4: R = IsNull(B > D Or B > A)
    Case 5: R = A Or B
    Case 6: R = True Or True
    Case 7: R = True Or False
    Case 8: R = True Or Null
    Case 9: R = False Or True
    Case 10: R = False Or False
    Case 11: R = IsNull(False Or Null)
    Case 12: R = Null Or True
    Case 13: R = IsNull(Null Or False)
    Case 14: R = IsNull(Null Or Null)
    Case 15: R = CInt(0) Or CInt(0)
    Case 16: R = CInt(0) Or CInt(1)
    Case 17: R = CInt(1) Or CInt(0)
    Case 18: R = CInt(1) Or CInt(1)
  End Select
End Sub
