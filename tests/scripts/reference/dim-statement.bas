' Dim statement — VBA reference: Language/Reference/User-Interface-Help/dim-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/dim-statement)
Dim R
Dim ModuleLevel
' Page example: "AnyValue and MyValue are declared as Variant by default with values set to Empty."
'! para=1 => var:R=True
' Page example: "Dim Number As Integer" — "a numeric variable is initialized to 0"
'! para=2 => var:R=0
' Same: the declared type is Integer
'! para=3 => var:R="Integer"
' Page example: "AnotherVar is of type Variant because its type is omitted." (Dim AnotherVar, Choice As Boolean, BirthDate As Date) — an unassigned Variant is Empty
'! para=4 => var:R="Empty"
' Same line: Choice is Boolean
'! para=5 => var:R="Boolean"
' Same line: BirthDate is Date
'! para=6 => var:R="Date"
' Page: "a variable-length string is initialized to a zero-length string ("")"
'! para=7 => var:R=""
' Page example: "DayArray is an array of Variants with 51 elements indexed, from 0 thru 50" — LBound
'! para=8 => var:R=0
' Same: UBound 50
'! para=9 => var:R=50
' Same: the elements are Variants, initialized to Empty
'! para=10 => var:R=True
' Page example: "Matrix is a two-dimensional array of integers." Dim Matrix(3, 4) As Integer — UBound of dimension 2
'! para=11 => var:R=4
' Same: elements are Integer 0
'! para=12 => var:R="0 Integer"
' Page example: "MyMatrix is a three-dimensional array of doubles with explicit bounds." Dim MyMatrix(1 To 5, 4 To 9, 3 To 5) As Double
'! para=13 => var:R="1 5 4 9 3 5"
' Page example: "BirthDay is an array of dates with indexes from 1 to 10."
'! para=14 => var:R="1 10"
' Page example: "MyArray is a dynamic array of variants." then "use the ReDim statement within a procedure to define the number of dimensions and elements"
'! para=15 => var:R=7
' Page: "Variables declared with Dim at the module level are available to all procedures within the module."
'! para=16 => var:ModuleLevel="set in other sub"
' Page: "At the procedure level, variables are available only within the procedure." — a local of the same name in another Sub does not change the caller's variable
'! para=17 => var:R="main's own"
' Page: "If you don't specify a data type ..., the variable is Variant by default." — it can hold a string then a number
'! para=18 => var:R="String Integer"
Sub Main()
  Dim AnyValue, MyValue
  Dim Number As Integer
  Dim AnotherVar, Choice As Boolean, BirthDate As Date
  Dim DayArray(50)
  Dim Matrix(3, 4) As Integer
  Dim MyMatrix(1 To 5, 4 To 9, 3 To 5) As Double
  Dim BirthDay(1 To 10) As Date
  Dim MyArray()
  Dim Txt As String
  Dim Local1, V
  Select Case Para1
    Case 1: R = IsEmpty(AnyValue) And IsEmpty(MyValue)
    Case 2: R = Number
    Case 3: R = TypeName(Number)
    Case 4: R = TypeName(AnotherVar)
    Case 5: R = TypeName(Choice)
    Case 6: R = TypeName(BirthDate)
    Case 7: R = Txt
    Case 8: R = LBound(DayArray)
    Case 9: R = UBound(DayArray)
    Case 10: R = IsEmpty(DayArray(50))
    Case 11: R = UBound(Matrix, 2)
    Case 12: R = Matrix(3, 4) & " " & TypeName(Matrix(0, 0))
    Case 13
      R = LBound(MyMatrix, 1) & " " & UBound(MyMatrix, 1) & " " & LBound(MyMatrix, 2) & " " & UBound(MyMatrix, 2) & " " & LBound(MyMatrix, 3) & " " & UBound(MyMatrix, 3)
    Case 14: R = LBound(BirthDay) & " " & UBound(BirthDay)
    Case 15
      ReDim MyArray(7)
      R = UBound(MyArray)
    Case 16: SetModuleLevel
    Case 17
      Local1 = "main's own"
      OwnLocal
      R = Local1
    Case 18
      V = "text"
      R = TypeName(V)
      V = 5
      R = R & " " & TypeName(V)
  End Select
End Sub

Sub SetModuleLevel()
  ModuleLevel = "set in other sub"
End Sub

Sub OwnLocal()
  Dim Local1
  Local1 = "other"
End Sub
