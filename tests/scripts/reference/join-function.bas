' Join function — VBA reference: Language/Reference/User-Interface-Help/join-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/join-function)
Dim R
' Page: delimiter "If omitted, the space character (" ") is used."
'! para=1 => var:R="Dow Graham Kopke"
' Page: delimiter "If delimiter is a zero-length string (""), all items in the list are concatenated with no delimiters."
'! para=2 => var:R="DowGrahamKopke"
' Page: "Returns a string created by joining a number of substrings contained in an array." with delimiter "String character used to separate the substrings".
'! para=3 => var:R="Dow - Graham - Kopke"
' Page: sourcearray "One-dimensional array containing substrings to be joined." — an array returned by Split.
'! para=4 => var:R="a+b+c"
Sub Main()
  Dim A(2) As String
  A(0) = "Dow": A(1) = "Graham": A(2) = "Kopke"
  Select Case Para1
    Case 1: R = Join(A)
    Case 2: R = Join(A, "")
    Case 3: R = Join(A, " - ")
    Case 4: R = Join(Split("a b c"), "+")
  End Select
End Sub
