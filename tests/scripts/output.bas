' Print, Debug.Print and MsgBox (spec 1.2): each call ends its line; Print pads numbers
' with a sign space before and a space after; `;` joins items, `,` moves to the next
' 14-column zone, a trailing `;` keeps the line open; Print alone writes an empty line.
'! para=1 => output=" 1  2 \n-3 \n" result=1
'! para=2 => output="ab\ncd\n" result=2
'! para=3 => output="a             b\n" result=3
'! para=4 => output="\nx\nhi\n" result=4
'! para=5 => output="True|False|2024-01-01\n" result=5

Sub Main()
  Select Case Para1
    Case 1
      Print 1; 2
      Print -3
    Case 2
      Print "a";
      Print "b"
      Debug.Print "c"; "d"
    Case 3
      Print "a", "b"
    Case 4
      Print
      Debug.Print "x"
      MsgBox "hi"
    Case 5
      Print True; "|"; False; "|"; #2024-01-01#
  End Select
  Result = Para1
End Sub
