' StrComp function — VBA reference: Language/Reference/User-Interface-Help/strcomp-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/strcomp-function)
Dim R
' Page example: "MyStr1 = "ABCD": MyStr2 = "abcd" ... MyComp = StrComp(MyStr1, MyStr2, 1)    ' Returns 0."
'! para=1 => var:R=0
' Page example: "MyComp = StrComp(MyStr1, MyStr2, 0)    ' Returns -1."
'! para=2 => var:R=-1
' Page example: "MyComp = StrComp(MyStr2, MyStr1)    ' Returns 1."
'! para=3 => var:R=1
' Return values table: "string1 is less than string2 | -1"
'! para=4 => var:R=-1
' Return values table: "string1 is equal to string2 | 0"
'! para=5 => var:R=0
' Return values table: "string1 is greater than string2 | 1"
'! para=6 => var:R=1
' Return values table: "string1 or string2 is Null | Null" — string1 Null, checked through IsNull.
'! para=7 => var:R=True
' Return values table: "string1 or string2 is Null | Null" — string2 Null, checked through IsNull.
'! para=8 => var:R=True
' Settings table: "vbTextCompare | 1 | Performs a textual comparison." — the page's first example with the constant.
'! para=9 => var:R=0
' Settings table: "vbBinaryCompare | 0 | Performs a binary comparison." — the page's second example with the constant.
'! para=10 => var:R=-1
' Page: "Returns a Variant (Integer) indicating the result of a string comparison."
'! para=11 => var:R="Integer"
Sub Main()
  Dim MyStr1, MyStr2
  MyStr1 = "ABCD": MyStr2 = "abcd"
  Select Case Para1
    Case 1: R = StrComp(MyStr1, MyStr2, 1)
    Case 2: R = StrComp(MyStr1, MyStr2, 0)
    Case 3: R = StrComp(MyStr2, MyStr1)
    Case 4: R = StrComp("abc", "abd")
    Case 5: R = StrComp("abc", "abc")
    Case 6: R = StrComp("abd", "abc")
    Case 7: R = IsNull(StrComp(Null, "abc"))
    Case 8: R = IsNull(StrComp("abc", Null))
    Case 9: R = StrComp(MyStr1, MyStr2, vbTextCompare)
    Case 10: R = StrComp(MyStr1, MyStr2, vbBinaryCompare)
    Case 11: R = TypeName(StrComp(MyStr1, MyStr2))
  End Select
End Sub
