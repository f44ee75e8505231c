' Spec 1.2: a procedure never closed is reported "at the line where its closer was due
' (... or the end of the file)": the last line of text.
'! => compile-error=7
Sub Main()
  Dim i
  i = 1
  i = 2

