' Function statement page: ParamArray is "Used only as the last argument in arglist" (E0506).
'! => compile-error=6
Sub Main()
  Call F(1, 2)
End Sub
Sub F(ParamArray Items(), Last)
End Sub
