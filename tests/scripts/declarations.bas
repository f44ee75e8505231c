' Declarations: Const (module and local, typed and folded), Global/Public/Private module
' variables, type suffixes, Option Base 1 (arrays without a lower bound start at 1),
' Static locals, Let, implicit Variants, and the predefined constants vbCrLf and vbTab.
'! => output="3 7.5 Hi 1 3|Integer Long Single Double Currency String|2|x\ty\n" result=10
'! para=1 => result=11 var:Total=11 var:Label="set" var:Flag=True

Option Base 1
Const Rate = 2.5
Private Const Greeting As String = "Hi"
Global Total As Long
Public Label As String
Private Flag As Boolean
Dim Grid(3)

Sub Main()
  Const Three = 1 + 2
  Dim I%, L&, S!, D#, C@, T$
  Let Total = 10 + Para1
  Label = "set"
  Flag = (Para1 = 1)
  Print CStr(Three) & " " & CStr(Three * Rate) & " " & Greeting & " " & CStr(LBound(Grid)) & " " & CStr(UBound(Grid)) & "|" & TypeName(I) & " " & TypeName(L) & " " & TypeName(S) & " " & TypeName(D) & " " & TypeName(C) & " " & TypeName(T) & "|" & CStr(UBound(Array(1, 2))) & "|" & "x" & vbTab & "y"
  Result = Total
End Sub
