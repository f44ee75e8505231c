' Val function — VBA reference: Language/Reference/User-Interface-Help/val-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/val-function)
Dim R
' Page remark: "The following returns the value 1615198: Val("    1615 198th Street N.E.")"
'! para=1 => var:R=1615198
' Page example: "MyValue = Val("2457")    ' Returns 2457."
'! para=3 => var:R=2457
' Page example: "MyValue = Val(" 2 45 7")    ' Returns 2457."
'! para=4 => var:R=2457
' Page example: "MyValue = Val("24 and 57")    ' Returns 24."
'! para=5 => var:R=24
' Page note: "fifty percent represented as the string "50%" will convert as expected to 50"
'! para=6 => var:R=50
' Page remark: "Symbols and characters that are often considered parts of numeric values, such as dollar signs and commas, are not recognized." — reading stops at the comma.
'! para=8 => var:R=1
' Page note: "The Val function recognizes only the period ( . ) as a valid decimal separator."
'! para=10 => var:R=3.25
' Page remark: "Blanks, tabs, and linefeed characters are stripped from the argument."
'! para=12 => var:R=123
Sub Main()
  Select Case Para1
    Case 1: R = Val("    1615 198th Street N.E.")
    Case 2: R = Val("&HFFFF")
    Case 3: R = Val("2457")
    Case 4: R = Val(" 2 45 7")
    Case 5: R = Val("24 and 57")
    Case 6: R = Val("50%")
    Case 7: R = Val("50.5%")
    Case 8: R = Val("1,000")
    Case 10: R = Val("3.25")
    Case 11: R = Val("&O10")
    Case 12: R = Val(vbTab & "1" & vbLf & "2 3")
  End Select
End Sub
' Page remark: "Val returns the decimal value -1 for the hexadecimal value shown: Val("&HFFFF")"
'! para=2 => var:R=-1
' Page note: "Val("50.5%") will raise an error ... may result in a type mismatch error" (Type mismatch is error 13).
'! para=7 => error=13
' Page remark: "the function recognizes the radix prefixes &O (for octal)" — &O10 is octal for 8 (Oct function page: "&O10 is the octal notation for decimal 8").
'! para=11 => var:R=8
