' Number property — VBA reference: Language/Reference/User-Interface-Help/number-property-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/number-property-visual-basic-for-applications)
' Left out (no such concept in xbas): Automation objects and Err.HelpFile/Err.HelpContext (HelpFile UI) — the second
' example's "MsgBox Msg, , "Object Error", Err.HelpFile, Err.HelpContext" is written without the two Help arguments.
' The page's "Err.Raise Number := vbObjectError + 1051, Source := "SomeClass"" is also run with positional arguments.
Dim R
Dim S
' Page: "Returns or sets a numeric value specifying an error. ... Read/write." — Err.Number = 11, then read back
' xbas gives: does not compile: "cannot assign to this expression" (Err.Number is read-only)
'! para=10 => var:R=11
' Page: "you use the following code to return the number 1051 as an error code: Err.Raise Number := vbObjectError + 1051, Source := "SomeClass""
' xbas gives: does not compile: "expected end of statement, found `:=`" (no named arguments)
'! para=11 => var:R=1051
Sub Main()
  Dim x, y
  Select Case Para1
    Case 1: test
    Case 2
      On Error Resume Next
      x = 1 / y
      R = Err
    Case 3
      On Error Resume Next
      x = 1 / y
      R = Err.Number
    Case 4
      On Error Resume Next
      Err.Raise vbObjectError + 1051, "SomeClass"
      R = Err.Number - vbObjectError
    Case 5: R = (vbObjectError < 0)
    Case 6: R = vbObjectError
    Case 7
      On Error Resume Next
      Err.Raise vbObjectError + 1051, "SomeClass"
      ObjectErrorMessage
    Case 8
      On Error Resume Next
      x = 1 / y
      ObjectErrorMessage
    Case 9
      On Error Resume Next
      Err.Raise 6
      R = Err.Number
    Case 10
      Err.Number = 11
      R = Err.Number
    Case 11
      On Error Resume Next
      Err.Raise Number := vbObjectError + 1051, Source := "SomeClass"
      R = Err.Number - vbObjectError
  End Select
End Sub

' Typical use of Number property
Sub test()
    On Error GoTo out

    Dim x, y
    x = 1 / y    ' Create division by zero error
    R = x
    Exit Sub
out:
    MsgBox Err.Number
    MsgBox Err.Description
    ' Check for division by zero error
    If Err.Number = 11 Then
        y = y + 1
    End If
    Resume
End Sub

' Using Number property with an error from an
' Automation object
Sub ObjectErrorMessage()
Dim MyError, Msg
' First, strip off the constant added by the object to indicate one
' of its own errors.
MyError = Err.Number - vbObjectError
' If you subtract the vbObjectError constant, and the number is still
' in the range 0-65,535, it is an object-defined error code.
If MyError > 0 And MyError < 65535 Then
    Msg = "The object you accessed assigned this number to the error: " _
             & MyError & ". The originator of the error was: " _
            & Err.Source & ". Press F1 to see originator's Help topic."
' Otherwise it is a Visual Basic error number.
Else
    Msg = "This error (# " & Err.Number & ") is a Visual Basic error" & _
            " number. Press Help button or F1 for the Visual Basic Help" _
            & " topic for this error."
End If
    MsgBox Msg, , "Object Error"
    S = Msg
    R = MyError
End Sub
