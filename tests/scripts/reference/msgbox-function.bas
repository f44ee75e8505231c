' MsgBox function — VBA reference: Language/Reference/User-Interface-Help/msgbox-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/msgbox-function)
' In xbas MsgBox never blocks: the dialog is its prompt written to the output plus "\n" (spec 1.2 Host I/O);
' title, icon, Help file and context are not shown. Which button a user clicks is only asserted where the
' buttons shown leave one choice or a fixed set. Left out (dialog UI): the title bar's default text, ESC/F1/Help
' button behaviour, the prompt's maximum length, and the rule that helpfile and context go together.
Dim R
' Settings table: "vbOKOnly | 0 | Display OK button only."
'! para=1 => var:R=0
' Return values table: "vbOK | 1 | OK"
'! para=2 => var:R=1
' Page: "Displays a message in a dialog box" / "prompt: ... String expression displayed as the message in the dialog box."
'! para=3 => output="Hello\n"
' Page: "returns an Integer indicating which button the user clicked."
'! para=4 => var:R="Integer"
' Page: "buttons ... If omitted, the default value for buttons is 0." (vbOKOnly, "Display OK button only") — the only button is OK, so the return is vbOK (1)
'! para=5 => var:R=1
' Settings table: "vbOKOnly | 0 | Display OK button only." given explicitly — the return is vbOK (1)
'! para=6 => var:R=1
' Page: "If prompt consists of more than one line, you can separate the lines by using ... a linefeed character (Chr(10))"
'! para=7 => output="a\nb\n"
' Page note: "To omit some positional arguments, you must include the corresponding comma delimiter." — MsgBox("x", , "Title")
'! para=8 => output="x\n"
' Page example: "Response = MsgBox(Msg, Style, Title, Help, Ctxt)" with Msg = "Do you want to continue ?" — the message shown
'! para=9 => output="Do you want to continue ?\n"
' Settings "vbOKCancel | 1 | Display OK and Cancel buttons." — the return is OK (1) or Cancel (2) (return values table)
'! para=10 => var:R=True
' Page example: "Style = vbYesNo Or vbCritical Or vbDefaultButton2    ' Define buttons." — 4 Or 16 Or 256 (settings table)
'! para=11 => var:R=276
' Settings table, "the first group of values (0-5) describes the number and type of buttons": vbOKOnly 0, vbOKCancel 1, vbAbortRetryIgnore 2, vbYesNoCancel 3, vbYesNo 4, vbRetryCancel 5
'! para=12 => var:R="0 1 2 3 4 5"
' Settings table, "the second group (16, 32, 48, 64) describes the icon style": vbCritical, vbQuestion, vbExclamation, vbInformation
'! para=13 => var:R="16 32 48 64"
' Settings table, "the third group (0, 256, 512) determines which button is the default": vbDefaultButton1 0, vbDefaultButton2 256, vbDefaultButton3 512, vbDefaultButton4 768
'! para=14 => var:R="0 256 512 768"
' Settings table, "the fourth group (0, 4096) determines the modality": vbApplicationModal 0, vbSystemModal 4096
'! para=15 => var:R="0 4096"
' Settings table: "vbMsgBoxHelpButton | 16384", "vbMsgBoxSetForeground | 65536", "vbMsgBoxRight | 524288", "vbMsgBoxRtlReading | 1048576"
'! para=16 => var:R="16384 65536 524288 1048576"
' Return values table: vbOK 1, vbCancel 2, vbAbort 3, vbRetry 4, vbIgnore 5, vbYes 6, vbNo 7
'! para=17 => var:R="1 2 3 4 5 6 7"
' Settings "vbYesNo | 4 | Display Yes and No buttons." with "returns an Integer indicating which button the user clicked" — Yes (6) or No (7)
'! para=18 => var:R=True
' Settings "vbAbortRetryIgnore | 2 | Display Abort, Retry, and Ignore buttons." — the return is Abort (3), Retry (4) or Ignore (5)
'! para=19 => var:R=True
' Settings "vbYesNoCancel | 3 | Display Yes, No, and Cancel buttons." — the return is Yes (6), No (7) or Cancel (2)
'! para=20 => var:R=True
' Settings "vbRetryCancel | 5 | Display Retry and Cancel buttons." — the return is Retry (4) or Cancel (2)
'! para=21 => var:R=True
' Page: "The MsgBox function syntax has these named arguments" (prompt, buttons, title, ...) — MsgBox(Prompt:="named", Buttons:=0)
'! para=22 => output="named\n"
Sub Main()
  Dim Msg, Style, Title, Help, Ctxt, Response, MyString
  Select Case Para1
    Case 1: R = vbOKOnly
    Case 2: R = vbOK
    Case 3: MsgBox "Hello"
    Case 4: R = TypeName(MsgBox("Hello"))
    Case 5: R = MsgBox("Hello")
    Case 6: R = MsgBox("Hello", vbOKOnly)
    Case 7: MsgBox "a" & Chr(10) & "b"
    Case 8: R = MsgBox("x", , "Title")
    Case 9, 11
      Msg = "Do you want to continue ?"    ' Define message.
      Style = vbYesNo Or vbCritical Or vbDefaultButton2    ' Define buttons.
      Title = "MsgBox Demonstration"    ' Define title.
      Help = "DEMO.HLP"    ' Define Help file.
      Ctxt = 1000    ' Define topic context.
      If Para1 = 11 Then R = Style: Exit Sub
      Response = MsgBox(Msg, Style, Title, Help, Ctxt)
      If Response = vbYes Then    ' User chose Yes.
        MyString = "Yes"    ' Perform some action.
      Else    ' User chose No.
        MyString = "No"    ' Perform some action.
      End If
    Case 10
      Response = MsgBox("x", 1)
      R = (Response = 1 Or Response = 2)
    Case 12: R = vbOKOnly & " " & vbOKCancel & " " & vbAbortRetryIgnore & " " & vbYesNoCancel & " " & vbYesNo & " " & vbRetryCancel
    Case 13: R = vbCritical & " " & vbQuestion & " " & vbExclamation & " " & vbInformation
    Case 14: R = vbDefaultButton1 & " " & vbDefaultButton2 & " " & vbDefaultButton3 & " " & vbDefaultButton4
    Case 15: R = vbApplicationModal & " " & vbSystemModal
    Case 16: R = vbMsgBoxHelpButton & " " & vbMsgBoxSetForeground & " " & vbMsgBoxRight & " " & vbMsgBoxRtlReading
    Case 17: R = vbOK & " " & vbCancel & " " & vbAbort & " " & vbRetry & " " & vbIgnore & " " & vbYes & " " & vbNo
    Case 18
      Response = MsgBox("Continue?", 4)
      R = (Response = 6 Or Response = 7)
    Case 19
      Response = MsgBox("Continue?", 2)
      R = (Response = 3 Or Response = 4 Or Response = 5)
    Case 20
      Response = MsgBox("Continue?", 3)
      R = (Response = 6 Or Response = 7 Or Response = 2)
    Case 21
      Response = MsgBox("Continue?", 5)
      R = (Response = 4 Or Response = 2)
    Case 22: R = MsgBox(Prompt:="named", Buttons:=0)
  End Select
End Sub
