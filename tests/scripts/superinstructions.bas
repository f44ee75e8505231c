' The general VM runs common stack sequences as superinstructions (compile/fuse.rs); an
' error inside one is reported at the plain instruction that fails, so lines, Resume Next
' and what is left on the stack are the plain code's. `xbas test` runs every directive on
' the plain VM too and names any difference (value, error and its line, output, module
' variables). Overflow: "Overflow (Error 6)"; a subscript out of range: error 9; a String
' that is not a number in arithmetic: error 13; `If Null Then` takes the Else branch.
'! para=1,2,0 => result=18 output="a"
'! para=20000,20000,0 => error=6
'! para=20000,20000,1 => result=-39997 output="6 n 9 13 "
'! para=2.5,0,1 => result=-2 output="n 9 13 "
'! para=-3,1,1 => result=9 output="n 9 13 "

Dim total As Long
Dim small As Integer

Function Twice(ByRef x As Double) As Double
  Twice = x + x
End Function

Sub Main()
  Dim i As Long, k As Integer, v(1 To 3) As Double, n As Variant, s As String, d As Double
  If Para3 = 0 Then
    small = Para1 + Para2
    total = small + 1
    Print "a";
    Dim w(0 To 2) As Long, j As Long
    For i = 0 To 2
      j = i * 3 + Para2
      w(i) = j
    Next i
    Result = total - small + 2 + w(0) + w(1) + w(2)
    Exit Sub
  End If
  On Error Resume Next
  k = Para1
  k = k + Para2
  Print IIf(Err.Number = 0, "", Err.Number & " ");
  Err.Clear
  n = Null
  If n > 1 Then Print "y "; Else Print "n ";
  i = 4
  v(i) = Para1
  Print Err.Number & " ";
  Err.Clear
  s = "x"
  d = s + 1
  Print Err.Number & " ";
  Err.Clear
  For d = Para1 To Para1 - 3 Step -0.5
    total = total + Twice(d)
  Next d
  Result = -total \ 7
End Sub
