' W0802: a division whose divisor can be 0 on the path that reaches it. IIf evaluates
' both of its values (iif-function.md: "IIf always evaluates both truepart and
' falsepart"), and And evaluates both sides, so neither guards the division.
Sub Main()
  Dim Rate As Double
  Rate = Para1 / Para2
  Rate = IIf(Para2 = 0, 0, Para1 / Para2)
  If Para3 <> 0 And Para1 / Para3 > 1 Then Rate = 1
  If Para2 = 0 Then Result = 0
  Result = Rate + Para1 \ (Para2 + Para3) + Para1 Mod 0.4
End Sub
