' W0802 does not fire: every divisor is guarded on every path to its division, a
' constant, or the procedure handles its errors.
Const Slots = 4

Sub Main()
  Dim Rate As Double, i As Long
  If Para2 = 0 Then Result = 0 Else Result = Para1 / Para2
  If Para2 <> 0 Then Rate = Para1 / Para2
  If Not (Para3 = 0) Then Rate = Rate + Para1 / Para3
  If Para2 > 0 And Para3 < 0 Then Rate = Rate + Para1 / Para2 + Para1 / Para3
  Select Case Para4
    Case 0
      Rate = 0
    Case Else
      Rate = Rate + Para1 / Para4
  End Select
  If Para2 + Para3 = 0 Then Exit Sub
  Rate = Rate + Para1 / (Para2 + Para3) + Para1 / Slots + Para1 \ 3 * 2 + Para1 / CLng(4)
  For i = 1 To 4
    Rate = Rate + Para1 / i
  Next i
  Result = Rate
End Sub

Function Safe(a As Double, b As Double) As Double
  On Error Resume Next
  Safe = a / b
End Function
