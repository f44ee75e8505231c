' Val function — VBA reference: Language/Reference/User-Interface-Help/val-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/val-function)
Dim R
' Page remark: "Val returns the decimal value -1 for the hexadecimal value shown: Val("&HFFFF")"
' xbas gives: 65535 (a Double)
'! para=2 => var:R=-1
' Page note: "Val("50.5%") will raise an error ... may result in a type mismatch error" (Type mismatch is error 13).
' xbas gives: no error: Val("50.5%") returns 50.5
'! para=7 => error=13
' Page remark: "the function recognizes the radix prefixes &O (for octal)" — &O10 is octal for 8 (Oct function page: "&O10 is the octal notation for decimal 8").
' xbas gives: 0 (&O prefix not read)
'! para=11 => var:R=8
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
