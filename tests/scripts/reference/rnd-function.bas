' Rnd function — VBA reference: Language/Reference/User-Interface-Help/rnd-function.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/rnd-function)
' The page states no literal random values, so results are compared with other calls in the same run.
Dim R
' Page: "Returns a Single containing a pseudo-random number" — type of Rnd.
'! para=1 => var:R="Single"
' Page: "The Rnd function returns a value less than 1 but greater than or equal to zero" — 10000 calls of Rnd.
'! para=2 => var:R=True
' Return values: "Equal to zero | The most recently generated number" — Rnd(0) right after Rnd.
'! para=3 => var:R=True
' Return values: "Equal to zero | The most recently generated number" — Rnd(0) twice after Rnd(1), then Rnd(0) again.
'! para=4 => var:R=True
' Return values: "Less than zero | The same number every time, using Number as the seed" — Rnd(-3) twice, with other calls between.
'! para=5 => var:R=True
' Page: "For any given initial seed, the same number sequence is generated" — the three numbers after Rnd(-3) are the same both times.
'! para=6 => var:R=True
' Return values: "Greater than zero" and "Not supplied" both give "The next number in the pseudo-random sequence" — Rnd(1) after Rnd(-5) equals Rnd after Rnd(-5).
'! para=7 => var:R=True
' Page note: "To repeat sequences of random numbers, call Rnd with a negative argument immediately before using Randomize with a numeric argument."
'! para=8 => var:R=True
' Page example: "MyValue = Int((6 * Rnd) + 1)    ' Generate random value between 1 and 6." — 1000 draws into an Integer.
'! para=9 => var:R=True
' Page: "To produce random integers in a given range, use this formula: Int((upperbound - lowerbound + 1) * Rnd + lowerbound)" — 1000 draws for 10 to 20.
'! para=10 => var:R=True
' Page: "The Rnd function returns a value less than 1 but greater than or equal to zero" — Rnd(-3) and Rnd(0) are in range too.
'! para=11 => var:R=True
' Page: "Returns a Single" — type of Rnd(-1).
'! para=12 => var:R="Single"
' Page: "Before calling Rnd, use the Randomize statement without an argument" — after Randomize, 1000 calls stay in [0, 1).
'! para=13 => var:R=True
' Page note: "Using Randomize with the same value for Number does not repeat the previous sequence" — Randomize 10 twice.
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
    Case 15: R = Rnd & " " & Rnd & " " & Rnd
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
' Microsoft KB 231847 ("How Visual Basic Generates Pseudo-Random Numbers for the RND Function"): "x1 = ( x0 * a + c ) MOD (2^24)",
' "an initial value of 327680", a = 1140671485, c = 12820163, "x1/(2^24)" is returned — the first three values of a fresh run.
'! para=15 => var:R="0.7055475 0.533424 0.5795186"
