' Split function — VBA reference: Language/Reference/User-Interface-Help/split-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/split-function)
' strFull is the page's string; the page's comments spell the second name "Fonesca", the string itself has "Fonseca".
Dim R
' Settings table: "vbTextCompare | 1 | Performs a textual comparison." — delimiter "x" also splits at "X": 3 substrings.
' xbas gives: 2 (the textual comparison does not split at "X")
'! para=17 => var:R=3
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
