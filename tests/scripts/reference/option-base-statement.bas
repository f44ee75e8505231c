' Option Base statement — VBA reference: Language/Reference/User-Interface-Help/option-base-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-base-statement)
Option Base 1
Dim R
' Page example: "Option Base 1 ... Dim MyArray(20) ... Lower = LBound(MyArray) ' Returns 1."
'! para=1 => var:R=1
' Page example: "Lower = LBound(TwoDArray, 2) ' Returns 1." (Dim TwoDArray(3, 4))
'! para=2 => var:R=1
' Page example: "Dim ZeroArray(0 To 5) ' Override default base subscript. ... Lower = LBound(ZeroArray) ' Returns 0."
'! para=3 => var:R=0
' Page: Option Base declares "the default lower bound for array subscripts" — the upper bound is unchanged: MyArray(20) runs 1 to 20
'! para=4 => var:R=20
' Page note: "if you don't explicitly set the lower bound with a To clause, you can use Option Base to change the default lower bound to 1" — also for ReDim
'! para=5 => var:R=1
' Page note: "The base of an array created with the ParamArray keyword is zero; Option Base does not affect ParamArray"
'! para=6 => var:R=0
Dim MyArray(20), TwoDArray(3, 4)
Dim ZeroArray(0 To 5)
Sub Main()
  Dim Lower, D()
  Select Case Para1
    Case 1: Lower = LBound(MyArray)
    Case 2: Lower = LBound(TwoDArray, 2)
    Case 3: Lower = LBound(ZeroArray)
    Case 4: Lower = UBound(MyArray)
    Case 5
      ReDim D(4)
      Lower = LBound(D)
    Case 6: Lower = PBase(1, 2)
  End Select
  R = Lower
End Sub

Function PBase(ParamArray P())
  PBase = LBound(P)
End Function
