' Print method — VBA reference: Language/Reference/User-Interface-Help/print-method.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/print-method)
' Print on forms/objects other than Debug is left out (no objects in xbas); so is Error data (xbas has no Error
' subtype / CVErr). The page's "an error occurs if the method is called in a standard module without specifying an
' object" is left out: the xbas spec (1.2) lists a bare `Print` statement that writes to the output.
' Not settled by the page, left out: the text of a date with a time part (only "short date format" is named).
' Output in xbas goes to the test output; each Print call ends in "\n" unless its list ends in ";" (spec 1.2, 2).
Dim R
' Page: "Spc(n) Optional. Used to insert space characters in the output, where n is the number of space characters to insert."
' xbas gives: output "a" then error 35 (Sub or Function not defined) — Spc is not supported in a Print list
'! para=18 => output="a   b\n"
' Page: "Tab(n) Optional. Used to position the insertion point at an absolute column number where n is the column number." (tab-function.md: "The leftmost print position on an output line is always 1.") — b at column 10
' xbas gives: output "a" then error 9 (Subscript out of range) — Tab(10) is taken as an index into an undeclared variable Tab
'! para=20 => output="a        b\n"
' Page: "Use Tab with no argument to position the insertion point at the beginning of the next print zone." (glossary: "Print zones begin every 14 columns.") — b at column 15
' xbas gives: output "ab\n" — bare Tab is taken as an undeclared (Empty) variable
'! para=22 => output="a             b\n"
' Page: "Date data is written by using the standard short date format recognized by your system. When either the date or the time component is missing or zero, only the data provided is written." (en-US short date m/d/yyyy)
' xbas gives: output "2024-03-04\n"
'! para=23 => output="3/4/2024\n"
Sub Main()
  Dim MyVar, V
  Select Case Para1
    Case 1
      MyVar = "Come see me in the Immediate pane."
      Debug.Print MyVar
    Case 2: Debug.Print
    Case 3: Debug.Print "a"; "b"
    Case 4: Debug.Print "a" "b"
    Case 5
      Debug.Print "x";
      Debug.Print "y"
    Case 6
      Debug.Print "x"
      Debug.Print "y"
    Case 7: Debug.Print True
    Case 8: Debug.Print False
    Case 9: Debug.Print V
    Case 10: Debug.Print "a"; V; "b"
    Case 11: Debug.Print Null
    Case 12: Debug.Print 5
    Case 13: Debug.Print 1; 2
    Case 14: Debug.Print 1.5
    Case 15: Debug.Print "a", "b"
    Case 16: Print "a", "b"
    Case 18: Debug.Print "a"; Spc(3); "b"
    Case 20: Debug.Print "a"; Tab(10); "b"
    Case 22: Debug.Print "a"; Tab; "b"
    Case 23: Debug.Print #3/4/2024#
  End Select
End Sub
