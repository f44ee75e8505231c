' Err.Raise with its source left out (raise-method.md: "object.Raise number, source,
' description, helpfile, helpcontext"; all but number optional). It used to panic the VM.
Dim S
'! para=1 => var:S="Custom|"
'! para=2 => var:S="|5"
Sub Main()
  On Error Resume Next
  Select Case Para1
    Case 1: Err.Raise 1000, , "Custom"
    Case 2: Err.Raise 5, , , , 5
  End Select
  S = Err.Description & "|" & Err.Source
  If Para1 = 2 Then S = Err.HelpFile & "|" & Err.HelpContext
End Sub
