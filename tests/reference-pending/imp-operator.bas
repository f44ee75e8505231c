' Imp operator — VBA reference: Language/Reference/User-Interface-Help/imp-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/imp-operator)
' Null results are checked through IsNull (the directive then expects True).
Dim R
' Page example: "MyCheck = B > A Imp C > D    ' Returns True."
' xbas gives: Null (IsNull(B > A Imp C > D) is True)
'! para=4 => var:R=True
' Table: "False | Null | True"
' xbas gives: Null (IsNull(False Imp Null) is True)
'! para=12 => var:R=True
' Table: "Null | True | True"
' xbas gives: Null (IsNull(Null Imp True) is True)
'! para=13 => var:R=True
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
