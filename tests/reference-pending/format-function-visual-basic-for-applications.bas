' Format function — VBA reference: Language/Reference/User-Interface-Help/format-function-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/format-function-visual-basic-for-applications)
' Covers the page's example block and its tables: sections, named date/time and numeric formats,
' user-defined string, date/time and numeric formats. Settings-dependent names (Long/Medium/Short Date,
' General Date, Long/Medium Time, c, ddddd, dddddd, ttttt, Scientific) and Time/Date are left out.
' The page's literal #January 27, 1993# is written #1/27/1993#.
Dim R
' Page example: "MyStr = Format("HELLO", "<")    ' Returns "hello"."
' xbas gives: "HELLO"
'! para=9 => var:R="hello"
' Page example: "MyStr = Format("This is it", ">")    ' Returns "THIS IS IT"."
' xbas gives: "This is it"
'! para=10 => var:R="THIS IS IT"
' Page: "Format truncates format to 257 characters." — 300 zero placeholders act as 257, so 1 shows as 257 digits.
' xbas gives: 300
'! para=13 => var:R=257
' Page, four sections: "... the third to zeros, and the fourth to Null values."
' xbas gives: Empty
'! para=22 => var:R="Null"
' Page, string sections — zero-length string uses the second section.
' xbas gives: ""
'! para=25 => var:R="none"
' Page, string sections — Null uses the second section.
' xbas gives: Empty
'! para=26 => var:R="none"
' Page, string formats: "@ ... otherwise, display a space in that position. Placeholders are filled from right to left"
' xbas gives: "ab"
'! para=42 => var:R="  ab"
' Page, string formats: "! Force left to right fill of placeholders."
' xbas gives: "ab"
'! para=43 => var:R="ab  "
' Page, string formats: "> Force uppercase." combined with "@" placeholders filled right to left.
' xbas gives: "ab"
'! para=46 => var:R="  AB"
' Page, string formats: "< Force lowercase. Display all characters in lowercase format."
' xbas gives: "AbC"
'! para=47 => var:R="abc"
' Page, string formats: "<" with "&" placeholders.
' xbas gives: "HeLLo"
'! para=138 => var:R="hello"
Sub Main()
  Dim MyTime, MyDate, D
  MyTime = #17:04:23#
  MyDate = #1/27/1993#
  D = #1/27/1993 5:04:23 PM#
  Select Case Para1
    Case 1: R = Format(MyTime, "h:m:s")
    Case 2: R = Format(MyTime, "hh:mm:ss am/pm")
    Case 3: R = Format(MyTime, "hh:mm:ss AM/PM")
    Case 4: R = Format(MyDate, "dddd, mmm d yyyy")
    Case 5: R = Format(23)
    Case 6: R = Format(5459.4, "##,##0.00")
    Case 7: R = Format(334.9, "###0.00")
    Case 8: R = Format(5, "0.00%")
    Case 9: R = Format("HELLO", "<")
    Case 10: R = Format("This is it", ">")
    Case 11: R = TypeName(Format(23))
    Case 12: R = Str(23) & "|" & Format(23)
    Case 13: R = Len(Format(1, String(300, "0")))
    Case 14: R = Format(1234, "$#,##0;($#,##0)")
    Case 15: R = Format(-1234, "$#,##0;($#,##0)")
    Case 16: R = Format(0, "0.00;(0.00)")
    Case 17: R = Format(0, "$#,##0;;\Z\e\r\o")
    Case 18: R = Format(1234, "$#,##0;;\Z\e\r\o")
    Case 19: R = Format(1.5, "0.00;(0.00);\Z\e\r\o")
    Case 20: R = Format(-1.5, "0.00;(0.00);\Z\e\r\o")
    Case 21: R = Format(0, "0.00;(0.00);\Z\e\r\o")
    Case 22: R = Format(Null, "0.00;(0.00);\Z\e\r\o;\N\u\l\l")
    Case 23: R = Format(2, "0.00;(0.00);\Z\e\r\o;\N\u\l\l")
    Case 24: R = Format("abc", "@@@;" & Chr(34) & "none" & Chr(34))
    Case 25: R = Format("", "@@@;" & Chr(34) & "none" & Chr(34))
    Case 26: R = Format(Null, "@@@;" & Chr(34) & "none" & Chr(34))
    Case 27: R = Format(#5:45:00 PM#, "Short Time")
    Case 28: R = Format(1234567.5, "General Number")
    Case 29: R = Format(1234.5, "Currency")
    Case 30: R = Format(1234.5, "Fixed")
    Case 31: R = Format(0.5, "Fixed")
    Case 32: R = Format(1234.5, "Standard")
    Case 33: R = Format(0.5, "Standard")
    Case 34: R = Format(0.5, "Percent")
    Case 35: R = Format(0.125, "Percent")
    Case 36: R = Format(0, "Yes/No")
    Case 37: R = Format(5, "Yes/No")
    Case 38: R = Format(0, "True/False")
    Case 39: R = Format(5, "True/False")
    Case 40: R = Format(0, "On/Off")
    Case 41: R = Format(5, "On/Off")
    Case 42: R = Format("ab", "@@@@")
    Case 43: R = Format("ab", "!@@@@")
    Case 44: R = Format("ab", "&&&&")
    Case 45: R = Format("ab", "!&&&&")
    Case 46: R = Format("ab", ">@@@@")
    Case 47: R = Format("AbC", "<")
    Case 48: R = Format(D, "m/d/yyyy hh:nn:ss")
    Case 49: R = Format(D, "d")
    Case 50: R = Format(DateSerial(1993, 2, 5), "d")
    Case 51: R = Format(DateSerial(1993, 2, 5), "dd")
    Case 52: R = Format(D, "ddd")
    Case 53: R = Format(D, "dddd")
    Case 54: R = Format(D, "w")
    Case 55: R = Format(D, "w", vbMonday)
    Case 56: R = Format(#1/1/1993#, "ww")
    Case 57: R = Format(D, "ww")
    Case 58: R = Format(#1/3/1993#, "ww")
    Case 59: R = Format(#1/10/1993#, "ww", vbMonday)
    Case 60: R = Format(#2/8/1993#, "ww", vbSunday, vbFirstFourDays)
    Case 61: R = Format(#2/8/1993#, "ww", vbSunday, vbFirstFullWeek)
    Case 62: R = Format(D, "m")
    Case 63: R = Format(DateSerial(1993, 11, 5), "m")
    Case 64: R = Format(D, "mm")
    Case 65: R = Format(D, "mmm")
    Case 66: R = Format(D, "mmmm")
    Case 67: R = Format(D, "h:m")
    Case 68: R = Format(D, "hh:mm")
    Case 69: R = Format(D, "q")
    Case 70: R = Format(DateSerial(1993, 11, 5), "q")
    Case 71: R = Format(D, "y")
    Case 72: R = Format(DateSerial(1993, 12, 31), "y")
    Case 73: R = Format(DateSerial(1992, 12, 31), "y")
    Case 74: R = Format(D, "yy")
    Case 75: R = Format(DateSerial(2005, 1, 1), "yy")
    Case 76: R = Format(D, "yyyy")
    Case 77: R = Format(D, "h")
    Case 78: R = Format(#5:04:23 AM#, "h")
    Case 79: R = Format(#5:04:23 AM#, "hh")
    Case 80: R = Format(D, "hh")
    Case 81: R = Format(D, "n")
    Case 82: R = Format(D, "nn")
    Case 83: R = Format(TimeSerial(5, 4, 5), "s")
    Case 84: R = Format(TimeSerial(5, 4, 5), "ss")
    Case 85: R = Format(D, "s")
    Case 86: R = Format(D, "h AM/PM")
    Case 87: R = Format(#5:04:23 AM#, "h AM/PM")
    Case 88: R = Format(TimeSerial(12, 0, 0), "h AM/PM")
    Case 89: R = Format(TimeSerial(0, 30, 0), "h AM/PM")
    Case 90: R = Format(TimeSerial(9, 5, 0), "hh:nn AM/PM")
    Case 91: R = Format(D, "h am/pm")
    Case 92: R = Format(#5:04:23 AM#, "h am/pm")
    Case 93: R = Format(D, "h A/P")
    Case 94: R = Format(#5:04:23 AM#, "h A/P")
    Case 95: R = Format(D, "h a/p")
    Case 96: R = Format(#5:04:23 AM#, "h a/p")
    Case 97: R = Format(D, "h AMPM")
    Case 98: R = Format(CDbl(#1/27/1993#), "mmmm d, yyyy")
    Case 99: R = Format(1234.5)
    Case 100: R = Format(5, "000")
    Case 101: R = Format(1.5, "0.000")
    Case 102: R = Format(1.236, "0.00")
    Case 103: R = Format(12345, "00")
    Case 104: R = Format(5, "###")
    Case 105: R = Format(1.5, "#.##")
    Case 106: R = Format(0.75, "#.00")
    Case 107: R = Format(0.75, "0.00")
    Case 108: R = Format(0.125, "0.0%")
    Case 109: R = Format(1234567, "#,##0")
    Case 110: R = Format(100000000, "##0,,")
    Case 111: R = Format(400000, "##0,,")
    Case 112: R = Format(1234567, "0,")
    Case 113: R = Format(1234567, "#,,##0")
    Case 114: R = Format(1234.5, "0.00E+00")
    Case 115: R = Format(0.00012345, "0.00E+00")
    Case 116: R = Format(1234.5, "0.00E-00")
    Case 117: R = Format(0.00012345, "0.00E-00")
    Case 118: R = Format(1234.5, "0.00e+00")
    Case 119: R = Format(1234.5, "0.00E+0")
    Case 120: R = Format(5, "$0.00")
    Case 121: R = Format(5, "(0)")
    Case 122: R = Format(5, "+0")
    Case 123: R = Format(5, "-0")
    Case 124: R = Format(5, "0\k\g")
    Case 125: R = Format(5, "\\0")
    Case 126: R = Format(5, "0\%")
    Case 127: R = Format(5, "\#0")
    Case 128: R = Format(5, "0" & Chr(34) & " units" & Chr(34))
    Case 129: R = Format(#12/31/1993#, "ww")
    Case 130: R = Format(#12/31/2000#, "ww")
    Case 131: R = Format(D, "ww", vbSunday, vbFirstJan1)
    Case 132: R = Format(D, "w", vbSaturday)
    Case 133: R = Format(D, "w", vbSunday)
    Case 134: R = Format(DateSerial(150, 1, 1), "yyyy")
    Case 135: R = Format(1234567, "#,##0,.00")
    Case 136: R = Format(0.5, "%0")
    Case 137: R = Format("abcd", "@@@@")
    Case 138: R = Format("HeLLo", "<&&&&&")
    Case 139: R = Format(0.5, "#,##0.00")
  End Select
End Sub
