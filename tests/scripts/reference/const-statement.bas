' Const statement — VBA reference: Language/Reference/User-Interface-Help/const-statement.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/const-statement)
Dim R
' Page example: "Const MyVar = 459"
'! para=1 => var:R=459
' Page example: "Public Const MyString = "HELP""
'! para=2 => var:R="HELP"
' Page example: "Private Const MyInt As Integer = 5" — value
'! para=3 => var:R=5
' Same: "type: Data type of the constant" — Integer
'! para=4 => var:R="Integer"
' Page example: "Const MyStr = "Hello", MyDouble As Double = 3.4567" — both constants on one line
'! para=5 => var:R="Hello 3.4567"
' Same: MyDouble is Double
'! para=6 => var:R="Double"
' Page: expression may be "Literal, other constant, or any combination that includes all arithmetic or logical operators except Is."
'! para=7 => var:R=920
' Page: "Constants declared in a Sub, Function, or Property procedure are local to that procedure." — a local constant shadows nothing outside
'! para=8 => var:R="local 7"
' Page: "A constant declared outside a procedure is defined throughout the module" — used from another procedure
'! para=9 => var:R=459
' Page: "Use constants anywhere you can use an expression." — as an array bound
'! para=10 => var:R=5
Const MyVar = 459
Public Const MyString = "HELP"
Private Const MyInt As Integer = 5
Const MyStr = "Hello", MyDouble As Double = 3.4567
Const Combined = (MyVar + 1) * 2 And &HFFFF
Sub Main()
  Const LocalC = 7
  Dim A(MyInt)
  Select Case Para1
    Case 1: R = MyVar
    Case 2: R = MyString
    Case 3: R = MyInt
    Case 4: R = TypeName(MyInt)
    Case 5: R = MyStr & " " & MyDouble
    Case 6: R = TypeName(MyDouble)
    Case 7: R = Combined
    Case 8: R = "local " & LocalC
    Case 9: R = UseModuleConst()
    Case 10: R = UBound(A)
  End Select
End Sub

Function UseModuleConst()
  UseModuleConst = MyVar
End Function
