' Conversions issue 19 names beyond the reference pages:
' - MS-VBAL's numeric-string grammar, as issue 19 states it: "CDbl, CLng and implicit
'   coercion accept d exponents and spaces around the sign";
' - CByte(True): True has every bit set, 255 as a Byte (Visual Basic language
'   specification 8.2, Boolean Conversions: "The literal True converts to the literal 255
'   for Byte and to the expression -1 for Short, Integer, Long ...").
Dim R
'! para=1 => var:R=100
'! para=2 => var:R=-5
'! para=3 => var:R=-7
'! para=4 => var:R=255
'! para=5 => var:R=-1
'! para=6 => var:R=True
'! para=7 => var:R=13
Sub Main()
  Dim B As Byte
  Select Case Para1
    Case 1: R = CDbl("1d2")
    Case 2: R = CDbl(" - 5")
    Case 3: R = CLng("- 7")
    Case 4: R = CByte(True)
    Case 5: R = CInt(True)
    Case 6: R = IsNumeric("+ 2.5D1")
    Case 7
      On Error Resume Next
      R = CDbl("--5")
      R = Err.Number
  End Select
End Sub
