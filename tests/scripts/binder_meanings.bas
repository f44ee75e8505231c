' One meaning per identifier, decided by the binder where the name stands (issue 16),
' which fixes three bugs of the two name lookups it replaced (issue 19):
' - `Weekday(d)` passed to a ByRef parameter is the built-in function's value; it was
'   taken for the host variable `Weekday` indexed, and failed with error 13.
'   (VBA-Docs Language/Reference/User-Interface-Help/weekday-function.md)
' - a predefined constant passed to a ByRef parameter arrives as its value and stays
'   a constant: an argument that is not a variable is passed as a temporary copy.
'   It arrived as Empty, and `vbMonday` became an implicit local reading Empty.
'   (MS-VBAL 5.3.1.11, argument passing: only a variable is passed by reference)
' (binder_explicit.bas: the same constants under `Option Explicit`.)

Function Twice(ByRef x)
  Twice = x * 2
  x = 0
End Function

Sub Main()
  Dim d, a
  d = DateSerial(1969, 2, 12) ' a Wednesday (the reference page's example): Weekday = 4
  Select Case Para1
    Case 1
      Result = Twice(Weekday(d))
    Case 2
      a = Twice(vbMonday)
      Result = a * 10 + vbMonday
    Case 3
      Result = Weekday(d, vbMonday)
    Case 4
      ' Weekday alone is still the host variable, passed by reference.
      Result = Twice(Weekday) * 10 + Weekday
  End Select
End Sub

'! para=1 weekday=3 => result=8
'! para=2 weekday=3 => result=42
'! para=3 weekday=3 => result=3
'! para=4 weekday=3 => result=60
