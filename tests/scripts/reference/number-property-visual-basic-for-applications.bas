' Number property — VBA reference: Language/Reference/User-Interface-Help/number-property-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/number-property-visual-basic-for-applications)
' Left out (no such concept in xbas): Automation objects and Err.HelpFile/Err.HelpContext (HelpFile UI) — the second
' example's "MsgBox Msg, , "Object Error", Err.HelpFile, Err.HelpContext" is written without the two Help arguments.
' The page's "Err.Raise Number := vbObjectError + 1051, Source := "SomeClass"" is also run with positional arguments.
Dim R
Dim S
' Page example 1: "x = 1 / y    ' Create division by zero error" ... "MsgBox Err.Number" / "MsgBox Err.Description" (trappable-errors.md: "11 | Division by zero")
'! para=1 => output="11\nDivision by zero\n"
' Same example: "' Check for division by zero error / If Err.Number = 11 Then y = y + 1 / End If / Resume" — the retried division gives 1
'! para=1 => var:R=1
' Page: "Number is the Err object's default property." — Err alone after the division by zero
'! para=2 => var:R=11
' Page: "Returns or sets a numeric value specifying an error." — Err.Number after the division by zero, read with On Error Resume Next
'! para=3 => var:R=11
' Page: "set Err.Number by adding the number you selected as an error code to the vbObjectError constant ... to return the number 1051" — Err.Raise vbObjectError + 1051, "SomeClass"; "subtracting it from Err.Number strips it out of the result"
'! para=4 => var:R=1051
' Page: "the constant vbObjectError is a very large negative number"
'! para=5 => var:R=True
' Same (miscellaneous-constants.md: "vbObjectError | -2147221504")
'! para=6 => var:R=-2147221504
' Page example 2 with that object error: "If the error is object-defined, the base number is left in MyError, which is displayed in a message box along with the original source of the error."
'! para=7 => var:S="The object you accessed assigned this number to the error: 1051. The originator of the error was: SomeClass. Press F1 to see originator's Help topic."
' Same: the message box shows Msg
'! para=7 => output="The object you accessed assigned this number to the error: 1051. The originator of the error was: SomeClass. Press F1 to see originator's Help topic.\n"
' Same: MyError holds the base number
'! para=7 => var:R=1051
' Page example 2 with a Visual Basic error (11): "If Err.Number represents a Visual Basic error, the Visual Basic error number is displayed in the message box."
'! para=8 => var:S="This error (# 11) is a Visual Basic error number. Press Help button or F1 for the Visual Basic Help topic for this error."
' Page: "Returns ... a numeric value specifying an error." — after Err.Raise 6
'! para=9 => var:R=6
' Page: "Returns or sets a numeric value specifying an error. ... Read/write." — Err.Number = 11, then read back
'! para=10 => var:R=11
' Page: "you use the following code to return the number 1051 as an error code: Err.Raise Number := vbObjectError + 1051, Source := "SomeClass""
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
