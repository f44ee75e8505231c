' Type conversion functions (CBool CByte CCur CDate CDbl CInt CLng CSng CStr CVar) — VBA reference:
' Language/Concepts/Getting-Started/type-conversion-functions.md
' Left out: the page's en-US short date text (m/d/yyyy). xbas writes dates as text locale-free, yyyy-mm-dd (README,
' "Dates are VBA serial days; as text they show as yyyy-mm-dd hh:nn:ss (no locale)"): the legacy connector ran under
' whatever Windows locale it was installed with (the seed documentation is French), so no one short date is right.
' (https://learn.microsoft.com/office/vba/language/concepts/getting-started/type-conversion-functions)
' CDec, CLngLng and CLngPtr are left out: xbas does not ship them.
Dim R, S, T
' CBool example: "A = 5: B = 5 ... Check = CBool(A = B) ' Check contains True."
'! para=1 => var:R=True
' CBool example: "A = 0 ... Check = CBool(A) ' Check contains False."
'! para=2 => var:R=False
' CBool example text: "If the expression evaluates to a nonzero value, CBool returns True" (here -3.5).
'! para=3 => var:R=True
' CByte example: "MyDouble = 125.5678 ... MyByte = CByte(MyDouble) ' MyByte contains 126."
'! para=4 => var:R=126
' CCur example: "MyDouble = 543.214588 ... CCur(MyDouble * 2) ' ... (1086.429176) to a Currency (1086.4292)."
'! para=5 => var:R=1086.4292
' CDate example: "MyTime = "4:35:47 PM" ' Define time. MyShortTime = CDate(MyTime)" — hour, minute, second of that time.
'! para=7 => var:R=16 var:S=35 var:T=47
' Remarks: "When converting a number to a date ... Any fractional part of the number is converted to a time of day, starting at midnight." (.75 of a day = 18:00)
'! para=8 => var:R=18 var:S=0 var:T=0
' CDbl example: "MyCurr = CCur(234.456784) ' MyCurr is a Currency." / "MyDouble = CDbl(MyCurr * 8.2 * 0.01) ' Convert result to a Double."
'! para=9 => var:R="Currency" var:S="Double"
' CInt example: "MyDouble = 2345.5678 ... MyInt = CInt(MyDouble) ' MyInt contains 2346."
'! para=10 => var:R=2346
' CLng example: "MyLong1 = CLng(MyVal1) ' MyLong1 contains 25427." (MyVal1 = 25427.45)
'! para=11 => var:R=25427
' CLng example: "MyLong2 = CLng(MyVal2) ' MyLong2 contains 25428." (MyVal2 = 25427.55)
'! para=12 => var:R=25428
' Remarks: "When the fractional part is exactly 0.5, CInt and CLng always round it to the nearest even number. For example, 0.5 rounds to 0, and 1.5 rounds to 2." (CInt)
'! para=13 => var:R=0 var:S=2
' Same remark, for CLng.
'! para=14 => var:R=0 var:S=2
' Same remark: "always round it to the nearest even number" (CInt(2.5) -> 2, CLng(-2.5) -> -2).
'! para=15 => var:R=2 var:S=-2
' CSng example: "MySingle1 = CSng(MyDouble1) ' MySingle1 contains 75.34211." (MyDouble1 = 75.3421115)
'! para=16 => var:R="75.34211"
' CSng example: "MySingle2 = CSng(MyDouble2) ' MySingle2 contains 75.34216." (MyDouble2 = 75.3421555)
'! para=17 => var:R="75.34216"
' CStr example: "MyDouble = 437.324 ... MyString = CStr(MyDouble) ' MyString contains "437.324"."
'! para=18 => var:R="437.324"
' CStr table: "Boolean | A string containing True or False."
'! para=19 => var:R="True" var:S="False"
' CStr table: "Empty | A zero-length string ("")."
'! para=20 => var:R=""
' CStr table: "Null | A run-time error." — Invalid use of Null (Error 94) page: "trying to obtain the value of ... an expression that is Null".
'! para=21 => error=94
' CVar example: "MyVar = CVar(MyInt & 000) ' MyVar contains the string ..." — the result is a String.
'! para=23 => var:R="String"
' Return types table: CBool Boolean, CByte Byte, CCur Currency, CDate Date (names as TypeName returns them).
'! para=24 => var:R="Boolean Byte Currency Date"
' Return types table: CDbl Double, CInt Integer, CLng Long, CSng Single, CStr String.
'! para=25 => var:R="Double Integer Long Single String"
' Remarks: "If the expression passed to the function is outside the range of the data type being converted to, an error occurs." CByte range "0 to 255";
' Overflow (Error 6) page: "The result of an ... data type conversion is too large to be represented within the range of values allowed".
'! para=26 => error=6
' Same, CByte(-1) below the range 0 to 255.
'! para=27 => error=6
' Same, CInt range "-32,768 to 32,767": CInt(32768).
'! para=28 => error=6
' Same, CLng range "-2,147,483,648 to 2,147,483,647": CLng(2147483648).
'! para=29 => error=6
' Range ends are accepted: CInt(-32768), CLng(-2147483648).
'! para=30 => var:R=-32768 var:S=-2147483648
' Same, CCur range "-922,337,203,685,477.5808 to 922,337,203,685,477.5807": CCur(1E+15).
'! para=31 => error=6
' Same, CSng range up to "3.402823E38": CSng(1E+39).
'! para=32 => error=6
' Range end accepted: CByte(255) with CByte range "0 to 255".
'! para=33 => var:R=255
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
' CDate example: "MyDate = "February 12, 1969" ' Define date. MyShortDate = CDate(MyDate)" — year, month, day of that date.
'! para=6 => var:R=1969 var:S=2 var:T=12
