' VarType function and its vb… constants — VBA reference: Language/Reference/User-Interface-Help/vartype-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/vartype-function)
Dim R
' Page example: "IntVar = 459 ... MyCheck = VarType(IntVar)   ' Returns 2."
'! para=1 => var:R=2
' Page example: "DateVar = #2/12/1969# ... MyCheck = VarType(DateVar)  ' Returns 7."
'! para=2 => var:R=7
' Page example: "StrVar = "Hello World" ... MyCheck = VarType(StrVar)   ' Returns 8."
'! para=3 => var:R=8
' Page example: "ArrayVar = Array("1st Element", "2nd Element") ... MyCheck = VarType(ArrayVar) ' Returns 8204 which is `8192 + 12`, the computation of `vbArray + vbVariant`."
'! para=4 => var:R=8204
' Same example, compared by name: "vbArray + vbVariant".
'! para=5 => var:R=True
' Page remark: "the value returned for an array of integers is calculated as vbInteger + vbArray, or 8194."
'! para=6 => var:R=8194
' Same remark, compared by name: "vbInteger + vbArray".
'! para=7 => var:R=True
' Table: "vbEmpty | 0 | Empty (uninitialized)" — an uninitialized Variant.
'! para=8 => var:R=True
' Table: "vbNull | 1 | Null (no valid data)"
'! para=9 => var:R=True
' Table: "vbInteger | 2 | Integer" — an Integer variable.
'! para=10 => var:R=True
' Table: "vbLong | 3 | Long integer" — a Long variable.
'! para=11 => var:R=True
' Table: "vbSingle | 4 | Single-precision floating-point number" — a Single variable.
'! para=12 => var:R=True
' Table: "vbDouble | 5 | Double-precision floating-point number" — a Double variable.
'! para=13 => var:R=True
' Table: "vbCurrency | 6 | Currency value" — a Currency variable.
'! para=14 => var:R=True
' Table: "vbDate | 7 | Date value" — a Date variable.
'! para=15 => var:R=True
' Table: "vbString | 8 | String" — a String variable.
'! para=16 => var:R=True
' Table: "vbBoolean | 11 | Boolean value" — a Boolean variable.
'! para=17 => var:R=True
' Table: "vbByte | 17 | Byte value" — a Byte variable.
'! para=18 => var:R=True
' Table "vbString | 8" plus "vbArray | 8192": an array of String is vbString + vbArray (remark: "always added to some other value to indicate an array of a particular type").
'! para=19 => var:R=True
' Page: "Returns an Integer indicating the subtype of a variable"
'! para=20 => var:R="Integer"
' Table: "vbEmpty | 0 | Empty (uninitialized)"
'! para=21 => var:R=0
' Table: "vbNull | 1 | Null (no valid data)"
'! para=22 => var:R=1
' Table: "vbInteger | 2 | Integer"
'! para=23 => var:R=2
' Table: "vbLong | 3 | Long integer"
'! para=24 => var:R=3
' Table: "vbSingle | 4 | Single-precision floating-point number"
'! para=25 => var:R=4
' Table: "vbDouble | 5 | Double-precision floating-point number"
'! para=26 => var:R=5
' Table: "vbCurrency | 6 | Currency value"
'! para=27 => var:R=6
' Table: "vbDate | 7 | Date value"
'! para=28 => var:R=7
' Table: "vbString | 8 | String"
'! para=29 => var:R=8
' Table: "vbBoolean | 11 | Boolean value"
'! para=32 => var:R=11
' Table: "vbVariant | 12 | Variant (used only with arrays of variants)"
'! para=33 => var:R=12
' Table: "vbByte | 17 | Byte value"
'! para=36 => var:R=17
' Table: "vbArray | 8192 | Array (always added to another constant when returned by this function)"
'! para=39 => var:R=8192
Sub Main()
  Dim IntVar, StrVar, DateVar, ArrayVar, V
  Dim IntArr(3) As Integer, StrArr(2) As String
  Dim I As Integer, L As Long, S As Single, D As Double, C As Currency, T As Date, Z As String, F As Boolean, B As Byte
  Select Case Para1
    Case 1
      IntVar = 459
      R = VarType(IntVar)
    Case 2
      DateVar = #2/12/1969#
      R = VarType(DateVar)
    Case 3
      StrVar = "Hello World"
      R = VarType(StrVar)
    Case 4
      ArrayVar = Array("1st Element", "2nd Element")
      R = VarType(ArrayVar)
    Case 5
      ArrayVar = Array("1st Element", "2nd Element")
      R = (VarType(ArrayVar) = vbArray + vbVariant)
    Case 6
      R = VarType(IntArr)
    Case 7
      R = (VarType(IntArr) = vbInteger + vbArray)
    Case 8
      R = (VarType(V) = vbEmpty)
    Case 9
      V = Null
      R = (VarType(V) = vbNull)
    Case 10
      R = (VarType(I) = vbInteger)
    Case 11
      R = (VarType(L) = vbLong)
    Case 12
      R = (VarType(S) = vbSingle)
    Case 13
      R = (VarType(D) = vbDouble)
    Case 14
      R = (VarType(C) = vbCurrency)
    Case 15
      R = (VarType(T) = vbDate)
    Case 16
      R = (VarType(Z) = vbString)
    Case 17
      R = (VarType(F) = vbBoolean)
    Case 18
      R = (VarType(B) = vbByte)
    Case 19
      R = (VarType(StrArr) = vbString + vbArray)
    Case 20
      R = TypeName(VarType(V))
    Case 21
      R = vbEmpty
    Case 22
      R = vbNull
    Case 23
      R = vbInteger
    Case 24
      R = vbLong
    Case 25
      R = vbSingle
    Case 26
      R = vbDouble
    Case 27
      R = vbCurrency
    Case 28
      R = vbDate
    Case 29
      R = vbString
    Case 30
      R = vbObject
    Case 31
      R = vbError
    Case 32
      R = vbBoolean
    Case 33
      R = vbVariant
    Case 34
      R = vbDataObject
    Case 35
      R = vbDecimal
    Case 36
      R = vbByte
    Case 37
      R = vbLongLong
    Case 38
      R = vbUserDefinedType
    Case 39
      R = vbArray
  End Select
End Sub
' Table: "vbObject | 9 | Object"
'! para=30 => var:R=9
' Table: "vbError | 10 | Error value"
'! para=31 => var:R=10
' Table: "vbDataObject | 13 | A data access object"
'! para=34 => var:R=13
' Table: "vbDecimal | 14 | Decimal value"
'! para=35 => var:R=14
' Table: "vbLongLong | 20 | LongLong integer (valid on 64-bit platforms only)"
'! para=37 => var:R=20
' Table: "vbUserDefinedType | 36 | Variants that contain user-defined types"
'! para=38 => var:R=36
