//! Front-end throughput: lexing, and lexing + parsing + checking, of a generated
//! 10,000-line script made of the constructs real scenarios use.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use xbas::syntax::{SourceFile, lexer};

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

fn frontend(c: &mut Criterion) {
    let src = generated_script(10_000);
    let lines = src.lines().count();
    let mut g = c.benchmark_group("frontend");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.bench_function(format!("lex {lines} lines"), |b| {
        b.iter(|| lexer::lex(black_box(&src)))
    });
    g.bench_function(format!("parse+check {lines} lines"), |b| {
        b.iter(|| {
            let f = SourceFile::from_text("gen.bas", black_box(src.as_str()));
            let p = xbas::bind::check(&f);
            assert!(!p.has_errors());
            p
        })
    });
    // Worst cases near the limits: deep parentheses and long operator chains, 1 MB.
    let deep = format!(
        "Sub Main()\n{}End Sub\n",
        format!("Result = {}1{}\n", "(".repeat(99), ")".repeat(99)).repeat(1_000_000 / 210)
    );
    g.throughput(Throughput::Bytes(deep.len() as u64));
    g.sample_size(10);
    g.bench_function("parse 1 MB of 99-deep parentheses", |b| {
        b.iter(|| xbas::bind::check(&SourceFile::from_text("deep.bas", black_box(deep.as_str()))))
    });
    let deep_error = format!("{deep}Sub Other()\nResult = (1 +\nEnd Sub\n");
    g.bench_function("parse 1 MB of 99-deep parentheses, error at the end", |b| {
        b.iter(|| {
            xbas::bind::check(&SourceFile::from_text(
                "deep.bas",
                black_box(deep_error.as_str()),
            ))
        })
    });
    g.finish();
}

criterion_group!(benches, frontend);
criterion_main!(benches);
