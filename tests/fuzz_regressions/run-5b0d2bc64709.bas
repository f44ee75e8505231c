Sub Main(HandlerResult = 1 / ParPar)
sult = HandlerResult = 1 / ParPara1
End Sub
' xbas:fmt-skip (a fuzz input: its bytes are the finding)
