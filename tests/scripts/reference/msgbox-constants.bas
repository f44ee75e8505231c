' MsgBox constants — VBA reference: Language/Reference/User-Interface-Help/msgbox-constants.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/msgbox-constants)
' Page: "The following constants can be used anywhere in your code in place of the actual values." — one directive per table row.
Dim R
' Table "MsgBox arguments": "vbOKOnly | 0 | OK button only (default)"
'! para=1 => var:R=0
' Table "MsgBox return values": "vbOK | 1 | OK button pressed"
'! para=21 => var:R=1
' Table "MsgBox arguments": "vbOKCancel | 1 | OK and Cancel buttons"
'! para=2 => var:R=1
' Table "MsgBox arguments": "vbAbortRetryIgnore | 2 | Abort, Retry, and Ignore buttons"
'! para=3 => var:R=2
' Table "MsgBox arguments": "vbYesNoCancel | 3 | Yes, No, and Cancel buttons"
'! para=4 => var:R=3
' Table "MsgBox arguments": "vbYesNo | 4 | Yes and No buttons"
'! para=5 => var:R=4
' Table "MsgBox arguments": "vbRetryCancel | 5 | Retry and Cancel buttons"
'! para=6 => var:R=5
' Table "MsgBox arguments": "vbCritical | 16 | Critical message"
'! para=7 => var:R=16
' Table "MsgBox arguments": "vbQuestion | 32 | Warning query"
'! para=8 => var:R=32
' Table "MsgBox arguments": "vbExclamation | 48 | Warning message"
'! para=9 => var:R=48
' Table "MsgBox arguments": "vbInformation | 64 | Information message"
'! para=10 => var:R=64
' Table "MsgBox arguments": "vbDefaultButton1 | 0 | First button is default (default)"
'! para=11 => var:R=0
' Table "MsgBox arguments": "vbDefaultButton2 | 256 | Second button is default"
'! para=12 => var:R=256
' Table "MsgBox arguments": "vbDefaultButton3 | 512 | Third button is default"
'! para=13 => var:R=512
' Table "MsgBox arguments": "vbDefaultButton4 | 768 | Fourth button is default"
'! para=14 => var:R=768
' Table "MsgBox arguments": "vbApplicationModal | 0 | Application modal message box (default)"
'! para=15 => var:R=0
' Table "MsgBox arguments": "vbSystemModal | 4096 | System modal message box"
'! para=16 => var:R=4096
' Table "MsgBox arguments": "vbMsgBoxHelpButton | 16384 | Adds Help button to the message box"
'! para=17 => var:R=16384
' Table "MsgBox arguments": "VbMsgBoxSetForeground | 65536 | Specifies the message box window as the foreground window"
'! para=18 => var:R=65536
' Table "MsgBox arguments": "vbMsgBoxRight | 524288 | Text is right aligned"
'! para=19 => var:R=524288
' Table "MsgBox arguments": "vbMsgBoxRtlReading | 1048576 | Specifies text should appear as right-to-left reading on Hebrew and Arabic systems"
'! para=20 => var:R=1048576
' Table "MsgBox return values": "vbCancel | 2 | Cancel button pressed"
'! para=22 => var:R=2
' Table "MsgBox return values": "vbAbort | 3 | Abort button pressed"
'! para=23 => var:R=3
' Table "MsgBox return values": "vbRetry | 4 | Retry button pressed"
'! para=24 => var:R=4
' Table "MsgBox return values": "vbIgnore | 5 | Ignore button pressed"
'! para=25 => var:R=5
' Table "MsgBox return values": "vbYes | 6 | Yes button pressed"
'! para=26 => var:R=6
' Table "MsgBox return values": "vbNo | 7 | No button pressed"
'! para=27 => var:R=7
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
