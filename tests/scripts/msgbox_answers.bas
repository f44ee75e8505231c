' MsgBox never blocks (spec 1.2): it writes its prompt and answers as pressing Enter would,
' with the box's default button (msgbox-function.md settings: vbDefaultButton1..4 = 0, 256,
' 512, 768; return values vbOK 1, vbCancel 2, vbAbort 3, vbRetry 4, vbIgnore 5, vbYes 6, vbNo 7).
Dim R
'! para=1 => var:R=1 output="Go?\n"
'! para=2 => var:R=6
'! para=3 => var:R=7
'! para=4 => var:R=2
'! para=5 => var:R=5
'! para=6 => var:R=4
'! para=7 => var:R=2
Sub Main()
  Select Case Para1
    Case 1: R = MsgBox("Go?")
    Case 2: R = MsgBox("Go?", vbYesNo)
    Case 3: R = MsgBox("Go?", vbYesNo Or vbCritical Or vbDefaultButton2)
    Case 4: R = MsgBox("Go?", vbYesNoCancel + vbDefaultButton3)
    Case 5: R = MsgBox("Go?", vbAbortRetryIgnore + vbDefaultButton3)
    Case 6: R = MsgBox("Go?", vbRetryCancel + vbDefaultButton4)
    Case 7: R = MsgBox("Go?", vbOKCancel + vbDefaultButton2, "Title")
  End Select
End Sub
