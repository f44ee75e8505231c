' Function statement — VBA reference: Language/Reference/User-Interface-Help/function-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/function-statement)
Dim R
' Page example: "CalculateSquareRoot = Sqr(NumberArg) ' Return square root." — of 16 is 4
'! para=1 => var:R=4
' Same example: "If NumberArg < 0 Then Exit Function" — "If no value is assigned to name, ... a numeric function returns 0"
'! para=2 => var:R=0
' Page: "a string function returns a zero-length string ("")"
'! para=3 => var:R=""
' Page: "a Variant function returns Empty"
'! para=4 => var:R=True
' Page example: "RetVal = MyFunc("Hello", 2, "World") ' All 3 arguments supplied."
'! para=7 => var:R="Hello|2|World"
' Page example: "RetVal = MyFunc("Test", , 5) ' Second argument omitted." — MyArg1 takes its default 5
'! para=8 => var:R="Test|5|5"
' Page: "To return a value from a function, assign the value to the function name. Any number of such assignments can appear" — the last one wins
'! para=10 => var:R="second"
' Page: "Function procedures can be recursive" — 5! = 120
'! para=11 => var:R=120
' Page example "BinarySearch ... As Boolean": "If lower > upper Then BinarySearch = False: Exit Function"
'! para=12 => var:R=False
' Page: "unlike a Sub procedure, you can use a Function procedure on the right side of an expression" — 2 * Sqr-function(9) + 1
'! para=13 => var:R=7
' Page: "ByRef is the default in VBA" — a Function can "change the values of its arguments"
'! para=14 => var:R=6
' Page example: "ReturnValue = CalcSum(4, 3, 2, 1)" with "FirstArg = 4" and the others in OtherArgs — 3 extra arguments
'! para=5 => var:R=3
' Same call: FirstArg + all OtherArgs = 4 + 3 + 2 + 1
'! para=6 => var:R=10
' Page example: "RetVal = MyFunc(MyStr:="Hello ", MyArg1:=7)" — MyArg2 takes its default "Dolly"
'! para=9 => var:R="Hello |7|Dolly"
Sub Main()
  Dim V
  Select Case Para1
    Case 1: R = CalculateSquareRoot(16)
    Case 2: R = CalculateSquareRoot(-1)
    Case 3: R = NoStr()
    Case 4: R = IsEmpty(NoVar())
    Case 5: R = CalcCount(4, 3, 2, 1)
    Case 6: R = CalcSum(4, 3, 2, 1)
    Case 7: R = MyFunc("Hello", 2, "World")
    Case 8: R = MyFunc("Test", , 5)
    Case 9: R = MyFunc(MyStr:="Hello ", MyArg1:=7)
    Case 10: R = TwoAssign()
    Case 11: R = Fact(5)
    Case 12: R = BinarySearch(5, 1)
    Case 13: R = 2 * CalculateSquareRoot(9) + 1
    Case 14
      V = 5
      ChangeArg V
      R = V
  End Select
End Sub

Function CalculateSquareRoot(NumberArg As Double) As Double
  If NumberArg < 0 Then
    Exit Function
  Else
    CalculateSquareRoot = Sqr(NumberArg)
  End If
End Function

Function NoStr() As String
End Function

Function NoVar()
End Function

Function CalcCount(ByVal FirstArg As Integer, ParamArray OtherArgs())
  CalcCount = UBound(OtherArgs) - LBound(OtherArgs) + 1
End Function

Function CalcSum(ByVal FirstArg As Integer, ParamArray OtherArgs())
  Dim E, T
  T = FirstArg
  For Each E In OtherArgs
    T = T + E
  Next E
  CalcSum = T
End Function

Function MyFunc(MyStr As String, Optional MyArg1 As _
  Integer = 5, Optional MyArg2 = "Dolly")
  MyFunc = MyStr & "|" & MyArg1 & "|" & MyArg2
End Function

Function TwoAssign()
  TwoAssign = "first"
  TwoAssign = "second"
End Function

Function Fact(N)
  If N <= 1 Then
    Fact = 1
  Else
    Fact = N * Fact(N - 1)
  End If
End Function

Function BinarySearch(lower, upper) As Boolean
  BinarySearch = True
  If lower > upper Then
    BinarySearch = False
    Exit Function
  End If
End Function

Function ChangeArg(X)
  X = X + 1
End Function
