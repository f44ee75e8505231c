' Integer, Long and Byte at their exact bounds. Let-coercion out of range is error 6
' (MS-VBAL 5.5.1.2.1); typed arithmetic overflows with error 6 while Variant arithmetic
' widens Integer -> Long -> Double (MS-VBAL 5.6.9.3, spec 1.2).
'! para=1 => result=32767
'! para=2 => error=6
'! para=3 => result=-32768
'! para=4 => error=6
'! para=5 => result=2147483647
'! para=6 => error=6
'! para=7 => result=-2147483648
'! para=8 => error=6
'! para=9 => result=65534
'! para=10 => error=6
'! para=11 => result=255
'! para=12 => error=6
'! para=13 => error=6
'! para=14 => result=4294967294
'! para=15 => error=6
'! para=16 => result=32766
'! para=17 => error=6
'! para=18 => result=-32768
'! para=19 => error=6

Dim I As Integer
Dim L As Long
Dim B As Byte

Sub Main()
  Dim V
  Select Case Para1
    Case 1: I = 32767: Result = I
    Case 2: I = 32768
    Case 3: I = -32768: Result = I
    Case 4: I = -32769
    Case 5: L = 2147483647: Result = L
    Case 6: L = 2147483648#
    Case 7: L = -2147483648#: Result = L
    Case 8: L = 2147483647: L = L + 1
    Case 9: V = 32767: V = V + V: Result = V
    Case 10: I = 32767: I = I + 1
    Case 11: B = 255: Result = B
    Case 12: B = 256
    Case 13: B = -1
    Case 14: V = 2147483647: V = V + V: Result = V
    Case 15: Result = CInt(32767.5)
    Case 16: Result = CInt(32766.5)
    Case 17: I = -32768: I = -I
    Case 18: I = -32767 - 1: Result = I
    Case 19: L = -2147483647 - 2
  End Select
End Sub
