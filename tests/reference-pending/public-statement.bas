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
Public FS As String * 5
Public V
' xbas spec 1.2 lists "Global/Public/Private at module level" among the declarations: Global as a synonym of Public
Global G As Long
Dim R
' Page: type may be "String length (for fixed-length strings)"; "a fixed-length string is filled with zeros" — Public FS As String * 5 has length 5
' xbas gives: does not compile: "expected end of statement, found `*`" (no fixed-length strings)
'! para=18 => var:R=5
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
    Case 18: R = Len(FS)
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
