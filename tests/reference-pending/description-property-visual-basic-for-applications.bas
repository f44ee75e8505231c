' Description property — VBA reference: Language/Reference/User-Interface-Help/description-property-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/description-property-visual-basic-for-applications)
' Only the Err object's Description is covered (xbas has no other objects). xbas has no Error function, so
' "the string returned by the Error function" is taken from the messages of trappable-errors.md and the error pages.
' Error numbers of file I/O, objects, forms, DLLs and Property procedures are left out (no such concepts in xbas).
Dim R
Dim S
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 35 (trappable-errors.md: "35 | Sub, Function, or Property not defined")
' xbas gives: S="Sub or Function not defined" (the message spec 1.2 lists for 35)
'! para=17 => var:S="Sub, Function, or Property not defined"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 14 (trappable-errors.md: "14 | Out of string space")
' xbas gives: S="Application-defined or object-defined error"
'! para=18 => var:S="Out of string space"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 16 (trappable-errors.md: "16 | Expression too complex")
' xbas gives: S="Application-defined or object-defined error"
'! para=19 => var:S="Expression too complex"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 18 (trappable-errors.md: "18 | User interrupt occurred")
' xbas gives: S="Application-defined or object-defined error"
'! para=20 => var:S="User interrupt occurred"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 92 (trappable-errors.md: "92 | For loop not initialized")
' xbas gives: S="Application-defined or object-defined error"
'! para=21 => var:S="For loop not initialized"
' Page example: "Err.Description = "It was not possible to access an object necessary " & "for this operation."" — read back
' xbas gives: does not compile: "cannot assign to this expression" (Err.Description is read-only)
'! para=23 => var:S="It was not possible to access an object necessary for this operation."
' Page: "When generating a user-defined error, assign a short description of your error to the Description property." — Err.Raise 1000, , "Custom" (raise-method.md: "object.Raise number, source, description, ...", source omitted)
' xbas gives: the interpreter panics ("range start index 18446744073709551615 out of range for slice of length 2", vm/mod.rs:927) and the whole `xbas test` run aborts
'! para=24 => var:S="Custom"
Sub Main()
  Dim x, y, I As Integer, A(3)
  On Error Resume Next
  Select Case Para1
    Case 1: Err.Raise 11
    Case 2: Err.Raise 6
    Case 3: Err.Raise 9
    Case 4: Err.Raise 13
    Case 5: Err.Raise 5
    Case 6: Err.Raise 3
    Case 7: Err.Raise 7
    Case 8: Err.Raise 10
    Case 9: Err.Raise 20
    Case 10: Err.Raise 28
    Case 11: x = 1 / y
    Case 12: I = 40000
    Case 13: x = A(7)
    Case 14
      Err.Raise 1000, "MyApp", "It was not possible to access an object necessary " _
      & "for this operation."
    Case 15
      On Error GoTo H15
      x = 1 / y
      Exit Sub
H15:
      S = Err.Description
      Exit Sub
    Case 16: Err.Raise 94
    Case 17: Err.Raise 35
    Case 18: Err.Raise 14
    Case 19: Err.Raise 16
    Case 20: Err.Raise 18
    Case 21: Err.Raise 92
    Case 22: Err.Raise 93
    Case 23
      Err.Description = "It was not possible to access an object necessary " _
      & "for this operation."
    Case 24: Err.Raise 1000, , "Custom"
  End Select
  S = Err.Description
End Sub
