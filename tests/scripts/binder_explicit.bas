' The predefined `vb…` constants are known under `Option Explicit`: they were E0400
' "variable `vbMonday` is not declared" (issue 19), because the static checks and the
' code generator each had their own list of names; the binder has the one list.
' (VBA-Docs Language/Reference/User-Interface-Help/weekday-function.md lists
' vbSunday…vbSaturday as the firstdayofweek settings.)
Option Explicit

Sub Main()
  ' 12 Feb 1969 is a Wednesday: 3rd day of a week that starts on Monday.
  Result = Weekday(DateSerial(1969, 2, 12), vbMonday) * 10 + vbSaturday
End Sub

'! => result=37
