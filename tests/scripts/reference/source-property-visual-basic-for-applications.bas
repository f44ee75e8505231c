' Source property — VBA reference: Language/Reference/User-Interface-Help/source-property-visual-basic-for-applications.md
' (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/source-property-visual-basic-for-applications)
' Left out: "For errors in a standard module, Source contains the project name" — a script has no VBA project, so the
' name would be invented; Source stays "" for run-time errors (and holds what Err.Raise or an assignment gives it).
' Left out (no such concept in xbas): objects, class modules, Excel/Automation. The example's
' "MyObjectID = App.Title & "." & MyClass.Name" (App and MyClass are objects) is written as the literal
' "MyProj.MyClass" (page: "Source should contain a name having the form project.class"); the example's
' named-argument Err.Raise is also run with positional arguments. The project name that Source gets for a
' run-time error in a standard module is not settled by the page (only that Source is filled in).
Dim R
Dim S
' Page example: "Err.Raise Number := vbObjectError + 894, Source := MyObjectID, ..." — "Source, which receives MyObjectID" (positional arguments)
'! para=1 => var:S="MyProj.MyClass"
' Same example: "Description := "Was not able to complete your task""
'! para=2 => var:S="Was not able to complete your task"
' Same example: "Number := vbObjectError + 894"
'! para=3 => var:R=894
' Page: "When generating an error from code, Source is your application's programmatic ID." — Err.Raise 1000, "MyApp"
'! para=4 => var:S="MyApp"
' Page: "Returns ... a string expression specifying the name of the object or application that originally generated the error." — the raising Sub's Source is seen by the caller
'! para=5 => var:S="MyProj.MyClass"
' Page example: "Err.Raise Number := vbObjectError + 894, Source := MyObjectID, Description := "Was not able to complete your task", HelpFile := MyHelpFile, HelpContext := MyHelpContext" — named arguments
'! para=6 => var:S="MyProj.MyClass"
' Page: "Returns or sets a string expression ... Read/write." (e.g. "sets Source to Excel.Application") — Err.Source = "Excel.Application", read back
'! para=7 => var:S="Excel.Application"
Sub Main()
  Dim MyClass, MyObjectID, MyHelpFile, MyHelpContext, x, y
  On Error Resume Next
  Select Case Para1
    Case 1, 2, 3
      MyObjectID = "MyProj.MyClass"
      Err.Raise vbObjectError + 894, MyObjectID, _
        "Was not able to complete your task", _
        MyHelpFile, MyHelpContext
      S = Err.Source
      If Para1 = 2 Then S = Err.Description
      R = Err.Number - vbObjectError
    Case 4
      Err.Raise 1000, "MyApp"
      S = Err.Source
    Case 5
      RaiseFromClass
      S = Err.Source
    Case 6
      MyObjectID = "MyProj.MyClass"
      Err.Raise Number := vbObjectError + 894, Source := MyObjectID, _
        Description := "Was not able to complete your task", _
        HelpFile := MyHelpFile, HelpContext := MyHelpContext
      S = Err.Source
    Case 7
      Err.Source = "Excel.Application"
      S = Err.Source
    Case 8
      x = 1 / y
      R = (Len(Err.Source) > 0)
  End Select
End Sub

Sub RaiseFromClass()
  Err.Raise vbObjectError + 894, "MyProj.MyClass", "Was not able to complete your task"
End Sub
