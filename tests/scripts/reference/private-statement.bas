' Private statement — VBA reference: Language/Reference/User-Interface-Help/private-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/private-statement)
' Left out (no such concept in xbas): WithEvents, New, object types, user-defined types, class modules,
' other modules (a script is one module), Decimal, Deftype.
' Not settled by the page, left out: whether ReDim of an array sized in a Private statement fails at compile
' time or at run time (the page says only "an error occurs").
Private Number As Integer ' Private Integer variable.
Private NameArray(1 To 5) As String ' Private array variable.
' Multiple declarations, two Variants and one Integer, all Private.
Private MyVar, YourVar, ThisVar As Integer
Private NumberOfEmployees As Integer
Private DynArray()
Private ZeroBased(3)
Private Grid(1 To 2, 0 To 3) As Long
Private L As Long, Sg As Single, D As Double, Cy As Currency, By As Byte
Private Txt As String
Private V
Dim R
' Page example: "Private Number As Integer ' Private Integer variable."
'! para=1 => var:R="Integer"
' Page: "When variables are initialized, a numeric variable is initialized to 0"
'! para=2 => var:R=0
' Page example: "Private NameArray(1 To 5) As String ' Private array variable." — bounds
'! para=3 => var:R="1 5"
' Same: String elements; "a variable-length string is initialized to a zero-length string ("")"
'! para=4 => var:R="String||"
' Page example: "' Multiple declarations, two Variants and one Integer, all Private. Private MyVar, YourVar, ThisVar As Integer"
'! para=5 => var:R="Empty Empty Integer"
' Page: "Variant variables are initialized to Empty."
'! para=6 => var:R=True
' Page: "the following statement declares a variable as an Integer: Private NumberOfEmployees As Integer"
'! para=7 => var:R="Integer 0"
' Page: "Private variables are available only to the module in which they are declared." — within the module, set in one Sub and read in Main
'! para=8 => var:R="7 c"
' Page: "You can also use the Private statement with empty parentheses to declare a dynamic array. After declaring a dynamic array, use the ReDim statement within a procedure to define the number of dimensions and elements in the array."
'! para=9 => var:R="0 4"
' Same, ReDim with two dimensions
'! para=10 => var:R="2 3"
' Page: "The lower bound is zero if no Option Base statement is present." — Private ZeroBased(3)
'! para=11 => var:R="0 3"
' Page: subscripts "[lower To] upper [, [lower To] upper] ..." — Private Grid(1 To 2, 0 To 3) As Long
'! para=12 => var:R="1 2 0 3 Long"
' Page: "a numeric variable is initialized to 0" — Long, Single, Double, Currency, Byte
'! para=13 => var:R="0 0 0 0 0"
' Page: type may be "Long, Currency, Single, Double, ... Byte" — the declared types
'! para=14 => var:R="Long Single Double Currency Byte"
' Page: "String (for variable-length strings)" / "initialized to a zero-length string ("")"
'! para=15 => var:R="String 0"
' Page: "If you don't specify a data type or object type ..., the variable is Variant by default." — it takes a string, then a number
'! para=16 => var:R="String Double"
Sub Main()
  Select Case Para1
    Case 1: R = TypeName(Number)
    Case 2: R = Number
    Case 3: R = LBound(NameArray) & " " & UBound(NameArray)
    Case 4: R = TypeName(NameArray(1)) & "|" & NameArray(1) & "|" & NameArray(5)
    Case 5: R = TypeName(MyVar) & " " & TypeName(YourVar) & " " & TypeName(ThisVar)
    Case 6: R = IsEmpty(MyVar) And IsEmpty(YourVar)
    Case 7: R = TypeName(NumberOfEmployees) & " " & NumberOfEmployees
    Case 8
      SetPrivates
      R = Number & " " & NameArray(3)
    Case 9
      SizeDyn
      R = LBound(DynArray) & " " & UBound(DynArray)
    Case 10
      ReDim DynArray(2, 3)
      R = UBound(DynArray, 1) & " " & UBound(DynArray, 2)
    Case 11: R = LBound(ZeroBased) & " " & UBound(ZeroBased)
    Case 12: R = LBound(Grid, 1) & " " & UBound(Grid, 1) & " " & LBound(Grid, 2) & " " & UBound(Grid, 2) & " " & TypeName(Grid(2, 3))
    Case 13: R = L & " " & Sg & " " & D & " " & Cy & " " & By
    Case 14: R = TypeName(L) & " " & TypeName(Sg) & " " & TypeName(D) & " " & TypeName(Cy) & " " & TypeName(By)
    Case 15: R = TypeName(Txt) & " " & Len(Txt)
    Case 16
      V = "text"
      R = TypeName(V)
      V = 2.5
      R = R & " " & TypeName(V)
  End Select
End Sub

Sub SetPrivates()
  Number = 7
  NameArray(3) = "c"
End Sub

Sub SizeDyn()
  ReDim DynArray(4)
End Sub
