' Chr function — VBA reference: Language/Reference/User-Interface-Help/chr-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/chr-function)
Dim R
' Page example: "MyChar = Chr(65)    ' Returns A."
'! para=1 => var:R="A"
' Page example: "MyChar = Chr(97)    ' Returns a."
'! para=2 => var:R="a"
' Page example: "MyChar = Chr(62)    ' Returns >."
'! para=3 => var:R=">"
' Page example: "MyChar = Chr(37)    ' Returns %."
'! para=4 => var:R="%"
' Page: "For example, Chr(10) returns a linefeed character." — compared with vbLf.
'! para=5 => var:R=True
' Page: "Returns a String containing the character associated with the specified character code."
'! para=6 => var:R="String"
Sub Main()
  Select Case Para1
    Case 1: R = Chr(65)
    Case 2: R = Chr(97)
    Case 3: R = Chr(62)
    Case 4: R = Chr(37)
    Case 5: R = (Chr(10) = vbLf)
    Case 6: R = TypeName(Chr(65))
    Case 7
      On Error Resume Next
      R = Chr(256)
      R = Err.Number
  End Select
End Sub
' Page: "The normal range for charcode is 0–255. However, on DBCS systems, the actual range for charcode is -32768–65535." —
' scripts are Windows-1252 (no DBCS): 256 is outside, error 5 (issue 19: "error 5 outside 0–255")
'! para=7 => var:R=5
