' Format function — VBA reference: Language/Reference/User-Interface-Help/format-function-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/format-function-visual-basic-for-applications)
' Covers the page's example block and its tables: sections, named date/time and numeric formats,
' user-defined string, date/time and numeric formats. Settings-dependent names (Long/Medium/Short Date,
' General Date, Long/Medium Time, c, ddddd, dddddd, ttttt, Scientific) and Time/Date are left out.
' The page's literal #January 27, 1993# is written #1/27/1993#.
Dim R
' Page example (MyTime = #17:04:23#, MyDate = #January 27, 1993# written #1/27/1993#): "MyStr = Format(MyTime, "h:m:s")    ' Returns "17:4:23"."
'! para=1 => var:R="17:4:23"
' Page example (MyTime = #17:04:23#, MyDate = #January 27, 1993# written #1/27/1993#): "MyStr = Format(MyTime, "hh:mm:ss AM/PM")    ' Returns "05:04:23 PM"."
'! para=3 => var:R="05:04:23 PM"
' Page example (MyTime = #17:04:23#, MyDate = #January 27, 1993# written #1/27/1993#): "MyStr = Format(MyDate, "dddd, mmm d yyyy")    ' Returns "Wednesday, Jan 27 1993"."
'! para=4 => var:R="Wednesday, Jan 27 1993"
' Page example: "If format is not supplied, a string is returned. MyStr = Format(23)    ' Returns "23"."
'! para=5 => var:R="23"
' Page example: "MyStr = Format(5459.4, "##,##0.00")    ' Returns "5,459.40"."
'! para=6 => var:R="5,459.40"
' Page example: "MyStr = Format(334.9, "###0.00")    ' Returns "334.90"."
'! para=7 => var:R="334.90"
' Page example: "MyStr = Format(5, "0.00%")    ' Returns "500.00%"."
'! para=8 => var:R="500.00%"
' Page: "Returns a Variant (String)" — TypeName of the result.
'! para=11 => var:R="String"
' Page: "positive numbers formatted as strings using Format don't include a leading space reserved for the sign of the value; those converted using Str retain the leading space."
'! para=12 => var:R=" 23|23"
' Page, two sections: "The first section applies to positive values and zeros, the second to negative values." with the page's "$#,##0;($#,##0)" — positive value.
'! para=14 => var:R="$1,234"
' Page, two sections, "$#,##0;($#,##0)" — the second section formats the negative value.
'! para=15 => var:R="($1,234)"
' Page, two sections: "the first section applies to positive values and zeros".
'! para=16 => var:R="0.00"
' Page: "\"$#,##0;;\Z\e\r\o\" ... displays \"Zero\" if the value is zero."
'! para=17 => var:R="Zero"
' Page: "$#,##0;;\Z\e\r\o" "displays positive ... values using the format in the first section".
'! para=18 => var:R="$1,234"
' Page, three sections: "The first section applies to positive values, the second to negative values, and the third to zeros." — positive.
'! para=19 => var:R="1.50"
' Page, three sections — negative value uses the second section.
'! para=20 => var:R="(1.50)"
' Page, three sections — zero uses the third section.
'! para=21 => var:R="Zero"
' Page, four sections — a positive value still uses the first section.
'! para=23 => var:R="2.00"
' Page, string sections: "The first section applies to string data, the second to Null values and zero-length strings" — string data.
'! para=24 => var:R="abc"
' Page, named formats: "Short Time — Display a time using the 24-hour format, for example, 17:45."
'! para=27 => var:R="17:45"
' Page, named numeric: "General Number — Display number with no thousand separator."
'! para=28 => var:R="1234567.5"
' Page, named numeric: "Fixed — Display at least one digit to the left and two digits to the right of the decimal separator."
'! para=30 => var:R="1234.50"
' Page, named numeric: "Fixed — at least one digit to the left".
'! para=31 => var:R="0.50"
' Page, named numeric: "Standard — Display number with thousand separator, at least one digit to the left and two digits to the right of the decimal separator."
'! para=32 => var:R="1,234.50"
' Page, named numeric: "Standard — ... at least one digit to the left".
'! para=33 => var:R="0.50"
' Page, named numeric: "Percent — Display number multiplied by 100 with a percent sign (%) appended to the right; always display two digits to the right of the decimal separator."
'! para=34 => var:R="50.00%"
' Page, named numeric: "Percent" — 0.125 multiplied by 100, two decimals.
'! para=35 => var:R="12.50%"
' Page, named numeric: "Yes/No — Display No if number is 0; otherwise, display Yes."
'! para=36 => var:R="No"
' Page, named numeric: "Yes/No — ... otherwise, display Yes."
'! para=37 => var:R="Yes"
' Page, named numeric: "True/False — Display False if number is 0; otherwise, display True."
'! para=38 => var:R="False"
' Page, named numeric: "True/False — ... otherwise, display True."
'! para=39 => var:R="True"
' Page, string formats: "& Character placeholder. Display a character or nothing."
'! para=44 => var:R="ab"
' Page, string formats: "&" with "!" (left to right fill) still displays nothing for missing characters.
'! para=45 => var:R="ab"
' Page, date/time: "(/) Date separator" and "(:) Time separator" (en-US / and :).
'! para=48 => var:R="1/27/1993 17:04:23"
' Page, date/time: "d — Display the day as a number without a leading zero (1–31)."
'! para=49 => var:R="27"
' Page, date/time: "d — ... without a leading zero" on the 5th.
'! para=50 => var:R="5"
' Page, date/time: "dd — Display the day as a number with a leading zero (01–31)."
'! para=51 => var:R="05"
' Page, date/time: "ddd — Display the day as an abbreviation (Sun–Sat)." (1/27/1993 is a Wednesday per the page example)
'! para=52 => var:R="Wed"
' Page, date/time: "dddd — Display the day as a full name (Sunday–Saturday)."
'! para=53 => var:R="Wednesday"
' Page, date/time: "w — Display the day of the week as a number (1 for Sunday through 7 for Saturday)." Wednesday = 4.
'! para=54 => var:R="4"
' Page, date/time: "m — Display the month as a number without a leading zero (1–12)."
'! para=62 => var:R="1"
' Page, date/time: "m — ... without a leading zero" for November.
'! para=63 => var:R="11"
' Page, date/time: "mm — Display the month as a number with a leading zero (01–12)."
'! para=64 => var:R="01"
' Page, date/time: "mmm — Display the month as an abbreviation (Jan–Dec)."
'! para=65 => var:R="Jan"
' Page, date/time: "mmmm — Display the month as a full month name (January–December)."
'! para=66 => var:R="January"
' Page, date/time: "If m immediately follows h or hh, the minute rather than the month is displayed."
'! para=67 => var:R="17:4"
' Page, date/time: "mm — ... If m immediately follows h or hh, the minute rather than the month is displayed."
'! para=68 => var:R="17:04"
' Page, date/time: "q — Display the quarter of the year as a number (1–4)."
'! para=69 => var:R="1"
' Page, date/time: "q" for November 5.
'! para=70 => var:R="4"
' Page, date/time: "y — Display the day of the year as a number (1–366)."
'! para=71 => var:R="27"
' Page, date/time: "y" on 12/31/1993 (not a leap year).
'! para=72 => var:R="365"
' Page, date/time: "y" on 12/31/1992 (a leap year: 366).
'! para=73 => var:R="366"
' Page, date/time: "yy — Display the year as a 2-digit number (00–99)."
'! para=74 => var:R="93"
' Page, date/time: "yy — 2-digit number (00–99)" for 2005.
'! para=75 => var:R="05"
' Page, date/time: "yyyy — Display the year as a 4-digit number (100–9999)."
'! para=76 => var:R="1993"
' Page, date/time: "h — Display the hour as a number without a leading zero (0–23)."
'! para=77 => var:R="17"
' Page, date/time: "h — without a leading zero" at 5:04:23 AM.
'! para=78 => var:R="5"
' Page, date/time: "hh — Display the hour as a number with a leading zero (00–23)."
'! para=79 => var:R="05"
' Page, date/time: "hh — (00–23)" in the afternoon.
'! para=80 => var:R="17"
' Page, date/time: "n — Display the minute as a number without a leading zero (0–59)."
'! para=81 => var:R="4"
' Page, date/time: "nn — Display the minute as a number with a leading zero (00–59)."
'! para=82 => var:R="04"
' Page, date/time: "s — Display the second as a number without a leading zero (0–59)."
'! para=83 => var:R="5"
' Page, date/time: "ss — Display the second as a number with a leading zero (00–59)."
'! para=84 => var:R="05"
' Page, date/time: "s" for 23 seconds.
'! para=85 => var:R="23"
' Page, date/time: "AM/PM — Use the 12-hour clock and display an uppercase PM with any hour between noon and 11:59 P.M."
'! para=86 => var:R="5 PM"
' Page, date/time: "AM/PM — ... display an uppercase AM with any hour before noon".
'! para=87 => var:R="5 AM"
' Page, date/time: "AM/PM ... PM with any hour between noon and 11:59 P.M." and time symbols "h ... (1-12 with AM or PM appended)" — noon.
'! para=88 => var:R="12 PM"
' Page, time symbols: "h ... (1-12 with AM or PM appended)" — 0:30 is hour 12 AM.
'! para=89 => var:R="12 AM"
' Page, time symbols: "hh 00-23 (01-12 with AM or PM appended)".
'! para=90 => var:R="09:05 AM"
' Page, remarks: "Date and time serial numbers — Use date and time formats or numeric formats." — a Double serial number formatted as a date.
'! para=98 => var:R="January 27, 1993"
' Page, numeric: "None — Display the number with no formatting."
'! para=99 => var:R="1234.5"
' Page, numeric: "0 ... If the number has fewer digits than there are zeros ... display leading or trailing zeros."
'! para=100 => var:R="005"
' Page, numeric: "0 ... display leading or trailing zeros" (trailing).
'! para=101 => var:R="1.500"
' Page, numeric: "0 ... round the number to as many decimal places as there are zeros."
'! para=102 => var:R="1.24"
' Page, numeric: "0 ... more digits to the left ... display the extra digits without modification."
'! para=103 => var:R="12345"
' Page, numeric: "# ... Display a digit or nothing." — no leading zeros.
'! para=104 => var:R="5"
' Page, numeric: "# ... leading and trailing zeros aren't displayed".
'! para=105 => var:R="1.5"
' Page, numeric: ". ... If the format expression contains only number signs to the left of this symbol, numbers smaller than 1 begin with a decimal separator."
'! para=106 => var:R=".75"
' Page, numeric: ". ... To display a leading zero displayed with fractional numbers, use 0 as the first digit placeholder to the left of the decimal separator."
'! para=107 => var:R="0.75"
' Page, numeric: "% ... The expression is multiplied by 100. The percent character (%) is inserted in the position where it appears".
'! para=108 => var:R="12.5%"
' Page, numeric: ", ... Standard use of the thousand separator is specified if the format contains a thousand separator surrounded by digit placeholders".
'! para=109 => var:R="1,234,567"
' Page, numeric: "Two adjacent thousand separators in any position other than immediately to the left of the decimal separator are treated simply as specifying the use of a thousand separator."
'! para=113 => var:R="1,234,567"
' Page, numeric: "- + $ ( ) Display a literal character." — $
'! para=120 => var:R="$5.00"
' Page, numeric: "- + $ ( ) Display a literal character." — ( )
'! para=121 => var:R="(5)"
' Page, numeric: "- + $ ( ) Display a literal character." — +
'! para=122 => var:R="+5"
' Page, numeric: "- + $ ( ) Display a literal character." — -
'! para=123 => var:R="-5"
' Page, numeric: "\ Display the next character in the format string ... The backslash itself isn't displayed."
'! para=124 => var:R="5kg"
' Page, numeric: "To display a backslash, use two backslashes (\\)."
'! para=125 => var:R="\\5"
' Page, numeric: "(\"ABC\") Display the string inside the double quotation marks ... you must use Chr(34) to enclose the text".
'! para=128 => var:R="5 units"
' Page, FirstDayOfWeek "vbSunday 1 Sunday (default)" given explicitly.
'! para=133 => var:R="4"
' Page, numeric: "The percent character (%) is inserted in the position where it appears in the format string."
'! para=136 => var:R="%50"
' Page, string formats: "@" — every position has a character.
'! para=137 => var:R="abcd"
' Page, numeric: "To display a leading zero displayed with fractional numbers, use 0 as the first digit placeholder to the left of the decimal separator." (with a thousand separator)
'! para=139 => var:R="0.50"
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
    Case 140: R = Format(#3/4/2024 1:05:09 PM#, "General Date")
    Case 141: R = Format(#3/4/2024#, "General Date")
    Case 142: R = Format(#1:05:09 PM#, "General Date")
    Case 143: R = Format(#1:05:09 PM#, "Medium Time")
    Case 144: R = Format(#5:45:00 PM#, "Short Time")
    Case 145: R = Format(#3/4/2024 1:05:09 PM#, "c")
    Case 146: R = Format(#1:05:09 PM#, "ttttt")
    Case 147: R = Format(#3/4/2024#, "dddddd")
  End Select
End Sub
' Page, named numeric: "Currency — Display number with thousand separator, if appropriate; display two digits to the right of the decimal separator." (en-US: $)
'! para=29 => var:R="$1,234.50"
' Page, named numeric: "On/Off — Display Off if number is 0; otherwise, display On."
'! para=40 => var:R="Off"
' Page, named numeric: "On/Off — ... otherwise, display On."
'! para=41 => var:R="On"
' Page, numeric: "you can use the format string \"##0,,\" to represent 100 million as 100."
'! para=110 => var:R="100"
' Page, numeric: "##0,," — "Numbers smaller than 1 million are displayed as 0."
'! para=111 => var:R="0"
' Page, numeric: "a thousand separator immediately to the left of the decimal separator (whether or not a decimal is specified) means scale the number by dividing it by 1000, rounding as needed."
'! para=112 => var:R="1235"
' Page, numeric: "E+ ... place a minus sign next to negative exponents and a plus sign next to positive exponents." (2 exponent placeholders)
'! para=114 => var:R="1.23E+03"
' Page, numeric: "E+" with a negative exponent.
'! para=115 => var:R="1.23E-04"
' Page, numeric: "Use E- or e- to place a minus sign next to negative exponents." — positive exponent gets no sign.
'! para=116 => var:R="1.23E03"
' Page, numeric: "E-" with a negative exponent.
'! para=117 => var:R="1.23E-04"
' Page, numeric: "E or e is inserted between the number and its exponent" — lowercase e+.
'! para=118 => var:R="1.23e+03"
' Page, numeric: "The number of digit placeholders to the right determines the number of digits in the exponent."
'! para=119 => var:R="1.23E+3"
' Page, numeric: "To display a character that has special meaning as a literal character, precede it with a backslash" — \% is not a percentage.
'! para=126 => var:R="5%"
' Page, numeric: backslash before the numeric-formatting character "#".
'! para=127 => var:R="#5"
' Page, numeric: thousand separator between digit placeholders plus one "immediately to the left of the decimal separator" (scale by 1000, rounding).
'! para=135 => var:R="1,234.57"
' Page example (MyTime = #17:04:23#, MyDate = #January 27, 1993# written #1/27/1993#): "MyStr = Format(MyTime, "hh:mm:ss am/pm")    ' Returns "05:04:23 pm"."
'! para=2 => var:R="05:04:23 pm"
' Page, FirstDayOfWeek: "vbMonday 2 Monday" as first day of the week: Wednesday is day 3.
'! para=55 => var:R="3"
' Page, date symbols: "ww 1-53 (Week of year ...; Week 1 starts on Jan 1)" — Jan 1 is in week 1.
'! para=56 => var:R="1"
' Page, "ww": week 1 = Fri 1/1–Sat 1/2 (weeks start Sunday, the default); 1/27/1993 is in week 5.
'! para=57 => var:R="5"
' Page, "ww": Sunday 1/3/1993 starts week 2 with the default first day Sunday.
'! para=58 => var:R="2"
' Page, "ww" with FirstDayOfWeek vbMonday: week 1 is Fri 1/1–Sun 1/3, week 2 is Mon 1/4–Sun 1/10.
'! para=59 => var:R="2"
' Page, FirstWeekOfYear "vbFirstFourDays — Start with the first week that has at least four days in the year": week 1 = 1/3–1/9, so Monday 2/8/1993 is week 6.
'! para=60 => var:R="6"
' Page, FirstWeekOfYear "vbFirstFullWeek — Start with the first full week of the year": week 1 = 1/3–1/9, so Monday 2/8/1993 is week 6.
'! para=61 => var:R="6"
' Page, date/time: "am/pm — Use the 12-hour clock and display a lowercase ... PM with any hour between noon and 11:59 P.M." (page example shows "pm")
'! para=91 => var:R="5 pm"
' Page, date/time: "am/pm — ... a lowercase AM with any hour before noon" (lowercase: "am")
'! para=92 => var:R="5 am"
' Page, date/time: "A/P — ... display an uppercase P with any hour between noon and 11:59 P.M."
'! para=93 => var:R="5 P"
' Page, date/time: "A/P — ... display an uppercase A with any hour before noon".
'! para=94 => var:R="5 A"
' Page, date/time: "a/p — ... display a lowercase P with any hour between noon and 11:59 P.M."
'! para=95 => var:R="5 p"
' Page, date/time: "a/p — ... display a lowercase A with any hour before noon".
'! para=96 => var:R="5 a"
' Page, date/time: "AMPM — ... display the PM string literal as defined by your system ... The default format is AM/PM." (en-US PM)
'! para=97 => var:R="5 PM"
' Page, user-defined date/time: "ww — Display the week of the year as a number (1–54)." 12/31/1993 (Friday) is in week 53 (week 1 = 1/1–1/2).
'! para=129 => var:R="53"
' Page, "ww (1–54)": 2000 starts on a Saturday and is a leap year, so Sunday 12/31/2000 is in week 54.
'! para=130 => var:R="54"
' Page, FirstWeekOfYear "vbFirstJan1 — Start with week in which January 1 occurs (default)." given explicitly.
'! para=131 => var:R="5"
' Page, FirstDayOfWeek "vbSaturday 7 Saturday": Wednesday is day 5 of a week starting Saturday.
'! para=132 => var:R="5"
' Page, date symbols: "yyyy 100-9999 (Three- or Four-digit year)".
'! para=134 => var:R="150"
' Page example: "MyStr = Format("HELLO", "<")    ' Returns "hello"."
'! para=9 => var:R="hello"
' Page example: "MyStr = Format("This is it", ">")    ' Returns "THIS IS IT"."
'! para=10 => var:R="THIS IS IT"
' Page, four sections: "... the third to zeros, and the fourth to Null values."
'! para=22 => var:R="Null"
' Page, string sections — zero-length string uses the second section.
'! para=25 => var:R="none"
' Page, string sections — Null uses the second section.
'! para=26 => var:R="none"
' Page, string formats: "@ ... otherwise, display a space in that position. Placeholders are filled from right to left"
'! para=42 => var:R="  ab"
' Page, string formats: "! Force left to right fill of placeholders."
'! para=43 => var:R="ab  "
' Page, string formats: "> Force uppercase." combined with "@" placeholders filled right to left.
'! para=46 => var:R="  AB"
' Page, string formats: "< Force lowercase. Display all characters in lowercase format."
'! para=47 => var:R="abc"
' Page, string formats: "<" with "&" placeholders.
'! para=138 => var:R="hello"
' Page: "Format truncates format to 257 characters." — 300 zero placeholders act as 257, so 1 shows as 257 digits.
'! para=13 => var:R=257
' Named formats: "General Date | Display a date and/or time ... If there is no fractional part, display only a date ... If there
' is no integer part, display time only." Dates as text are locale-free in xbas (README): the system short date is yyyy-mm-dd
' and the long time hh:nn:ss.
'! para=140 => var:R="2024-03-04 13:05:09"
'! para=141 => var:R="2024-03-04"
'! para=142 => var:R="13:05:09"
' "Medium Time | Display time in 12-hour format using hours and minutes and the AM/PM designator."
'! para=143 => var:R="01:05 PM"
' "Short Time | Display a time using the 24-hour format, for example, 17:45."
'! para=144 => var:R="17:45"
' Date symbols: "c | Display the date as ddddd and display the time as ttttt, in that order."
'! para=145 => var:R="2024-03-04 13:05:09"
' "ttttt | Display a time as a complete time (including hour, minute, and second)"
'! para=146 => var:R="13:05:09"
' "dddddd | Display a date serial number as a complete date (including day, month, and year) formatted according to the long
' date setting" (as Long Date, "dddd, mmmm d, yyyy")
'! para=147 => var:R="Monday, March 4, 2024"
