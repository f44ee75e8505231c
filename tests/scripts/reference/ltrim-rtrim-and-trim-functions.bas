' LTrim, RTrim, and Trim functions — VBA reference: Language/Reference/User-Interface-Help/ltrim-rtrim-and-trim-functions.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/ltrim-rtrim-and-trim-functions)
Dim R
' Page example: "MyString = "  <-Trim->  " ... TrimString = LTrim(MyString)    ' TrimString = "<-Trim->  "."
'! para=1 => var:R="<-Trim->  "
' Page example: "TrimString = RTrim(MyString)    ' TrimString = "  <-Trim->"."
'! para=2 => var:R="  <-Trim->"
' Page example: "TrimString = LTrim(RTrim(MyString))    ' TrimString = "<-Trim->"."
'! para=3 => var:R="<-Trim->"
' Page example: "TrimString = Trim(MyString)    ' TrimString = "<-Trim->"."
'! para=4 => var:R="<-Trim->"
' Page: "If string contains Null, Null is returned." — LTrim, checked through IsNull.
'! para=5 => var:R=True
' Page: "If string contains Null, Null is returned." — RTrim, checked through IsNull.
'! para=6 => var:R=True
' Page: "If string contains Null, Null is returned." — Trim, checked through IsNull.
'! para=7 => var:R=True
Sub Main()
  Dim MyString
  MyString = "  <-Trim->  "
  Select Case Para1
    Case 1: R = LTrim(MyString)
    Case 2: R = RTrim(MyString)
    Case 3: R = LTrim(RTrim(MyString))
    Case 4: R = Trim(MyString)
    Case 5: R = IsNull(LTrim(Null))
    Case 6: R = IsNull(RTrim(Null))
    Case 7: R = IsNull(Trim(Null))
  End Select
End Sub
