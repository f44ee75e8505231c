' Type conversion functions (CBool CByte CCur CDate CDbl CInt CLng CSng CStr CVar) — VBA reference:
' Language/Concepts/Getting-Started/type-conversion-functions.md
' (https://learn.microsoft.com/office/vba/language/concepts/getting-started/type-conversion-functions)
' CDec, CLngLng and CLngPtr are left out: xbas does not ship them.
Dim R, S, T
' CStr table: "Date | A string containing a date in the short date format of your system." (en-US short date m/d/yyyy)
' xbas gives: "1969-02-12"
'! para=22 => var:R="2/12/1969"
Sub Main()
  Dim A, B, D
  Select Case Para1
    Case 1
      A = 5: B = 5
      R = CBool(A = B)
    Case 2
      A = 0
      R = CBool(A)
    Case 3: R = CBool(-3.5)
    Case 4
      A = 125.5678
      R = CByte(A)
    Case 5
      A = 543.214588
      R = CCur(A * 2)
    Case 6
      D = CDate("February 12, 1969")
      R = Year(D): S = Month(D): T = Day(D)
    Case 7
      D = CDate("4:35:47 PM")
      R = Hour(D): S = Minute(D): T = Second(D)
    Case 8
      D = CDate(2.75)
      R = Hour(D): S = Minute(D): T = Second(D)
    Case 9
      A = CCur(234.456784)
      R = TypeName(A)
      S = TypeName(CDbl(A * 8.2 * 0.01))
    Case 10
      A = 2345.5678
      R = CInt(A)
    Case 11
      A = 25427.45
      R = CLng(A)
    Case 12
      A = 25427.55
      R = CLng(A)
    Case 13: R = CInt(0.5): S = CInt(1.5)
    Case 14: R = CLng(0.5): S = CLng(1.5)
    Case 15: R = CInt(2.5): S = CLng(-2.5)
    Case 16
      A = 75.3421115
      R = CStr(CSng(A))
    Case 17
      A = 75.3421555
      R = CStr(CSng(A))
    Case 18
      A = 437.324
      R = CStr(A)
    Case 19: R = CStr(True): S = CStr(False)
    Case 20: R = CStr(Empty)
    Case 21: R = CStr(Null)
    Case 22: R = CStr(#2/12/1969#)
    Case 23
      Dim MyInt As Integer
      MyInt = 4534
      R = TypeName(CVar(MyInt & 000))
    Case 24: R = TypeName(CBool(1)) & " " & TypeName(CByte(1)) & " " & TypeName(CCur(1)) & " " & TypeName(CDate(1))
    Case 25: R = TypeName(CDbl(1)) & " " & TypeName(CInt(1)) & " " & TypeName(CLng(1)) & " " & TypeName(CSng(1)) & " " & TypeName(CStr(1))
    Case 26: R = CByte(256)
    Case 27: R = CByte(-1)
    Case 28: R = CInt(32768)
    Case 29: R = CLng(2147483648#)
    Case 30: R = CInt(-32768): S = CLng(-2147483648#)
    Case 31: R = CCur(1E+15)
    Case 32: R = CSng(1E+39)
    Case 33: R = CByte(255)
  End Select
End Sub
