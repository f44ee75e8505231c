' Option Base statement — VBA reference: Language/Reference/User-Interface-Help/option-base-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/option-base-statement)
Option Base 1
Dim R
' Page note: "The base of an array created with the ParamArray keyword is zero; Option Base does not affect ParamArray"
' xbas gives: does not compile: ParamArray parameter not parsed (expected `)` or `As`, found `P`)
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
