' Sub statement — VBA reference: Language/Reference/User-Interface-Help/sub-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/sub-statement)
Dim R
Dim Shared1
' Page: "Static: Indicates that the Sub procedure's local variables are preserved between calls" — 3 calls count to 3
' xbas gives: R=1 (locals of a Static Sub are not preserved between calls)
'! para=5 => var:R=3
' Page: "ParamArray ... allows you to provide an arbitrary number of arguments" — 1 + 2 + 3 + 4
' xbas gives: does not compile: expected `)` or `As`, found `Args` (ParamArray not parsed)
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
