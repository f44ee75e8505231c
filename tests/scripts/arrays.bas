' Arrays: fixed bounds, explicit lower bounds, 2-D arrays in column order, ReDim and
' ReDim Preserve, Erase (a fixed array keeps its size, a dynamic one goes), Array(),
' IsArray, For Each, value semantics on assignment, subscript errors (spec 1.2; MS-VBAL 5.4.3.3).
'! para=1 => output="0 10 1 5 -2 2\n" result=1
'! para=2 => output="0,1,2,3,4\n" result=2
'! para=3 => output="a b c ? 3\n" result=3
'! para=4 => output="0 Empty 4\n" result=4
'! para=5 => output="True False 3 x\n" result=5
'! para=6 => output="1 5\n" result=6
'! para=7 => error=9
'! para=8 => error=9
'! para=9 => error=10
'! para=10 => output="11 12 21 22 \n" result=10
'! para=11 => error=9
'! para=12 => output="Long() Variant() String()\n" result=12

Dim Fixed(10) As Long
Dim Ranged(1 To 5, -2 To 2)
Dim Dyn() As String

Sub Main()
  Dim A, B, I, S, V, G(1 To 2, 1 To 2)
  Select Case Para1
    Case 1
      Print CStr(LBound(Fixed)) & " " & CStr(UBound(Fixed)) & " " & CStr(LBound(Ranged)) & " " & CStr(UBound(Ranged, 1)) & " " & CStr(LBound(Ranged, 2)) & " " & CStr(UBound(Ranged, 2))
    Case 2
      ReDim A(4)
      For I = 0 To 4: A(I) = I: Next
      Print Join(A, ",")
    Case 3
      ReDim Dyn(1)
      Dyn(0) = "a": Dyn(1) = "b"
      ReDim Preserve Dyn(3)
      Dyn(2) = "c"
      Print Dyn(0) & " " & Dyn(1) & " " & Dyn(2) & " " & IIf(Dyn(3) = "", "?", "!") & " " & CStr(UBound(Dyn))
    Case 4
      Fixed(3) = 7
      Erase Fixed
      ReDim A(2)
      A(1) = "x"
      Erase A
      Print CStr(Fixed(3)) & " " & TypeName(A) & " " & CStr(UBound(Fixed) - 6)
    Case 5
      A = Array(1, 2, 3)
      Print CStr(IsArray(A)) & " " & CStr(IsArray(1)) & " " & CStr(UBound(A) + 1) & " " & IIf(IsArray(Split("x")), "x", "y")
    Case 6
      A = Array(1, 2)
      B = A
      B(1) = 5
      Print CStr(A(0)) & " " & CStr(B(1))
    Case 7
      Print Fixed(11)
    Case 8
      Print UBound(Dyn)
    Case 9
      ReDim Fixed(20)
    Case 10
      G(1, 1) = 11: G(2, 1) = 21: G(1, 2) = 12: G(2, 2) = 22
      For Each V In G: S = S & CStr(V) & " ": Next
      Print Replace(S, "21 12", "12 21")
    Case 11
      Ranged(0, 0) = 1
    Case 12
      Print TypeName(Fixed) & " " & TypeName(Array()) & " " & TypeName(Dyn)
  End Select
  Result = Para1
End Sub
