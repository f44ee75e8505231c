' Randomize statement — VBA reference: Language/Reference/User-Interface-Help/randomize-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/randomize-statement)
' The page states no literal random values, so results are compared with other calls in the same run.
Dim R
' Page example: "Randomize ' Initialize random-number generator." then "MyValue = Int((6 * Rnd) + 1) ' Generate random value between 1 and 6."
'! para=1 => var:R=True
' Page note: "To repeat sequences of random numbers, call Rnd with a negative argument immediately before using Randomize with a numeric argument."
'! para=2 => var:R=True
' Page: "The optional number argument is a Variant or any valid numeric expression" — the repeat recipe with a Variant holding 10 gives the same sequence as the literal 10.
'! para=4 => var:R=True
' Page: "Randomize [ number ]" — the statement with no argument and with a numeric expression both run without error.
'! para=5 => var:R=True
' Page note: "Using Randomize with the same value for number does not repeat the previous sequence" — Randomize 10 twice.
'! para=3 => var:R=True
Sub Main()
  Dim MyValue
  Dim I As Long, OK As Boolean
  Dim V, A1, A2, A3, B1, B2, B3, X
  Select Case Para1
    Case 1
      Randomize ' Initialize random-number generator.
      OK = True
      For I = 1 To 1000
        MyValue = Int((6 * Rnd) + 1) ' Generate random value between 1 and 6.
        If MyValue < 1 Or MyValue > 6 Then OK = False
      Next
      R = OK
    Case 2
      X = Rnd(-1): Randomize 10: A1 = Rnd: A2 = Rnd: A3 = Rnd
      X = Rnd(-1): Randomize 10: B1 = Rnd: B2 = Rnd: B3 = Rnd
      R = (A1 = B1) And (A2 = B2) And (A3 = B3)
    Case 3
      Randomize 10: A1 = Rnd: A2 = Rnd: A3 = Rnd
      Randomize 10: B1 = Rnd: B2 = Rnd: B3 = Rnd
      R = Not ((A1 = B1) And (A2 = B2) And (A3 = B3))
    Case 4
      X = Rnd(-1): Randomize 10: A1 = Rnd: A2 = Rnd: A3 = Rnd
      V = 10
      X = Rnd(-1): Randomize V: B1 = Rnd: B2 = Rnd: B3 = Rnd
      R = (A1 = B1) And (A2 = B2) And (A3 = B3)
    Case 5
      On Error Resume Next
      Randomize
      Randomize 3 * 7 + 0.5
      R = (Err.Number = 0)
  End Select
End Sub
