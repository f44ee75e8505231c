' Spec 1.2: "Loop with no Do open at the Loop line". VBA reference loop-without-do.md:
' "A Do loop must begin with a Do statement."
'! => compile-error=7
Sub Main()
  Dim i
  i = 1
  Loop
End Sub
