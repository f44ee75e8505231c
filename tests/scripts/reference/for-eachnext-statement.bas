' For Each...Next statement — VBA reference: Language/Reference/User-Interface-Help/for-eachnext-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/for-eachnext-statement)
Dim R
Dim N
Dim Found
' Page: "all the statements in the loop are executed for the first element in group. If there are more elements in group, the statements in the loop continue to execute for each element." — sum of Array(1, 2, 3, 4)
'! para=1 => var:R=10
' Same loop: the body runs once per element
'! para=1 => var:N=4
' Page example adapted to an array: "If MyObject.Text = "Hello" Then Found = True: Exit For"
'! para=2 => var:Found=True
' Same example: Exit For "transfers control to the statement immediately following Next" — only 2 elements were visited
'! para=2 => var:N=2
' Page example: Found stays False when no element equals "Hello"
'! para=3 => var:Found=False
' Page: "The For…Each block is entered if there is at least one element in group" — Split("", ",") is an empty array (Split page: "If expression is a zero-length string (""), Split returns an empty array")
'! para=4 => var:N=0
' Page: "You can nest For...Each...Next loops ... each loop element must be unique." — 3 x 2 passes
'! para=5 => var:N=6
' Page note: "If you omit element in a Next statement, execution continues as if element is included."
'! para=6 => var:R=6
' Page: group may be an array; element "can only be a Variant variable" — a fixed Long array with 3 elements, summed
'! para=7 => var:R=60
Sub Main()
  Dim E, F, A, B, MyCollection, Fixed(2) As Long
  N = 0
  R = 0
  Select Case Para1
    Case 1
      For Each E In Array(1, 2, 3, 4)
        R = R + E
        N = N + 1
      Next E
    Case 2, 3
      If Para1 = 2 Then
        MyCollection = Array("x", "Hello", "y", "z")
      Else
        MyCollection = Array("x", "y")
      End If
      Found = False
      For Each E In MyCollection
        N = N + 1
        If E = "Hello" Then
          Found = True
          Exit For
        End If
      Next
    Case 4
      A = Split("", ",")
      For Each E In A
        N = N + 1
      Next E
    Case 5
      A = Array(1, 2, 3)
      B = Array("a", "b")
      For Each E In A
        For Each F In B
          N = N + 1
        Next F
      Next E
    Case 6
      For Each E In Array(1, 2, 3)
        R = R + E
      Next
    Case 7
      Fixed(0) = 10: Fixed(1) = 20: Fixed(2) = 30
      For Each E In Fixed
        R = R + E
      Next E
  End Select
End Sub
