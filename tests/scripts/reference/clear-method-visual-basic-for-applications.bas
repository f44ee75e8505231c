' Clear method — VBA reference: Language/Reference/User-Interface-Help/clear-method-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/clear-method-visual-basic-for-applications)
Dim R
Dim S
Dim N
' Page: Clear "Clears all property settings of the Err object" — "reset the numeric properties of the Err object to zero"
'! para=1 => var:R=0
' Page: "... and its string properties to zero-length strings"
'! para=1 => var:S=""
' Page example (Rnd replaced by a fixed factor): "Result(indx) = Rnd * indx * 20000" into "Dim Result(10) As Integer ' Declare array whose elements will overflow easily." — with indx * 20000, indexes 2 to 9 overflow; Clear after each error lets each one be counted once
'! para=2 => var:N=8
' Page: "The Clear method is called automatically whenever any of the following statements is executed: ... Any type of Resume statement"
'! para=3 => var:R=0
' Page: "... Any On Error statement" — On Error Resume Next executed again
'! para=5 => var:R=0
' Same: On Error GoTo 0
'! para=6 => var:R=0
' Page: "... Exit Sub, Exit Function, Exit Property" — the caller sees Number 0 after the called Sub's Exit Sub
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
