' Named arguments and ParamArray (Function statement page: "named arguments ... in any
' order"; "ParamArray: Optional. Used only as the last argument in arglist to indicate that
' the final argument is an Optional array of Variant elements").
Dim R
'! para=1 => var:R="a=1 b=2 c=3"
'! para=2 => var:R="a=1 b=20 c=30"
'! para=3 => var:R="a=5 b=2 c=9"
'! para=4 => var:R=3
'! para=5 => var:R="0|2|x"
'! para=6 => var:R=6
'! para=7 => var:R=4
Sub Main()
  Dim A(2)
  Select Case Para1
    Case 1: R = Three(c:=3, A:=1, b:=2)
    Case 2: R = Three(1, c:=30, b:=20)
    Case 3: R = Three(5, , c:=9)
    Case 4: R = Count(1, "two", 3)
    Case 5: R = Bounds(7, "x")
    Case 6
      A(0) = 1: A(1) = 2: A(2) = 3
      R = Total(A())
    Case 7
      On Error Resume Next
      Err.Raise Source:="S", Number:=4
      R = Err.Number
  End Select
End Sub

Function Three(A, Optional b = 2, Optional c = 3)
  Three = "a=" & A & " b=" & b & " c=" & c
End Function

Function Count(ParamArray Items())
  Count = UBound(Items) - LBound(Items) + 1
End Function

Function Bounds(ParamArray Items())
  Bounds = LBound(Items) & "|" & (UBound(Items) + 1) & "|" & Items(1)
End Function

Function Total(Arr())
  Dim I
  For I = LBound(Arr) To UBound(Arr)
    Total = Total + Arr(I)
  Next I
End Function
