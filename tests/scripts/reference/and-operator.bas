' And operator — VBA reference: Language/Reference/User-Interface-Help/and-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/and-operator)
' Null results are checked through IsNull (the directive then expects True).
Dim R
' Page example: "A = 10: B = 8: C = 6: D = Null ... MyCheck = A > B And B > C         ' Returns True."
'! para=1 => var:R=True
' Page example: "MyCheck = B > A And B > C         ' Returns False."
'! para=2 => var:R=False
' Page example: "MyCheck = A > B And B > D         ' Returns Null."
'! para=3 => var:R=True
' Page example: "MyCheck = A And B                 ' Returns 8 (bitwise comparison)."
'! para=4 => var:R=8
' Remarks "If both expressions evaluate to True, result is True"; as a row: "True | True | True"
'! para=5 => var:R=True
' Table: "True | False | False"
'! para=6 => var:R=False
' Table: "True | Null | Null"
'! para=7 => var:R=True
' Table: "False | True | False"
'! para=8 => var:R=False
' Table: "False | False | False"
'! para=9 => var:R=False
' Table: "False | Null | False"
'! para=10 => var:R=False
' Table: "Null | True | Null"
'! para=11 => var:R=True
' Table: "Null | False | False"
'! para=12 => var:R=False
' Table: "Null | Null | Null"
'! para=13 => var:R=True
' Bit table: "0 | 0 | 0" — CInt(0) And CInt(0).
'! para=14 => var:R=0
' Bit table: "0 | 1 | 0" — CInt(0) And CInt(1).
'! para=15 => var:R=0
' Bit table: "1 | 0 | 0" — CInt(1) And CInt(0).
'! para=16 => var:R=0
' Bit table: "1 | 1 | 1" — CInt(1) And CInt(1).
'! para=17 => var:R=1
Sub Main()
  Dim A, B, C, D
  A = 10: B = 8: C = 6: D = Null
  Select Case Para1
    Case 1: R = A > B And B > C
    Case 2: R = B > A And B > C
    Case 3: R = IsNull(A > B And B > D)
    Case 4: R = A And B
    Case 5: R = True And True
    Case 6: R = True And False
    Case 7: R = IsNull(True And Null)
    Case 8: R = False And True
    Case 9: R = False And False
    Case 10: R = False And Null
    Case 11: R = IsNull(Null And True)
    Case 12: R = Null And False
    Case 13: R = IsNull(Null And Null)
    Case 14: R = CInt(0) And CInt(0)
    Case 15: R = CInt(0) And CInt(1)
    Case 16: R = CInt(1) And CInt(0)
    Case 17: R = CInt(1) And CInt(1)
  End Select
End Sub
