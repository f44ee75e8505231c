' ui-mapping: WFM:0:3001:1 2
' W0804 and W0805 do not fire: the script reads exactly the mapping's two sources.
Sub Main()
  Result = (Para1 + Para2) * 100
End Sub
