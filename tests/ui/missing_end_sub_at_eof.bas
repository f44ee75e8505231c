Sub Main()
  Result = 1
