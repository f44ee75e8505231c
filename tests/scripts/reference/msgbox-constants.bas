' MsgBox constants — VBA reference: Language/Reference/User-Interface-Help/msgbox-constants.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/msgbox-constants)
' Page: "The following constants can be used anywhere in your code in place of the actual values." — one directive per table row.
Dim R
' Table "MsgBox arguments": "vbOKOnly | 0 | OK button only (default)"
'! para=1 => var:R=0
' Table "MsgBox return values": "vbOK | 1 | OK button pressed"
'! para=21 => var:R=1
Sub Main()
  Select Case Para1
    Case 1: R = vbOKOnly
    Case 2: R = vbOKCancel
    Case 3: R = vbAbortRetryIgnore
    Case 4: R = vbYesNoCancel
    Case 5: R = vbYesNo
    Case 6: R = vbRetryCancel
    Case 7: R = vbCritical
    Case 8: R = vbQuestion
    Case 9: R = vbExclamation
    Case 10: R = vbInformation
    Case 11: R = vbDefaultButton1
    Case 12: R = vbDefaultButton2
    Case 13: R = vbDefaultButton3
    Case 14: R = vbDefaultButton4
    Case 15: R = vbApplicationModal
    Case 16: R = vbSystemModal
    Case 17: R = vbMsgBoxHelpButton
    Case 18: R = VbMsgBoxSetForeground
    Case 19: R = vbMsgBoxRight
    Case 20: R = vbMsgBoxRtlReading
    Case 21: R = vbOK
    Case 22: R = vbCancel
    Case 23: R = vbAbort
    Case 24: R = vbRetry
    Case 25: R = vbIgnore
    Case 26: R = vbYes
    Case 27: R = vbNo
  End Select
End Sub
