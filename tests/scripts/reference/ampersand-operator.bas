' & operator — VBA reference: Language/Reference/User-Interface-Help/ampersand-operator.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/ampersand-operator)
Dim R
' Page example: "MyStr = "Hello" & " World"   ' Returns "Hello World"."
'! para=1 => var:R="Hello World"
' Page example: "MyStr = "Check " & 123 & " Check"   ' Returns "Check 123 Check"."
'! para=2 => var:R="Check 123 Check"
' Page: "The data type of result is String if both expressions are string expressions" — checked with TypeName.
'! para=3 => var:R="String"
' Page: "If an expression is not a string, it is converted to a String variant ... otherwise, result is a String variant" — VarType of 12 & 34 is vbString (8).
'! para=4 => var:R=8
' Page: "If an expression is not a string, it is converted to a String variant" — 12 & 34 gives "1234".
'! para=5 => var:R="1234"
' Page: "If both expressions are Null, result is Null." — checked through IsNull.
'! para=6 => var:R=True
' Page: "if only one expression is Null, that expression is treated as a zero-length string" — Null & "abc".
'! para=7 => var:R="abc"
' Page: "if only one expression is Null, that expression is treated as a zero-length string" — "abc" & Null.
'! para=8 => var:R="abc"
' Page: "Any expression that is Empty is also treated as a zero-length string." — Empty & "abc".
'! para=9 => var:R="abc"
' Page: "Any expression that is Empty is also treated as a zero-length string." — "abc" & Empty.
'! para=10 => var:R="abc"
' Page: "Any expression that is Empty is also treated as a zero-length string." — Empty & Empty gives "".
'! para=11 => var:R=""
' Page: "if only one expression is Null ... treated as a zero-length string" — result is not Null (IsNull gives False).
'! para=12 => var:R=False
Sub Main()
  Dim E, S1 As String, S2 As String
  S1 = "a": S2 = "b"
  Select Case Para1
    Case 1: R = "Hello" & " World"
    Case 2: R = "Check " & 123 & " Check"
    Case 3: R = TypeName(S1 & S2)
    Case 4: R = VarType(12 & 34)
    Case 5: R = 12 & 34
    Case 6: R = IsNull(Null & Null)
    Case 7: R = Null & "abc"
    Case 8: R = "abc" & Null
    Case 9: R = E & "abc"
    Case 10: R = "abc" & E
    Case 11: R = E & E
    Case 12: R = IsNull(Null & "abc")
  End Select
End Sub
