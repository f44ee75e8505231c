Sub Main()
  GoTo Finsh
Finish:
  Result = 1
End Sub
