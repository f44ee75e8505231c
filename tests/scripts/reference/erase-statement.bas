' Erase statement — VBA reference: Language/Reference/User-Interface-Help/erase-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/erase-statement)
Dim R
' Page example: "Erase NumArray ' Each element set to 0." (table: "Fixed numeric array: Sets each element to zero.")
'! para=1 => var:R=0
' Page example: "Erase StrVarArray ' Each element set to zero-length string ("")."
'! para=2 => var:R=""
' Page example: "Erase VarArray ' Each element set to Empty."
'! para=3 => var:R=True
' Page: "Erase recovers no memory for fixed-size arrays." — the fixed array keeps its bounds 0 to 10
'! para=4 => var:R="0 10"
' Page example: "Erase DynamicArray ' Free memory used by array." — "Before your program can refer to the dynamic array again, it must redeclare the array variable's dimensions by using a ReDim statement." (subscript-out-of-range-error-9.md: "the array may not have dimensions assigned")
'! para=5 => error=9
' Page: "it must redeclare the array variable's dimensions by using a ReDim statement" — after ReDim the array is usable again
'! para=6 => var:R="5 0"
' Page: "The required arraylist argument is one or more comma-delimited array variables to be erased."
'! para=7 => var:R="0||True"
Sub Main()
  Dim NumArray(10) As Integer
  Dim StrVarArray(10) As String
  Dim VarArray(10) As Variant
  Dim DynamicArray() As Integer
  NumArray(3) = 7
  StrVarArray(3) = "abc"
  VarArray(3) = 1.5
  ReDim DynamicArray(10)
  DynamicArray(3) = 9
  Select Case Para1
    Case 1
      Erase NumArray
      R = NumArray(3)
    Case 2
      Erase StrVarArray
      R = StrVarArray(3)
    Case 3
      Erase VarArray
      R = IsEmpty(VarArray(3))
    Case 4
      Erase NumArray
      R = LBound(NumArray) & " " & UBound(NumArray)
    Case 5
      Erase DynamicArray
      R = DynamicArray(3)
    Case 6
      Erase DynamicArray
      ReDim DynamicArray(5)
      R = UBound(DynamicArray) & " " & DynamicArray(3)
    Case 7
      Erase NumArray, StrVarArray, VarArray
      R = NumArray(3) & "|" & StrVarArray(3) & "|" & IsEmpty(VarArray(3))
  End Select
End Sub
