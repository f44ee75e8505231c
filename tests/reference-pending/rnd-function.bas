' Rnd function — VBA reference: Language/Reference/User-Interface-Help/rnd-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/rnd-function)
' The page states no literal random values, so results are compared with other calls in the same run.
Dim R
' Page note: "Using Randomize with the same value for Number does not repeat the previous sequence" — Randomize 10 twice.
' xbas gives: False (the second Randomize 10 repeats the first sequence)
'! para=14 => var:R=True
Sub Main()
  Dim MyValue As Integer
  Dim I As Long, OK As Boolean
  Dim A, B, C, A1, A2, A3, B1, B2, B3, X
  Select Case Para1
    Case 1: R = TypeName(Rnd)
    Case 2
      OK = True
      For I = 1 To 10000
        X = Rnd
        If X < 0 Or X >= 1 Then OK = False
      Next
      R = OK
    Case 3: A = Rnd: B = Rnd(0): R = (A = B)
    Case 4: A = Rnd(1): B = Rnd(0): C = Rnd(0): R = (A = B) And (B = C)
    Case 5: A = Rnd(-3): X = Rnd: X = Rnd: B = Rnd(-3): R = (A = B)
    Case 6
      X = Rnd(-3): A1 = Rnd: A2 = Rnd: A3 = Rnd
      X = Rnd: X = Rnd
      X = Rnd(-3): B1 = Rnd: B2 = Rnd: B3 = Rnd
      R = (A1 = B1) And (A2 = B2) And (A3 = B3)
    Case 7: X = Rnd(-5): A = Rnd(1): X = Rnd(-5): B = Rnd: R = (A = B)
    Case 8
      X = Rnd(-1): Randomize 10: A1 = Rnd: A2 = Rnd: A3 = Rnd
      X = Rnd: X = Rnd
      X = Rnd(-1): Randomize 10: B1 = Rnd: B2 = Rnd: B3 = Rnd
      R = (A1 = B1) And (A2 = B2) And (A3 = B3)
    Case 9
      OK = True
      For I = 1 To 1000
        MyValue = Int((6 * Rnd) + 1)    ' Generate random value between 1 and 6.
        If MyValue < 1 Or MyValue > 6 Then OK = False
      Next
      R = OK
    Case 10
      OK = True
      For I = 1 To 1000
        X = Int((20 - 10 + 1) * Rnd + 10)
        If X < 10 Or X > 20 Or X <> Int(X) Then OK = False
      Next
      R = OK
    Case 11
      A = Rnd(-3): B = Rnd(0)
      R = (A >= 0 And A < 1 And B >= 0 And B < 1)
    Case 12: R = TypeName(Rnd(-1))
    Case 14
      Randomize 10: A1 = Rnd: A2 = Rnd: A3 = Rnd
      Randomize 10: B1 = Rnd: B2 = Rnd: B3 = Rnd
      R = Not ((A1 = B1) And (A2 = B2) And (A3 = B3))
    Case 13
      Randomize
      OK = True
      For I = 1 To 1000
        X = Rnd
        If X < 0 Or X >= 1 Then OK = False
      Next
      R = OK
  End Select
End Sub
