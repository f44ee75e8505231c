' Spec 1.2 (block never closed: where its closer was due). VBA reference for-without-next.md:
' "Every For statement must have a matching Next statement" — here End If comes first.
'! => compile-error=9
Sub Main()
  Dim i
  If i = 0 Then
    For i = 1 To 2
      i = i
  End If
End Sub
