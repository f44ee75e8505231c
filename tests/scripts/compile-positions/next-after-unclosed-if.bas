' VBA reference next-without-for.md: "an If without a matching End If inside the For...Next
' structure generates this error" — reported at the Next line (spec 1.2: where the compiler
' reading top-down finds it).
'! => compile-error=9
Sub Main()
  Dim i
  For i = 1 To 2
    If i = 1 Then
  Next
End Sub
