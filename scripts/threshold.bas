' Thresholds (vendor example 4), in a script without any Dim line: below 10 the value
' is dropped, above 1000 it gets a 20 % surcharge.
'! para=5 => result=0
'! para=500 => result=50000
'! para=1001 => result=120120

Sub Main()
  If Para1 < 10 Then
    Result = 0
  Else
    If Para1 > 1000 Then
      Result = Para1 * 100 * 1.2
    Else
      Result = Para1 * 100
    End If
  End If
End Sub
