' Description property — VBA reference: Language/Reference/User-Interface-Help/description-property-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/description-property-visual-basic-for-applications)
' Only the Err object's Description is covered (xbas has no other objects). xbas has no Error function, so
' "the string returned by the Error function" is taken from the messages of trappable-errors.md and the error pages.
' Error numbers of file I/O, objects, forms, DLLs and Property procedures are left out (no such concepts in xbas).
Dim R
Dim S
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description when the error is generated." (trappable-errors.md: "11 | Division by zero") — Err.Raise 11
'! para=1 => var:S="Division by zero"
' Same, error 6 (trappable-errors.md: "6 | Overflow")
'! para=2 => var:S="Overflow"
' Same, error 9 (trappable-errors.md: "9 | Subscript out of range")
'! para=3 => var:S="Subscript out of range"
' Same, error 13 (trappable-errors.md: "13 | Type mismatch")
'! para=4 => var:S="Type mismatch"
' Same, error 5 (invalid-procedure-call-or-argument-error-5.md: "# Invalid procedure call or argument (Error 5)")
'! para=5 => var:S="Invalid procedure call or argument"
' Same, error 3 (trappable-errors.md: "3 | Return without GoSub")
'! para=6 => var:S="Return without GoSub"
' Same, error 7 (trappable-errors.md: "7 | Out of memory")
'! para=7 => var:S="Out of memory"
' Same, error 10 (trappable-errors.md: "10 | This array is fixed or temporarily locked")
'! para=8 => var:S="This array is fixed or temporarily locked"
' Same, error 20 (trappable-errors.md: "20 | Resume without error")
'! para=9 => var:S="Resume without error"
' Same, error 28 (trappable-errors.md: "28 | Out of stack space")
'! para=10 => var:S="Out of stack space"
' Page: "... placed in Description when the error is generated." — a real division by zero (x = 1 / y)
'! para=11 => var:S="Division by zero"
' Same — a real overflow (Integer assigned 40000; trappable-errors.md: "6 | Overflow")
'! para=12 => var:S="Overflow"
' Same — a real subscript out of range
'! para=13 => var:S="Subscript out of range"
' Page: "When generating a user-defined error, assign a short description of your error to the Description property." — Err.Raise 1000, "MyApp", description
'! para=14 => var:S="It was not possible to access an object necessary for this operation."
' Page: "The Description property setting consists of a short description of the error." — Err.Description inside an On Error GoTo handler
'! para=15 => var:S="Division by zero"
' Page: "the string returned by the Error function is placed in Description" — error 94 (trappable-errors.md: "94 | Invalid use of Null")
'! para=16 => var:S="Invalid use of Null"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 93 (trappable-errors.md: "93 | Invalid pattern string")
'! para=22 => var:S="Invalid pattern string"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 14 (trappable-errors.md: "14 | Out of string space")
'! para=18 => var:S="Out of string space"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 16 (trappable-errors.md: "16 | Expression too complex")
'! para=19 => var:S="Expression too complex"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 18 (trappable-errors.md: "18 | User interrupt occurred")
'! para=20 => var:S="User interrupt occurred"
' Page: "If Description isn't filled in, and the value of Number corresponds to a Visual Basic run-time error, the string returned by the Error function is placed in Description" — Err.Raise 92 (trappable-errors.md: "92 | For loop not initialized")
'! para=21 => var:S="For loop not initialized"
' Page example: "Err.Description = "It was not possible to access an object necessary " & "for this operation."" — read back
'! para=23 => var:S="It was not possible to access an object necessary for this operation."
' Page: "When generating a user-defined error, assign a short description of your error to the Description property." — Err.Raise 1000, , "Custom" (raise-method.md: "object.Raise number, source, description, ...", source omitted)
'! para=24 => var:S="Custom"
' Page: "the string returned by the Error function is placed in Description" — Err.Raise 35: trappable-errors.md says
' "Sub, Function, or Property not defined"; spec 1.2 (the contract) lists "35 Sub or Function not defined", which wins.
'! para=17 => var:S="Sub or Function not defined"
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
