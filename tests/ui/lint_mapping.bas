' ui-mapping: WFM:0:3001:1 3
' W0804 (Para4 is not one of the mapping's 3 sources) and W0805 (source 2 is never read).
Sub Main()
  Result = (Para1 + Para3 + Para4) * 100
End Sub
