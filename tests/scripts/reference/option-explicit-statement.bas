' Option Explicit statement — VBA reference: Language/Reference/User-Interface-Help/option-explicit-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-explicit-statement)
Option Explicit
Dim MyVar
Dim R
' Page example: "Dim MyVar ' Declare variable. ... MyVar = 10 ' Declared variable does not generate error."
'! para=1 => var:MyVar=10
' Page: "you must explicitly declare all variables by using the Dim, Private, Public, ReDim, or Static statements" — a local Dim, a Static and a ReDim-declared array all compile
'! para=2 => var:R="1 2 3"
Sub Main()
  Dim Local1
  Static Kept
  Select Case Para1
    Case 1
      MyVar = 10
    Case 2
      Local1 = 1
      Kept = 2
      ReDim Arr(3)
      R = Local1 & " " & Kept & " " & UBound(Arr)
  End Select
End Sub
