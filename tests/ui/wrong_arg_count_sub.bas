Sub AddTo(Target, ByVal Amount)
  Target = Target + Amount
End Sub

Sub Main()
  AddTo Result
End Sub
