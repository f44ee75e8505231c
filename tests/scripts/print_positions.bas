' Spc and Tab in a Print list (Print method page; tab-function.md: "If the current print
' position on the current line is greater than n, Tab skips to the nth column on the next
' output line. If n is less than 1, Tab moves the print position to column 1.").
'! para=1 => output="ab   c\n"
'! para=2 => output="abcdef\n  x\n"
'! para=3 => output="x\n"
'! para=4 => output="a             b\n"
Sub Main()
  Select Case Para1
    Case 1: Debug.Print "ab"; Spc(3); "c"
    Case 2: Debug.Print "abcdef"; Tab(3); "x"
    Case 3: Debug.Print Tab(0); "x"
    Case 4: Debug.Print "a"; Tab; "b"
  End Select
End Sub
