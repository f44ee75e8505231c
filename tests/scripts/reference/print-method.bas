' Print method — VBA reference: Language/Reference/User-Interface-Help/print-method.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/print-method)
' Left out: "Date data is written by using the standard short date format recognized by your system" — xbas writes
' dates locale-free as yyyy-mm-dd (README: "as text they show as yyyy-mm-dd hh:nn:ss (no locale)").
' Print on forms/objects other than Debug is left out (no objects in xbas); so is Error data (xbas has no Error
' subtype / CVErr). The page's "an error occurs if the method is called in a standard module without specifying an
' object" is left out: the xbas spec (1.2) lists a bare `Print` statement that writes to the output.
' Not settled by the page, left out: the text of a date with a time part (only "short date format" is named).
' Output in xbas goes to the test output; each Print call ends in "\n" unless its list ends in ";" (spec 1.2, 2).
Dim R
' Page example: "MyVar = "Come see me in the Immediate pane." / Debug.Print MyVar"
'! para=1 => output="Come see me in the Immediate pane.\n"
' Page: "outputlist: ... If omitted, a blank line is printed."
'! para=2 => output="\n"
' Page: "Use a semicolon (;) to position the insertion point immediately following the last character displayed."
'! para=3 => output="ab\n"
' Page: "Multiple expressions can be separated with either a space or a semicolon." — a space
'! para=4 => output="ab\n"
' Page: charpos ";" — a trailing semicolon keeps the insertion point after "x" for the next Print
'! para=5 => output="xy\n"
' Page: "If charpos is omitted, the next character is printed on the next line."
'! para=6 => output="x\ny\n"
' Page: "For Boolean data, either True or False is printed."
'! para=7 => output="True\n"
' Same: False
'! para=8 => output="False\n"
' Page: "Nothing is written if outputlist data is Empty."
'! para=9 => output="\n"
' Same, Empty between two strings
'! para=10 => output="ab\n"
' Page: "However, if outputlist data is Null, Null is output."
'! para=11 => output="Null\n"
' xbas spec 1.2: "Print of numbers pads like VBA (Print 5 prints " 5 ")" — Debug.Print 5
'! para=12 => output=" 5 \n"
' Same padding, two numbers joined by ";" (page: ";" puts the next item "immediately following the last character")
'! para=13 => output=" 1  2 \n"
' Page: "All data printed ... is properly formatted by using the decimal separator for the locale" (en-US ".")
'! para=14 => output=" 1.5 \n"
' Tab function page (tab-function.md): "If omitted, Tab moves the insertion point to the beginning of the next print zone. This allows Tab to be used instead of a comma"; glossary: "Print zones begin every 14 columns." — "a", "b" puts b at column 15
'! para=15 => output="a             b\n"
' Same, with a bare Print statement (spec 1.2 lists Print next to Debug.Print)
'! para=16 => output="a             b\n"
' Page: "Spc(n) Optional. Used to insert space characters in the output, where n is the number of space characters to insert."
'! para=18 => output="a   b\n"
' Page: "Tab(n) Optional. Used to position the insertion point at an absolute column number where n is the column number." (tab-function.md: "The leftmost print position on an output line is always 1.") — b at column 10
'! para=20 => output="a        b\n"
' Page: "Use Tab with no argument to position the insertion point at the beginning of the next print zone." (glossary: "Print zones begin every 14 columns.") — b at column 15
'! para=22 => output="a             b\n"
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
