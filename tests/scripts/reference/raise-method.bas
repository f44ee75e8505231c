' Raise method — VBA reference: Language/Reference/User-Interface-Help/raise-method.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/raise-method)
Dim R
Dim S
' Same example: the raise happens only "If Instr(NewName, "bob") Then" — no error for another name
'! para=6 => var:R=0
' Page: Raise "Generates a run-time error" — untrapped, it ends the run
'! para=9 => error=1000
' Page: "Raise is used for generating run-time errors" — a trapped raise of a Visual Basic error number sets Number
'! para=10 => var:R=9
' Page: "description: Optional. String expression describing the error." — Err.Raise 1000, "MySource", "MyDescription"
'! para=11 => var:S="MyDescription"
Const MyContextID = 1010407
Sub Main()
  Dim V
  On Error Resume Next
  Select Case Para1
    Case 1
      V = TestName("Joe", "bobby")
      R = (Err.Number = vbObjectError + 513)
    Case 2
      V = TestName("Joe", "bobby")
      S = Err.Source
    Case 3
      V = TestName("Joe", "bobby")
      S = Err.Description
    Case 6
      V = TestName("Joe", "Tom")
      R = Err.Number
    Case 7
      Err.Clear
      Err.Raise vbObjectError + 513
      S = Err.Description
    Case 8
      Err.Raise 1000, "MySource", "MyDescription"
      Err.Raise 1001
      S = Err.Source & "|" & Err.Description
    Case 9
      On Error GoTo 0
      Err.Raise 1000
    Case 10
      Err.Raise 9
      R = Err.Number
    Case 11
      Err.Raise 1000, "MySource", "MyDescription"
      S = Err.Description
    Case 12
      Err.Raise 1000, "MySource", "MyDescription"
      S = Err.Source
  End Select
End Sub

Function TestName(CurrentName, NewName)
    If InStr(NewName, "bob") Then
        Err.Raise vbObjectError + 513, "MyProj.MyObject", _
        "No ""bob"" allowed in your name", "c:\MyProj\MyHelp.Hlp", _
        MyContextID
    End If
End Function
