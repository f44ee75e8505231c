' Issue 19 / spec 1.2: "a Next inside a Do at the Next line". VBA reference
' next-without-for.md: "A Next statement must have a preceding For statement that matches."
'! => compile-error=8
Sub Main()
  Dim i
  Do
    i = i + 1
  Next
  Loop
End Sub
