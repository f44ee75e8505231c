' The default template's formula for two sources with Long host variables: the key
' figures are rounded half to even before the sum (spec 1.1, 3.2; MS-VBAL 5.5.1.2.1.1).
'! para=1,2 => result=300
'! para=0,0 => result=0
'! para=10,20 => result=3000
'! para=0.5,0.5 => result=0
'! para=1.5,0.5 => result=200
'! para=2.5,2.5 => result=400
'! para=-1,1 => result=0
'! para=-5,-5 => result=-1000
'! para=123,456 => result=57900
'! para=99.49,0.51 => result=10000
'! para=21474836,0 => result=2147483600
'! para=21474837,0 => error=6
'! para=7 => result=700
'! para=3.5,0 => result=400
'! para=4.5,0 => result=400

Dim Result As Long
Dim Weekday As Long
Dim Minutes As Long
Dim Para1 As Long
Dim Para2 As Long

Sub Main()
  Result = (Para1 + Para2) * 100
End Sub
