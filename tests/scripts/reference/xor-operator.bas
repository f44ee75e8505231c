' Xor operator — VBA reference: Language/Reference/User-Interface-Help/xor-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/xor-operator)
' Null results are checked through IsNull (the directive then expects True).
Dim R
' Page example: "A = 10: B = 8: C = 6: D = Null ... MyCheck = A > B Xor B > C    ' Returns False."
'! para=1 => var:R=False
' Page example: "MyCheck = B > A Xor B > C    ' Returns True."
'! para=2 => var:R=True
' Page example: "MyCheck = B > A Xor C > B    ' Returns False."
'! para=3 => var:R=False
' Page example: "MyCheck = B > D Xor A > B    ' Returns Null."
'! para=4 => var:R=True
' Page example: "MyCheck = A Xor B    ' Returns 2 (bitwise comparison)."
'! para=5 => var:R=2
' Table: "True | True | False"
'! para=6 => var:R=False
' Table: "True | False | True"
'! para=7 => var:R=True
' Table: "False | True | True"
'! para=8 => var:R=True
' Table: "False | False | False"
'! para=9 => var:R=False
' Remarks "if either expression is Null, result is also Null": "True | Null | Null"
'! para=10 => var:R=True
' Remarks "if either expression is Null, result is also Null": "Null | False | Null"
'! para=11 => var:R=True
' Remarks "if either expression is Null, result is also Null": "Null | Null | Null"
'! para=12 => var:R=True
' Bit table: "0 | 0 | 0" — CInt(0) Xor CInt(0).
'! para=13 => var:R=0
' Bit table: "0 | 1 | 1" — CInt(0) Xor CInt(1).
'! para=14 => var:R=1
' Bit table: "1 | 0 | 1" — CInt(1) Xor CInt(0).
'! para=15 => var:R=1
' Bit table: "1 | 1 | 0" — CInt(1) Xor CInt(1).
'! para=16 => var:R=0
Sub Main()
  Dim A, B, C, D
  A = 10: B = 8: C = 6: D = Null
  Select Case Para1
    Case 1: R = A > B Xor B > C
    Case 2: R = B > A Xor B > C
    Case 3: R = B > A Xor C > B
    Case 4: R = IsNull(B > D Xor A > B)
    Case 5: R = A Xor B
    Case 6: R = True Xor True
    Case 7: R = True Xor False
    Case 8: R = False Xor True
    Case 9: R = False Xor False
    Case 10: R = IsNull(True Xor Null)
    Case 11: R = IsNull(Null Xor False)
    Case 12: R = IsNull(Null Xor Null)
    Case 13: R = CInt(0) Xor CInt(0)
    Case 14: R = CInt(0) Xor CInt(1)
    Case 15: R = CInt(1) Xor CInt(0)
    Case 16: R = CInt(1) Xor CInt(1)
  End Select
End Sub
