' Public statement — VBA reference: Language/Reference/User-Interface-Help/public-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/public-statement)
' Left out (no such concept in xbas): WithEvents, New, object types, user-defined types, class modules,
' Option Private Module / other modules and applications (a script is one module), Decimal, Deftype.
' Not settled by the page, left out: whether ReDim of an array sized in a Public statement fails at compile
' time or at run time (the page says only "an error occurs").
Public Number As Integer ' Public Integer variable.
Public NameArray(1 To 5) As String ' Public array variable.
' Multiple declarations, two Variants and one Integer, all Public.
Public MyVar, YourVar, ThisVar As Integer
Public NumberOfEmployees As Integer
Public DynArray()
Public ZeroBased(3)
Public Grid(1 To 2, 0 To 3) As Long
Public L As Long, Sg As Single, D As Double, Cy As Currency, By As Byte
Public Txt As String
Public V
' xbas spec 1.2 lists "Global/Public/Private at module level" among the declarations: Global as a synonym of Public
Global G As Long
Dim R
' Page example: "Public Number As Integer ' Public Integer variable."
'! para=1 => var:R="Integer"
' Page: "When variables are initialized, a numeric variable is initialized to 0"
'! para=2 => var:R=0
' Page example: "Public NameArray(1 To 5) As String ' Public array variable." — bounds
'! para=3 => var:R="1 5"
' Same: String elements; "a variable-length string is initialized to a zero-length string ("")"
'! para=4 => var:R="String||"
' Page example: "' Multiple declarations, two Variants and one Integer, all Public. Public MyVar, YourVar, ThisVar As Integer"
'! para=5 => var:R="Empty Empty Integer"
' Page: "Variant variables are initialized to Empty."
'! para=6 => var:R=True
' Page: "the following statement declares a variable as an Integer: Public NumberOfEmployees As Integer"
'! para=7 => var:R="Integer 0"
' Page: "Variables declared by using the Public statement are available to all procedures in all modules" — set in one Sub, read in Main
'! para=8 => var:R="7 c"
' Page: "You can also use the Public statement with empty parentheses to declare a dynamic array. After declaring a dynamic array, use the ReDim statement within a procedure to define the number of dimensions and elements in the array."
'! para=9 => var:R="0 4"
' Same, ReDim with two dimensions
'! para=10 => var:R="2 3"
' Page: "The lower bound is zero if no Option Base statement is present." — Public ZeroBased(3)
'! para=11 => var:R="0 3"
' Page: subscripts "[lower To] upper [, [lower To] upper] ..." — Public Grid(1 To 2, 0 To 3) As Long
'! para=12 => var:R="1 2 0 3 Long"
' Page: "a numeric variable is initialized to 0" — Long, Single, Double, Currency, Byte
'! para=13 => var:R="0 0 0 0 0"
' Page: type may be "Long, Currency, Single, Double, ... Byte" — the declared types
'! para=14 => var:R="Long Single Double Currency Byte"
' Page: "String (for variable-length strings)" / "initialized to a zero-length string ("")"
'! para=15 => var:R="String 0"
' Page: "If you don't specify a data type or object type ..., the variable is Variant by default." — it takes a string, then a number
'! para=16 => var:R="String Double"
' xbas spec 1.2: "Global/Public/Private at module level" — Global G As Long is a module-level Long, initialized to 0 and shared by procedures
'! para=17 => var:R="Long 0 9"
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
      SetPublics
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
    Case 17
      R = TypeName(G) & " " & G
      SetGlobal
      R = R & " " & G
  End Select
End Sub

Sub SetPublics()
  Number = 7
  NameArray(3) = "c"
End Sub

Sub SizeDyn()
  ReDim DynArray(4)
End Sub

Sub SetGlobal()
  G = 9
End Sub
