' Debug object — VBA reference: Language/Reference/User-Interface-Help/debug-object.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/debug-object)
' In xbas the Immediate window is the run's output (spec 1.2 Host I/O). Assert with a False expression
' ("breakpoints in the debugger") is left out: xbas runs have no debugger, so the page does not settle it.
Dim R
' Page: "The Print string expression sends string expr as output to the Immediate window at Debug run time."
'! para=1 => output="Hello\n"
' Same, a string expression built with &
'! para=2 => output="Hello World\n"
' Same, two Debug.Print calls send two lines in order
'! para=3 => output="first\nsecond\n"
' Same: Debug.Print only writes output; execution goes on after it
'! para=3 => var:R="after"
' Page: "The Debug object has two methods, Print and Assert." / "The Assert expression evaluates expression and, if False, breakpoints in the debugger." — True: execution goes on
'! para=4 => var:R="after"
' Page: "The Assert expression evaluates expression" — a function in the expression is called
'! para=5 => var:R="evaluated"
Sub Main()
  Select Case Para1
    Case 1: Debug.Print "Hello"
    Case 2: Debug.Print "Hello" & " " & "World"
    Case 3
      Debug.Print "first"
      Debug.Print "second"
      R = "after"
    Case 4
      Debug.Assert True
      R = "after"
    Case 5
      Debug.Assert IsSet()
  End Select
End Sub

Function IsSet()
  R = "evaluated"
  IsSet = True
End Function
