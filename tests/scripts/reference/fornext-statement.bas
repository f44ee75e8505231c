' For...Next statement — VBA reference: Language/Reference/User-Interface-Help/fornext-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/fornext-statement)
' Cases marked MS-VBAL come from [MS-VBAL] 5.4.2.3 For Statement.
Dim R
Dim S
Dim N
' Page example: "create a string that contains 10 instances of the numbers 0 through 9, each string separated from the other by a single space"
'! para=1 => var:S="0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 "
' Page: "If not specified, step defaults to one" and "Positive or 0: Loop executes if counter <= end" — For I = 1 To 5 runs 5 times
'! para=2 => var:N=5
' Page: "After all statements in the loop have executed, step is added to counter ... or the loop is exited" — after For I = 1 To 5 the counter is 6
'! para=2 => var:R=6
' Page: "Negative: Loop executes if counter >= end" — For I = 10 To 1 Step -3 runs for 10, 7, 4, 1
'! para=3 => var:S="10 7 4 1 "
' Same loop: the last step added leaves the counter at -2
'! para=3 => var:R=-2
' Page table: with a positive step the loop executes only if counter <= end — For I = 5 To 1 runs 0 times
'! para=4 => var:N=0
' Page: start is the "Initial value of counter" — the counter holds 5 when the body never runs
'! para=4 => var:R=5
' Page: "Exit For ... transfers control to the statement immediately following Next"
'! para=5 => var:S="1 2 3 after"
' Page: "You can nest For...Next loops ... Give each loop a unique variable name as its counter" (For I / For J / For K)
'! para=6 => var:N=60
' Page note: "If you omit counter in a Next statement, execution continues as if counter is included."
'! para=7 => var:N=4
' Page: step "can be either positive or negative" — a fractional step of 0.5 from 0 To 2 gives 0, 0.5, 1, 1.5, 2
'! para=8 => var:N=5
' MS-VBAL: "The expressions <start-value>, <end-value>, and <step-increment> are evaluated once" — changing the end variable in the loop does not change the count
'! para=9 => var:N=3
' MS-VBAL: "If the value of <start-value>, <end-value>, and <step-increment> are not Let-coercible to Double, error 13 (Type mismatch) is raised immediately." — For X = "a" To "b"
'! para=10 => error=13
' MS-VBAL: "1" and "2" are Let-coercible to Double, so For X = "1" To "2" raises no error and the loop ends (guarded at 100 passes)
'! para=11 => var:R="ended"
' MS-VBAL error 13 also applies to the Step value: Step "x"
'! para=12 => error=13
Sub Main()
  Dim Words, Chars, MyString, I, J, K, E, X
  Select Case Para1
    Case 1
      For Words = 10 To 1 Step -1
        For Chars = 0 To 9
          MyString = MyString & Chars
        Next Chars
        MyString = MyString & " "
      Next Words
      S = MyString
    Case 2
      N = 0
      For I = 1 To 5
        N = N + 1
      Next I
      R = I
    Case 3
      S = ""
      For I = 10 To 1 Step -3
        S = S & I & " "
      Next I
      R = I
    Case 4
      N = 0
      For I = 5 To 1
        N = N + 1
      Next I
      R = I
    Case 5
      S = ""
      For I = 1 To 10
        S = S & I & " "
        If I = 3 Then Exit For
      Next I
      S = S & "after"
    Case 6
      N = 0
      For I = 1 To 3
        For J = 1 To 4
          For K = 1 To 5
            N = N + 1
          Next K
        Next J
      Next I
    Case 7
      N = 0
      For I = 1 To 4
        N = N + 1
      Next
    Case 8
      N = 0
      For I = 0 To 2 Step 0.5
        N = N + 1
      Next I
    Case 9
      N = 0
      E = 3
      For I = 1 To E
        N = N + 1
        E = 10
      Next I
    Case 10
      For X = "a" To "b"
        N = N + 1
      Next X
    Case 11
      N = 0
      For X = "1" To "2"
        N = N + 1
        If N > 100 Then Exit For
      Next X
      If N <= 100 Then R = "ended" Else R = "did not end"
    Case 12
      For X = 1 To 2 Step "x"
        N = N + 1
      Next X
  End Select
End Sub
