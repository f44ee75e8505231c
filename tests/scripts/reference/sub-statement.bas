' Sub statement — VBA reference: Language/Reference/User-Interface-Help/sub-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/sub-statement)
Dim R
Dim Shared1
' Page example: "SubComputeArea(Length, TheWidth) ... Area = Length * TheWidth" — 3 x 4 = 12 (Area is also copied to R)
'! para=1 => var:R=12
' Same example: "If Length = 0 Or TheWidth = 0 Then ... Exit Sub" — Area is never computed, R stays "not computed"
'! para=2 => var:R="not computed"
' Page: "ByRef is the default in VBA" — the Sub changes the caller's variable
'! para=3 => var:R=11
' Page: "ByVal ... Indicates that the argument is passed by value" — the caller's variable keeps 10
'! para=4 => var:R=10
' Page: "If Static isn't used, the value of local variables is not preserved between calls." — 3 calls each see 1
'! para=6 => var:R=1
' Page: "Optional ... defaultvalue: Any constant or constant expression. Valid for Optional parameters only." — omitted argument takes its default 5
'! para=7 => var:R=5
' Same: a supplied Optional argument is used
'! para=8 => var:R=9
' Page: "Sub procedures can be recursive" — 5 levels add 5 + 4 + 3 + 2 + 1
'! para=10 => var:R=15
' Page: "Program execution continues with the statement following the statement that called the Sub procedure." after Exit Sub
'! para=11 => var:R="in after"
' Page: "If your procedure refers to an undeclared variable that has the same name as another ... variable, it is assumed that your procedure is referring to that module-level name."
'! para=12 => var:Shared1="set in sub"
' Page: "Static: Indicates that the Sub procedure's local variables are preserved between calls" — 3 calls count to 3
'! para=5 => var:R=3
' Page: "ParamArray ... allows you to provide an arbitrary number of arguments" — 1 + 2 + 3 + 4
'! para=9 => var:R=10
Sub Main()
  Dim V, I
  R = "not computed"
  Select Case Para1
    Case 1: SubComputeArea 3, 4
    Case 2: SubComputeArea 0, 4
    Case 3
      V = 10
      AddOne V
      R = V
    Case 4
      V = 10
      AddOneByVal V
      R = V
    Case 5
      For I = 1 To 3: StaticCounter: Next I
    Case 6
      For I = 1 To 3: PlainCounter: Next I
    Case 7: OptSub
    Case 8: OptSub 9
    Case 9: SumAll 1, 2, 3, 4
    Case 10
      R = 0
      AddDown 5
    Case 11
      R = ""
      ExitEarly
      R = R & " after"
    Case 12
      SetShared
  End Select
End Sub

Sub SubComputeArea(Length, TheWidth)
  Dim Area As Double
  If Length = 0 Or TheWidth = 0 Then
    Exit Sub
  End If
  Area = Length * TheWidth
  R = Area
  Debug.Print Area
End Sub

Sub AddOne(X)
  X = X + 1
End Sub

Sub AddOneByVal(ByVal X)
  X = X + 1
End Sub

Static Sub StaticCounter()
  Dim C
  C = C + 1
  R = C
End Sub

Sub PlainCounter()
  Dim C
  C = C + 1
  R = C
End Sub

Sub OptSub(Optional N As Integer = 5)
  R = N
End Sub

Sub SumAll(ParamArray Args())
  Dim E
  R = 0
  For Each E In Args
    R = R + E
  Next E
End Sub

Sub AddDown(N)
  If N = 0 Then Exit Sub
  R = R + N
  AddDown N - 1
End Sub

Sub ExitEarly()
  R = "in"
  Exit Sub
  R = "not here"
End Sub

Sub SetShared()
  Shared1 = "set in sub"
End Sub
