' Err object — VBA reference: Language/Reference/User-Interface-Help/err-object.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/err-object)
Dim R
Dim S
' Page example: "Err.Clear / Err.Raise 6 ' Generate an "Overflow" error. / If Err.Number <> 0 Then" — Err.Number is 6
'! para=1 => var:R=6
' Same example: "Msg = "Error # " & Str(Err.Number) & ..." — Str(6) is " 6"
'! para=2 => var:S="Error #  6"
' Page: "if you use the Clear method first, when you generate a Visual Basic error with the Raise method, Visual Basic's default values become the properties of the Err object" — Description of error 6 ("Overflow")
'! para=3 => var:S="Overflow"
' Page: "The default property of the Err object is Number. Because the default property can be represented by the object name Err" — Err alone gives 6
'! para=4 => var:R=6
' Page: "The Err object's properties are reset to zero or zero-length strings ("") after an Exit Sub ... statement within an error-handling routine." — seen by the caller
'! para=5 => var:R=0
' Same: Description reset to ""
'! para=5 => var:S=""
' Page: properties are reset "after ... Exit Function ... within an error-handling routine"
'! para=6 => var:R=0
' Page: properties are reset "after ... Resume Next statement within an error-handling routine"
'! para=7 => var:R=0
' Page: "The Clear method can be used to explicitly reset Err."
'! para=8 => var:R=0
' Page: "When a run-time error occurs, the properties of the Err object are filled with information" — inside the handler Number is set
'! para=9 => var:R=57
Sub Main()
  Dim Msg, V
  Select Case Para1
    Case 1, 2, 3, 4
      On Error Resume Next
      Err.Clear
      Err.Raise 6
      If Err.Number <> 0 Then
        Msg = "Error # " & Str(Err.Number)
      End If
      R = Err.Number
      S = Msg
      If Para1 = 3 Then S = Err.Description
      If Para1 = 4 Then R = Err
    Case 5
      HandlerExitSub
      R = Err.Number
      S = Err.Description
    Case 6
      V = HandlerExitFunction()
      R = Err.Number
    Case 7
      On Error GoTo H7
      Err.Raise 5
      R = Err.Number
      Exit Sub
H7:
      Resume Next
    Case 8
      On Error Resume Next
      Err.Raise 5
      Err.Clear
      R = Err.Number
    Case 9
      On Error GoTo H9
      Err.Raise 57
      Exit Sub
H9:
      R = Err.Number
  End Select
End Sub

Sub HandlerExitSub()
  On Error GoTo H
  Err.Raise 5
  Exit Sub
H:
  Exit Sub
End Sub

Function HandlerExitFunction()
  On Error GoTo H
  Err.Raise 5
  Exit Function
H:
  Exit Function
End Function
