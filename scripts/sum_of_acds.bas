' Offered calls of one WFM queue fed by three ACD splits (three sources in acd_map.ini).
' A split that sends nothing for an interval counts as 0.
'! para=10,20,30 => result=6000
'! para=10,0,0 => result=1000
'! para=1.5,2.25,0.25 => result=400
'! para=0,0,0 => result=0

Sub Main()
  Result = (Para1 + Para2 + Para3) * 100
End Sub
