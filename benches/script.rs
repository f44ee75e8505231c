//! The generated 10,000-line script of the front-end and language-server benchmarks.

/// A script of about `lines` lines: declarations, Functions with Select Case, loops,
/// nested Ifs and string building.
pub fn generated_script(lines: usize) -> String {
    let mut s =
        String::from("Option Explicit\r\nDim Result As Long\r\nDim Total As Double\r\n\r\n");
    let mut n = 0;
    while s.lines().count() < lines.saturating_sub(12) {
        s.push_str(&format!(
            "' helper {n}\r\nFunction Band{n}(ByVal X As Double, Optional Scale = 100) As Long\r\n  \
Dim I As Long, Acc As Double\r\n  Select Case X\r\n    Case Is < 0: Band{n} = -1\r\n    \
Case 0 To 9.5: Band{n} = X * Scale\r\n    Case 10, 20, 30\r\n      Band{n} = (X + 1) \\ 2\r\n    \
Case Else\r\n      For I = 1 To 10 Step 2\r\n        Acc = Acc + I ^ 2 / (X + 1)\r\n        \
If Acc > 1000 Then Exit For\r\n      Next I\r\n      Band{n} = CLng(Acc) Mod 97\r\n  End Select\r\n\
  If Weekday = 2 And Minutes >= 360 Or Not (X <> 3) Then\r\n    Total = Total + Len(\"w\" & CStr(X))\r\n  \
ElseIf Minutes < 1200 Then\r\n    Total = Total - 1\r\n  Else\r\n    Total = 0\r\n  End If\r\nEnd Function\r\n\r\n"
        ));
        n += 1;
    }
    s.push_str("Sub Main()\r\n  Dim K As Long\r\n  Total = 0\r\n");
    for i in 0..n.min(5) {
        s.push_str(&format!("  K = K + Band{i}(Para1)\r\n"));
    }
    s.push_str("  Result = K + Total\r\nEnd Sub\r\n");
    s
}
