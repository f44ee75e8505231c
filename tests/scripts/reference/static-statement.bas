' Static statement — VBA reference: Language/Reference/User-Interface-Help/static-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/static-statement)
Dim R
' Page example: "Function KeepTotal(Number) ' Only the variable Accumulate preserves its value between calls. Static Accumulate" — KeepTotal(1), (2), (3) gives 6
'! para=1 => var:R=6
' Page example: "Static Function MyFunction(Arg1, Arg2, Arg3) ... Accumulate = Arg1 + Arg2 + Arg3: Half = Accumulate / 2" — MyFunction(1, 2, 3) is 3
'! para=2 => var:R=3
' Page: "Variables declared with the Static statement retain their values as long as the code is running." — a Static Long counter called 3 times
'! para=3 => var:R=3
' Page: "For nonstatic procedures, storage space for variables is allocated each time the procedure is called" — a Dim local beside the Static one restarts at 1
'! para=4 => var:R="3 1"
' Page: "Static EmployeeNumber(200) As Integer" — "declares a fixed-size array of integers" that retains its values
'! para=5 => var:R="200 2"
' Page: "If you don't specify a data type ..., the variable is Variant by default." and "Variant variables are initialized to Empty."
'! para=6 => var:R=True
' Page: "When variables are initialized, a numeric variable is initialized to 0, a variable-length string is initialized to a zero-length string ("")"
'! para=8 => var:R="0|"
Sub Main()
  Dim I, V
  Select Case Para1
    Case 1
      V = KeepTotal(1)
      V = KeepTotal(2)
      R = KeepTotal(3)
    Case 2
      R = MyFunction(1, 2, 3)
    Case 3
      For I = 1 To 3: R = Counter(): Next I
    Case 4
      For I = 1 To 3: R = Mixed(): Next I
    Case 5
      For I = 1 To 2: R = FixedArr(): Next I
    Case 6
      R = FreshVariant()
    Case 7
      For I = 1 To 3: R = AllStatic(): Next I
    Case 8
      R = InitValues()
  End Select
End Sub

Function KeepTotal(Number)
  Static Accumulate
  Accumulate = Accumulate + Number
  KeepTotal = Accumulate
End Function

Static Function MyFunction(Arg1, Arg2, Arg3)
  Accumulate = Arg1 + Arg2 + Arg3
  Half = Accumulate / 2
  MyFunction = Half
End Function

Function Counter()
  Static C As Long
  C = C + 1
  Counter = C
End Function

Function Mixed()
  Static S
  Dim D
  S = S + 1
  D = D + 1
  Mixed = S & " " & D
End Function

Function FixedArr()
  Static EmployeeNumber(200) As Integer
  EmployeeNumber(200) = EmployeeNumber(200) + 1
  FixedArr = UBound(EmployeeNumber) & " " & EmployeeNumber(200)
End Function

Function FreshVariant()
  Static X
  FreshVariant = IsEmpty(X)
End Function

Static Function AllStatic()
  Dim N
  N = N + 1
  AllStatic = N
End Function

Function InitValues()
  Static Num As Integer, Txt As String
  InitValues = Num & "|" & Txt
End Function
' Page note: "If you declare a procedure by using the Static keyword ..., the storage space for all local variables within the procedure is allocated once, and the value of the variables is preserved"
'! para=7 => var:R=3
