' Split function — VBA reference: Language/Reference/User-Interface-Help/split-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/split-function)
' strFull is the page's string; the page's comments spell the second name "Fonesca", the string itself has "Fonseca".
Dim R
' Page example: "arrSplitStrings1 = Split(strFull, "-")      ' arrSplitStrings1 will be an array from 0 To 8." — UBound.
'! para=1 => var:R=8
' Page example (same line): "an array from 0 To 8" — LBound; the page: "Returns a zero-based, one-dimensional array".
'! para=2 => var:R=0
' Page example: "' arrSplitStrings1(0) = "Dow " and arrSplitStrings1(1) = " Fonesca "." — element 0.
'! para=3 => var:R="Dow "
' Page example (same comment): element 1, " Fonseca " as it is in strFull.
'! para=4 => var:R=" Fonseca "
' Page example: "arrSplitStrings2 = Split(strFull, " - ")    ' arrSplitStrings2 will be an array from 0 To 8."
'! para=5 => var:R=8
' Page example: "' arrSplitStrings2(0) = "Dow" and arrSplitStrings2(1) = "Fonesca"." — element 0.
'! para=6 => var:R="Dow"
' Page example (same comment): element 1, "Fonseca" as it is in strFull.
'! para=7 => var:R="Fonseca"
' Page example: "strSingleString1 = arrSplitStrings2(3)      ' strSingleString1 = "Kopke"."
'! para=8 => var:R="Kopke"
' Page example: "strSingleString2 = Split(strFull, " - ")(3) ' strSingleString2 = "Kopke"."
'! para=9 => var:R="Kopke"
' Page example: the For loop with "If InStr(1, arrSplitStrings2(i), "Kopke", vbTextCompare) > 0 Then strSingleString3 = arrSplitStrings2(i)" finds "Kopke".
'! para=10 => var:R="Kopke"
' Page: expression "If expression is a zero-length string(""), Split returns an empty array, that is, an array with no elements and no data." — elements counted with For Each.
'! para=11 => var:R=0
' Page: delimiter "If delimiter is a zero-length string, a single-element array containing the entire expression string is returned." — elements counted with For Each.
'! para=12 => var:R=1
' Page (same sentence): the single element is the entire expression.
'! para=13 => var:R="a-b c"
' Page: delimiter "If omitted, the space character (" ") is assumed to be the delimiter."
'! para=14 => var:R="b"
' Page: limit "Number of substrings to be returned" — limit 2 gives 2 substrings (counted with For Each).
'! para=15 => var:R=2
' Page: limit "-1 indicates that all substrings are returned."
'! para=16 => var:R=4
' Settings table: "vbBinaryCompare | 0 | Performs a binary comparison." — delimiter "x" splits only at "x": 2 substrings.
'! para=18 => var:R=2
Function CountItems(A)
  Dim Item, N
  N = 0
  For Each Item In A
    N = N + 1
  Next
  CountItems = N
End Function
Sub Main()
  Dim strFull As String
  Dim arrSplitStrings1() As String
  Dim arrSplitStrings2() As String
  Dim strSingleString3 As String
  Dim i As Long
  Dim A
  strFull = "Dow - Fonseca - Graham - Kopke - Noval - Offley - Sandeman - Taylor - Warre"
  arrSplitStrings1 = Split(strFull, "-")
  arrSplitStrings2 = Split(strFull, " - ")
  Select Case Para1
    Case 1: R = UBound(arrSplitStrings1)
    Case 2: R = LBound(arrSplitStrings1)
    Case 3: R = arrSplitStrings1(0)
    Case 4: R = arrSplitStrings1(1)
    Case 5: R = UBound(arrSplitStrings2)
    Case 6: R = arrSplitStrings2(0)
    Case 7: R = arrSplitStrings2(1)
    Case 8: R = arrSplitStrings2(3)
    Case 9: R = Split(strFull, " - ")(3)
    Case 10
      For i = LBound(arrSplitStrings2, 1) To UBound(arrSplitStrings2, 1)
        If InStr(1, arrSplitStrings2(i), "Kopke", vbTextCompare) > 0 Then
          strSingleString3 = arrSplitStrings2(i)
          Exit For
        End If
      Next i
      R = strSingleString3
    Case 11: R = CountItems(Split(""))
    Case 12: R = CountItems(Split("a-b c", ""))
    Case 13: A = Split("a-b c", ""): R = A(0)
    Case 14: R = Split("a b c")(1)
    Case 15: R = CountItems(Split("a-b-c-d", "-", 2))
    Case 16: R = CountItems(Split("a-b-c-d", "-", -1))
    Case 17: R = CountItems(Split("aXbxc", "x", -1, vbTextCompare))
    Case 18: R = CountItems(Split("aXbxc", "x", -1, vbBinaryCompare))
  End Select
End Sub
' Settings table: "vbTextCompare | 1 | Performs a textual comparison." — delimiter "x" also splits at "X": 3 substrings.
'! para=17 => var:R=3
