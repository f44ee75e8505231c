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
' Page example: "Err.Raise vbObjectError + 513, "MyProj.MyObject", "No ""bob"" allowed in your name", "c:\MyProj\MyHelp.Hlp", MyContextID" — Number
'! para=1 => var:R=True
' Same example: Source is "MyProj.MyObject"
'! para=2 => var:S="MyProj.MyObject"
' Same example: Description is "No "bob" allowed in your name"
'! para=3 => var:S="No \"bob\" allowed in your name"
' Same example: HelpFile is "c:\MyProj\MyHelp.Hlp"
'! para=4 => var:S="c:\\MyProj\\MyHelp.Hlp"
' Same example: HelpContext is MyContextID = 1010407
'! para=5 => var:R=1010407
' Page: "description ... If there is no Visual Basic error corresponding to Number, the "Application-defined or object-defined error" message is used."
'! para=7 => var:S="Application-defined or object-defined error"
' Page: "If you use Raise without specifying some arguments, and the property settings of the Err object contain values that have not been cleared, those values serve as the values for your error."
'! para=8 => var:S="MySource|MyDescription"
' Page: "source: ... String expression naming the object or application that generated the error" — same raise, Source
'! para=12 => var:S="MySource"
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
    Case 4
      V = TestName("Joe", "bobby")
      S = Err.HelpFile
    Case 5
      V = TestName("Joe", "bobby")
      R = Err.HelpContext
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
