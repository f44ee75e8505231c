' The six examples of issue 19 ("Why"), each as VBA behaves, with the page that says so.
Option Explicit
Dim A, B, C, E, T
Dim Days As Integer

Sub Take(ByRef v)
  A = v
  v = 99
End Sub

' 1. Weekday(d), the function (weekday-function.md), passed to a ByRef parameter is a
'    call, not the host variable Weekday: #3/4/2024# is a Monday (vbMonday = 2).
'! para=1 => var:A=2
' 2. A constant passed ByRef arrives as its value and never changes (MS-VBAL 5.3.1.11:
'    an argument that is not a variable is passed as a temporary).
'! para=2 => var:A=2 var:B=2
' 3. The vb… constants are constants under Option Explicit (date-constants.md:
'    vbSunday 1, vbFirstFourDays 2; comparison-constants.md: vbTextCompare 1;
'    vartype-function.md: vbArray 8192; miscellaneous-constants.md: vbCrLf is 2 characters).
'! para=3 => var:A=8198
' 4. A String counter is coerced to a number and the loop ends (MS-VBAL 5.4.2.3,
'    fornext-statement.md): two passes.
'! para=4 => var:B=2
' 5. Len of a typed variable is its storage size (len-function.md: "MyLen = Len(MyInt)
'    ' Returns 2."; data-type-summary.md: Long 4 bytes, Date 8 bytes).
'! para=5 => var:A=2 var:B=4 var:C=8 var:E=0
' 6. Format rounds half away from zero (format-function-visual-basic-for-applications.md,
'    "round the number"; issue 19), while Round and CInt round half to even
'    (round-function.md: "bankers rounding").
'! para=6 => var:A="3" var:B="0.13" var:C=2 var:E=2
'! para=7 => var:A="-3" var:B="4"

Sub Main()
  Dim d As Date, i As Integer, l As Long, s As String, x
  d = #3/4/2024#
  Select Case Para1
    Case 1: Take Weekday(d)
    Case 2: Take vbMonday
      B = vbMonday
    Case 3: A = vbSunday + vbFirstFourDays + vbTextCompare + Len(vbCrLf) + vbArray
    Case 4: B = 0
      For x = "1" To "2"
        B = B + 1
        If B > 10 Then Exit For
      Next
    Case 5: A = Len(i): B = Len(l): C = Len(d): E = Len(s)
    Case 6: A = Format(2.5, "0"): B = Format(0.125, "0.00"): C = Round(2.5): E = CInt(2.5)
    Case 7: A = Format(-2.5, "0"): B = Format(3.5, "0")
  End Select
End Sub
