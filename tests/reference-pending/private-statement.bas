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
Private FS As String * 5
Private V
Dim R
' Page: type may be "String length (for fixed-length strings)"; "a fixed-length string is filled with zeros" — Private FS As String * 5 has length 5
' xbas gives: does not compile: "expected end of statement, found `*`" (no fixed-length strings)
'! para=17 => var:R=5
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
    Case 17: R = Len(FS)
  End Select
End Sub

Sub SetPrivates()
  Number = 7
  NameArray(3) = "c"
End Sub

Sub SizeDyn()
  ReDim DynArray(4)
End Sub
