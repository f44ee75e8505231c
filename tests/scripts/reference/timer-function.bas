' Timer function — VBA reference: Language/Reference/User-Interface-Help/timer-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/timer-function)
' During `xbas test` the current time is midnight of the directive's date= input.
Dim R
Dim B
' Page: "Returns a Single representing the number of seconds elapsed since midnight." — at midnight, 0
'! date=2024-03-04 para=1 => var:R=0
' Page: "Returns a Single" — TypeName
'! date=2024-03-04 para=2 => var:R="Single"
' Page: "Returns a Single" — VarType is vbSingle
'! date=2024-03-04 para=3 => var:B=True
' Page example: "Start = Timer ... TotalTime = Finish - Start" — with the clock at midnight, 0
'! date=2024-03-04 para=4 => var:R=0
Sub Main()
  Dim Start, Finish
  Select Case Para1
    Case 1: R = Timer
    Case 2: R = TypeName(Timer)
    Case 3: B = (VarType(Timer) = vbSingle)
    Case 4
      Start = Timer
      Finish = Timer
      R = Finish - Start
  End Select
End Sub
