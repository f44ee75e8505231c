' The constructs the typed kernel takes since issue 20: For loops with constant bounds
' (unrolled; Exit For, Exit Sub inside, the counter's value after the loop, Step -2, no
' iteration), Select Case (lists, ranges, Is), the script's own Functions (inlined: ByRef
' parameters read the caller's variable, ByVal ones get a converted copy, Exit Function,
' locals start at zero at every call), local fixed arrays indexed by the counter,
' Const, Int/Fix/Abs/Round/IIf. `xbas test` checks each directive on the VM, on `eval` and
' on `eval_batch`: this file runs on the kernel (`xbas check --explain-kernel`).
'! para=1,5 => result=1515
'! para=2,5 => result=5
'! para=2,0 => result=105
'! para=3,7 => result=311
'! para=3,12 => result=312
'! para=3,-4 => result=399
'! para=4,2.5 => result=402
'! para=4,3.5 => result=404
'! para=5,-7.5 => result=-1
'! para=6 => error=6
'! para=7,0 => error=11
'! para=7,4 => result=25
'! para=8,2 => result=6015
'! para=9,-32768 => error=6
'! para=10,1 => result=7
Option Explicit
Dim Result As Long
Dim Para1 As Long, Para2 As Double
Const Scale = 100

' Counts calls through a ByVal copy; `t` starts at zero at every call.
Function Bump(ByVal n As Long, k As Long) As Long
  Dim t As Long
  t = t + n + k
  n = n + 1
  Bump = t
End Function

Function Kind(x As Double) As Long
  Select Case x
    Case Is < 0: Kind = 99
    Case 1, 3, 5 To 7: Kind = 11
      Exit Function
    Case Else: Kind = 12
  End Select
End Function

Function Ratio(a As Long, b As Long) As Double
  Ratio = a / b
End Function

Sub Main()
  Dim i As Long, j As Integer, s As Long, v(0 To 4) As Long, k As Integer
  Select Case Para1
    Case 1
      For i = 1 To 10
        s = s + i
        If i = Para2 Then Exit For
      Next
      Result = i * 100 + s + Scale * 10
    Case 2
      For i = 1 To 4
        If Para2 > 0 Then
          Result = Para2
          Exit Sub
        End If
      Next i
      Result = Scale + i
    Case 3
      Result = 300 + Kind(Para2)
    Case 4
      Result = 400 + Round(Para2)
    Case 5
      Result = Int(Para2 / 7.5) + Fix(0.9)
    Case 6
      For j = 32766 To 32767
      Next
      Result = j
    Case 7
      i = Para2
      Result = Ratio(100, i) + Ratio(1, 4) * 0
    Case 8
      For i = 4 To 0 Step -2
        v(i) = i * 1000
      Next
      For i = 3 To 2
        v(0) = 1
      Next
      Result = v(4) + v(2) + v(0) + i * 5
    Case 9
      k = Para2
      Result = Abs(k)
    Case 10
      s = 3
      Result = Bump(s, s) + IIf(s > 2, 1, 0.5)
  End Select
End Sub
