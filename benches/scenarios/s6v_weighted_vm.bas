' S6v: s6_weighted.bas with one line the kernel does not take (a String local), so that it runs
' on the general VM: the VM's speed on the same work.
' S6 weighted: six sources weighted per split by a helper Function with Select Case,
' summed over a local array in a For loop, scaled by a factor per weekday.
Option Explicit
Dim Result As Long
Dim Para1 As Double, Para2 As Double, Para3 As Double
Dim Para4 As Double, Para5 As Double, Para6 As Double
Dim Weekday As Long

Function Weight(split As Long) As Double
  Select Case split
    Case 1, 2: Weight = 1
    Case 3: Weight = 0.5
    Case 4 To 5: Weight = 0.75
    Case Else: Weight = 0.25
  End Select
End Function

Sub Main()
  Dim note As String
  Dim v(1 To 6) As Double
  Dim i As Long, total As Double, factor As Double
  v(1) = Para1: v(2) = Para2: v(3) = Para3
  v(4) = Para4: v(5) = Para5: v(6) = Para6
  total = 0
  For i = 1 To 6
    total = total + v(i) * Weight(i)
  Next i
  Select Case Weekday
    Case 1, 7: factor = 0.5
    Case 2: factor = 1.2
    Case 6: factor = 0.9
    Case Else: factor = 1
  End Select
  Result = total * factor * 100
End Sub
