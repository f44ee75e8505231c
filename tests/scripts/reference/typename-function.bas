' TypeName function — VBA reference: Language/Reference/User-Interface-Help/typename-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/typename-function)
Dim R
' Page example: "MyType = TypeName(StrVar)    ' Returns "String"." (StrVar As String)
'! para=1 => var:R="String"
' Page example: "MyType = TypeName(IntVar)    ' Returns "Integer"." (IntVar As Integer)
'! para=2 => var:R="Integer"
' Page example: "MyType = TypeName(CurVar)    ' Returns "Currency"." (CurVar As Currency)
'! para=3 => var:R="Currency"
' Page example: "NullVar = Null ... MyType = TypeName(NullVar)    ' Returns "Null"."
'! para=4 => var:R="Null"
' Page example: "Dim ArrayVar (1 To 5) As Integer ... MyType = TypeName(ArrayVar)    ' Returns "Integer()"."
'! para=5 => var:R="Integer()"
' Page table: "Byte | Byte value"
'! para=6 => var:R="Byte"
' Page table: "Long | Long integer"
'! para=7 => var:R="Long"
' Page table: "Single | Single-precision floating-point number"
'! para=8 => var:R="Single"
' Page table: "Double | Double-precision floating-point number"
'! para=9 => var:R="Double"
' Page table: "Date | Date value"
'! para=10 => var:R="Date"
' Page table: "Boolean | Boolean value"
'! para=11 => var:R="Boolean"
' Page table: "Empty | Uninitialized"
'! para=12 => var:R="Empty"
' Page: "If varname is an array, the returned string can be any one of the possible returned strings (or Variant) with empty parentheses appended." (Variant array)
'! para=13 => var:R="Variant()"
' Same remark, an array of String.
'! para=14 => var:R="String()"
' Page table "String | String", for a Variant holding a string.
'! para=15 => var:R="String"
' Page: "Returns a String"
'! para=16 => var:R="String"
Sub Main()
  Dim NullVar, MyType, StrVar As String, IntVar As Integer, CurVar As Currency
  Dim ArrayVar(1 To 5) As Integer
  Dim B As Byte, L As Long, S As Single, D As Double, T As Date, F As Boolean, V
  Dim VA(3), SA(2) As String
  Select Case Para1
    Case 1: R = TypeName(StrVar)
    Case 2: R = TypeName(IntVar)
    Case 3: R = TypeName(CurVar)
    Case 4
      NullVar = Null
      R = TypeName(NullVar)
    Case 5: R = TypeName(ArrayVar)
    Case 6: R = TypeName(B)
    Case 7: R = TypeName(L)
    Case 8: R = TypeName(S)
    Case 9: R = TypeName(D)
    Case 10: R = TypeName(T)
    Case 11: R = TypeName(F)
    Case 12: R = TypeName(V)
    Case 13: R = TypeName(VA)
    Case 14: R = TypeName(SA)
    Case 15
      V = "Hello"
      R = TypeName(V)
    Case 16: R = TypeName(TypeName(V))
  End Select
End Sub
