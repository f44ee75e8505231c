' IIf function — VBA reference: Language/Reference/User-Interface-Help/iif-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/iif-function)
Dim R
Dim N
Dim Calls
' Page example: "CheckIt = IIf(TestMe > 1000, "Large", "Small")" — returns "Large" if the amount is greater than 1000.
'! para=1 => var:R="Large"
' Page example: "CheckIt = IIf(TestMe > 1000, "Large", "Small")" — otherwise "Small" (1000 is not greater than 1000).
'! para=2 => var:R="Small"
' Page example: "CheckIt = IIf(TestMe > 1000, "Large", "Small")" — otherwise "Small".
'! para=3 => var:R="Small"
' Page: "truepart — Value or expression returned if expr is True."
'! para=4 => var:R=1
' Page: "falsepart — Value or expression returned if expr is False."
'! para=5 => var:R=2
' Page: "IIf always evaluates both truepart and falsepart, even though it returns only one of them." — both counting calls run.
'! para=6 => var:N=2
' Page: "IIf always evaluates both truepart and falsepart" — also when expr is False.
'! para=7 => var:N=2
' Page: "if evaluating falsepart results in a division by zero error, an error occurs even if expr is True." (Division by zero is error 11)
'! para=8 => error=11
' Page: "an error occurs even if expr is True" — trapped with On Error, Err.Number is 11 (Division by zero).
'! para=9 => var:N=11
Sub Main()
  Dim Z
  Z = 0
  Select Case Para1
    Case 1: R = CheckIt(1001)
    Case 2: R = CheckIt(1000)
    Case 3: R = CheckIt(5)
    Case 4: R = IIf(True, 1, 2)
    Case 5: R = IIf(False, 1, 2)
    Case 6: R = IIf(True, Bump(), Bump()): N = Calls
    Case 7: R = IIf(False, Bump(), Bump()): N = Calls
    Case 8: R = IIf(True, 1, 1 / Z)
    Case 9: On Error Resume Next: R = IIf(True, 1, 1 / Z): N = Err.Number
  End Select
End Sub

' The page's example procedure.
Function CheckIt (TestMe As Integer)
  CheckIt = IIf(TestMe > 1000, "Large", "Small")
End Function

' Counts its calls; returns the new count.
Function Bump()
  Calls = Calls + 1
  Bump = Calls
End Function
