' Misuses of names that only code generation noticed before the binder (it reported
' them as internal errors, E0699, and only when the script ran; `xbas check` passed).
Const Rate = 3
Function F(x)
  F = x
End Function
Sub Main()
  Result = Rate(1)
  ReDim Rate(5)
  Rate(2) = 1
  vbTab = 1
  Err.Clear = 5
  F(1)(0) = 2
End Sub
