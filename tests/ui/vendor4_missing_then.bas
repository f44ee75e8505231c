' The vendor documentation's own copy of example 4 lacks a Then.
Sub Main()
  If Para1 < 10 Then
    Result = 0
  Else
    If Para1 > 1000
      Result = Para1*100*1.2
    Else
      Result = Para1*100
    End If
  End If
End Sub
