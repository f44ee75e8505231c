' ReDim statement — VBA reference: Language/Reference/User-Interface-Help/redim-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/redim-statement)
' The page example "assumes the Option Base is 1", so this module starts with Option Base 1.
Option Base 1
Dim R
' Page example: "Redim MyArray(5) ' Allocate 5 elements." then "MyArray(I) = I" for I = 1 To 5 (Option Base 1)
'! para=1 => var:R="1 5 15"
' Page example: "Redim MyArray(10) ' Resize to 10 elements." — "The next statement resizes the array and erases the elements." (elements read back 0)
'! para=2 => var:R="1 10 0"
' Page example: "Redim Preserve MyArray(15) ' Resize to 15 elements." — "resizes the array but does not erase elements" (sum 1..10 = 55)
'! para=3 => var:R="15 55 0"
' Page: "ReDim X(10, 10, 10) ... ReDim Preserve X(10, 10, 15)" — "increase the size of the last dimension ... without erasing any existing data"
'! para=4 => var:R="15 42"
' Page: "If you make an array smaller than it was, data in the eliminated elements will be lost." — ReDim Preserve to 3 keeps elements 1 to 3
'! para=5 => var:R="3 6"
' Page: "Use the ReDim statement repeatedly to change the number of elements and dimensions in an array." — 1 dimension, then 2
'! para=6 => var:R="2 4"
' Page: "a numeric variable is initialized to 0, a variable-length string is initialized to a zero-length string (""), ... Variant variables are initialized to Empty." — after ReDim
'! para=9 => var:R="0||True"
' Page: "The ReDim statement acts as a declarative statement if the variable it declares doesn't exist at the module level or procedure level."
'! para=10 => var:R=4
' Page: lower bounds: "[lower To] upper" — ReDim W(-2 To 2)
'! para=11 => var:R="-2 2"
Sub Main()
  Dim MyArray() As Integer
  Dim I, T, X(), V, N() As Long, S() As String, VA()
  Select Case Para1
    Case 1, 2, 3
      ReDim MyArray(5)
      For I = 1 To 5
        MyArray(I) = I
      Next I
      If Para1 = 1 Then
        For I = 1 To 5: T = T + MyArray(I): Next I
        R = LBound(MyArray) & " " & UBound(MyArray) & " " & T
        Exit Sub
      End If
      ReDim MyArray(10)
      If Para1 = 2 Then
        R = LBound(MyArray) & " " & UBound(MyArray) & " " & MyArray(3)
        Exit Sub
      End If
      For I = 1 To 10
        MyArray(I) = I
      Next I
      ReDim Preserve MyArray(15)
      For I = 1 To 15: T = T + MyArray(I): Next I
      R = UBound(MyArray) & " " & T & " " & MyArray(15)
    Case 4
      ReDim X(10, 10, 10)
      X(10, 10, 10) = 42
      ReDim Preserve X(10, 10, 15)
      R = UBound(X, 3) & " " & X(10, 10, 10)
    Case 5
      ReDim MyArray(10)
      For I = 1 To 10: MyArray(I) = I: Next I
      ReDim Preserve MyArray(3)
      For I = 1 To 3: T = T + MyArray(I): Next I
      R = UBound(MyArray) & " " & T
    Case 6
      ReDim X(5)
      ReDim X(2, 4)
      R = UBound(X, 1) & " " & UBound(X, 2)
    Case 7
      ReDim V(3) As String
      R = TypeName(V(1))
    Case 8
      ReDim V(3) As String
      ReDim V(3) As Integer
      R = TypeName(V(1))
    Case 9
      ReDim N(2)
      ReDim S(2)
      ReDim VA(2)
      R = N(1) & "|" & S(1) & "|" & IsEmpty(VA(1))
    Case 10
      ReDim NewOne(4)
      R = UBound(NewOne)
    Case 11
      ReDim X(-2 To 2)
      R = LBound(X) & " " & UBound(X)
    Case 12
      ReDim X(2, 3)
      On Error Resume Next
      ReDim Preserve X(3, 3)
      R = Err.Number
    Case 13
      ReDim X(1 To 3)
      On Error Resume Next
      ReDim Preserve X(0 To 3)
      R = Err.Number
    Case 14
      ReDim X(2, 3)
      X(2, 3) = 7
      ReDim Preserve X(2, 5)
      R = X(2, 3) & " " & UBound(X, 2)
  End Select
End Sub
' Page: "If the array is contained in a Variant, the type of the elements can be changed by using an As type clause" (ReDim V(3) As String)
'! para=7 => var:R="String"
' Same Variant then ReDim V(3) As Integer
'! para=8 => var:R="Integer"
' Page: "If you use the Preserve keyword, you can resize only the last array dimension" — changing the first is error 9 (Subscript out of range, issue 19)
'! para=12 => var:R=9
' Page: "when you use Preserve, you can change the size of the array only by changing the upper bound; changing the lower bound causes an error"
'! para=13 => var:R=9
' Page: "you can change the size of only the last dimension and still preserve the contents of the array"
'! para=14 => var:R="7 5"
