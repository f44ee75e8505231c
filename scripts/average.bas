' Average with a zero guard (vendor example 5), e.g. talk time per handled call.
' Result is not declared, so the stored value is truncated: 20 / 3 * 100 -> 666.
'! para=9,4 => result=225
'! para=20,3 => result=666
'! para=3,0 => result=0

Sub Main()
  If Para2 = 0 Then Result = 0 Else Result = (Para1 / Para2) * 100
End Sub
