' Clear method — VBA reference: Language/Reference/User-Interface-Help/clear-method-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/clear-method-visual-basic-for-applications)
Dim R
Dim S
Dim N
' Page: "... Exit Sub, Exit Function, Exit Property" — the caller sees Number 0 after the called Sub's Exit Sub
' xbas gives: R=5 (Exit Sub from a Sub that trapped an error with On Error Resume Next does not clear Err)
'! para=4 => var:R=0
Sub Main()
  Dim Result(10) As Integer
  Dim indx
  Select Case Para1
    Case 1
      On Error Resume Next
      Err.Raise 5, "Src", "Desc"
      Err.Clear
      R = Err.Number
      S = Err.Source & Err.Description
    Case 2
      N = 0
      On Error Resume Next
      Do Until indx = 10
        Result(indx) = indx * 20000
        If Err.Number <> 0 Then
          N = N + 1
          Err.Clear
        End If
        indx = indx + 1
      Loop
    Case 3
      On Error GoTo H3
      Err.Raise 5
      R = Err.Number
      Exit Sub
H3:
      Resume Next
    Case 4
      RaiseAndLeave
      R = Err.Number
    Case 5
      On Error Resume Next
      Err.Raise 5
      On Error Resume Next
      R = Err.Number
    Case 6
      On Error Resume Next
      Err.Raise 5
      On Error GoTo 0
      R = Err.Number
  End Select
End Sub

Sub RaiseAndLeave()
  On Error Resume Next
  Err.Raise 5
  Exit Sub
End Sub
