//! The numeric kernel against the VM: for every script that gets a kernel (the
//! repository's scripts, the conformance scripts and a set written for the kernel's
//! corners), `eval` (kernel) and `eval_batch` (kernel by columns) must give exactly what
//! the VM gives (`run` + `stored`), value or error number, on random and extreme inputs.

use std::path::Path;
use xbas::{Batch, Interval, Program};

/// Scripts made to reach every kernel operation with every kind.
const CORNERS: &[&str] = &[
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  Result = (Para1 + Para2) * 100\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  If Para2 = 0 Then\n    Result = 0\n  Else\n    Result = (Para1 / Para2) * 100\n  End If\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  Result = (Para1 / Para2) * 100\nEnd Sub\n",
    "Dim Result As Integer\nDim Para1 As Integer\nDim Para2 As Integer\nSub Main()\n  Result = Para1 * Para2 - -Para1\nEnd Sub\n",
    "Dim Result As Double\nDim Para1 As Double\nDim Para2 As Double\nSub Main()\n  Result = Para1 * Para2 + 0.5\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Double\nDim Weekday As Long\nDim Minutes As Long\nSub Main()\n  Dim f As Double, n As Integer\n  If Weekday = 1 Or Weekday = 7 Then\n    f = 0.5\n  ElseIf Minutes < 360 And Not (Weekday = 2) Then\n    f = 1.25\n  ElseIf Minutes >= 1200 Xor Weekday > 4 Then\n    f = -2\n  Else\n    f = 1\n  End If\n  n = Minutes / 15\n  Result = Para1 * f + n\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nDim Para3 As Long\nSub Main()\n  Dim t As Long\n  t = Para1 + Para2 + Para3\n  If t > 0 Then\n    If Para3 <= 10 Then\n      Result = t * 1000 / (Para2 + 1)\n    Else\n      Result = -t\n    End If\n  End If\nEnd Sub\n",
    "Dim Result As Integer\nDim Para1 As Double\nSub Main()\n  Result = Para1\nEnd Sub\n",
    "Dim Result As Long\nDim Minutes As Integer\nDim Weekday As Integer\nSub Main()\n  Result = Minutes * 100 + Weekday * 30000\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Result = Para1 * Para1 * Para1\nEnd Sub\n",
    "Dim Result As Long\nDim Weekday As Long\nDim Minutes As Long\nSub Main()\n  If Weekday <= 4 Then Result = 1\n  If Weekday >= 4 Then Result = Result + 2\n  If Weekday < 4 Then Result = Result + 4\n  If Weekday > 4 Then Result = Result + 8\n  If Weekday = 4 Then Result = Result + 16\n  If Weekday <> 4 Then Result = Result + 32\n  If Minutes <= 360 Then Result = Result + 64\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  If (Para1 > 5) Eqv (Para1 < 100) Then Result = 1 Else Result = 2\n  If (Para1 > 5) Imp (Para1 > 50) Then Result = Result + 10\nEnd Sub\n",
];

fn repo_scripts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<String> = CORNERS.iter().map(|s| s.to_string()).collect();
    for dir in [
        "scripts",
        "scripts/example",
        "tests/scripts",
        "benches/scenarios",
        "../shared/conformance",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for p in files {
            if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("bas")) {
                if let Ok(t) = std::fs::read(&p) {
                    out.push(String::from_utf8_lossy(&t).to_string());
                }
            }
        }
    }
    out
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn para(&mut self) -> f64 {
        const EDGES: &[f64] = &[
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            32767.0,
            32767.5,
            32768.0,
            -32768.0,
            -32768.5,
            -32769.0,
            2147483647.0,
            2147483647.5,
            2147483648.0,
            -2147483648.0,
            -2147483648.5,
            -2147483649.0,
            1e10,
            -1e10,
            1e300,
            -1e300,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            46341.0,
            1e-300,
        ];
        match self.next() % 4 {
            0 => EDGES[(self.next() % EDGES.len() as u64) as usize],
            1 => (self.next() % 501) as f64,
            2 => (self.next() % 20001) as f64 / 8.0 - 1250.0,
            _ => 0.0,
        }
    }
}

fn vm_value(p: &Program, iv: &Interval) -> Result<i64, i32> {
    let mut r = p.runner();
    r.run(iv)
        .and_then(|_| r.stored())
        .map_err(|e| e.error.number)
}

#[test]
fn kernel_and_batch_agree_with_the_vm() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut with_kernel = 0;
    for text in repo_scripts() {
        let Ok(p) = Program::compile(&text) else {
            continue;
        };
        if !p.has_kernel() {
            continue;
        }
        with_kernel += 1;
        let n = 3000;
        let paras: Vec<Vec<f64>> = (0..4)
            .map(|_| (0..n).map(|_| rng.para()).collect())
            .collect();
        let weekday: Vec<i32> = (0..n).map(|i| (i % 7) as i32 + 1).collect();
        let minutes: Vec<i32> = (0..n).map(|_| (rng.next() % 96) as i32 * 15).collect();
        let mut runner = p.runner();
        let mut expected = Vec::new();
        for i in 0..n {
            let ps: Vec<f64> = paras.iter().map(|c| c[i]).collect();
            let iv = Interval {
                paras: &ps,
                weekday: weekday[i],
                minutes: minutes[i],
            };
            let want = vm_value(&p, &iv);
            let got = runner.eval(&iv).map_err(|e| e.error.number);
            assert_eq!(got, want, "eval, interval {i} {ps:?} of\n{text}");
            expected.push(want);
        }
        // The batch stops at the first error: compare up to there, then from after it.
        let mut from = 0;
        while from < n {
            let cols: Vec<&[f64]> = paras.iter().map(|c| &c[from..]).collect();
            let mut out = Vec::new();
            let r = p.eval_batch(
                &Batch {
                    paras: &cols,
                    weekday: &weekday[from..],
                    minutes: &minutes[from..],
                },
                &mut out,
            );
            let ok: Vec<i64> = expected[from..]
                .iter()
                .map_while(|v| v.as_ref().ok().copied())
                .collect();
            assert_eq!(out, ok, "batch values from {from} of\n{text}");
            match r {
                Ok(()) => break,
                Err(e) => {
                    let at = from + e.index;
                    assert_eq!(
                        Err(e.error.error.number),
                        expected[at],
                        "batch error at {at} of\n{text}"
                    );
                    from = at + 1;
                }
            }
        }
    }
    assert!(
        with_kernel >= CORNERS.len(),
        "only {with_kernel} scripts have a kernel"
    );
}

#[test]
fn scripts_outside_the_subset_have_no_kernel() {
    for text in [
        "Sub Main()\n  Result = Para1 * 100\nEnd Sub\n",
        "Dim Result As Long\nSub Main()\n  Dim i As Long\n  For i = 1 To 3\n    Result = Result + i\n  Next\nEnd Sub\n",
        "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Result = Abs(Para1)\nEnd Sub\n",
        "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Print Para1\n  Result = 1\nEnd Sub\n",
        "Dim Result As String\nSub Main()\n  Result = \"1\"\nEnd Sub\n",
    ] {
        assert!(!Program::compile(text).unwrap().has_kernel(), "{text}");
    }
}

#[test]
fn batch_columns_of_different_lengths_are_an_error() {
    let p = Program::compile(CORNERS[0]).unwrap();
    let mut out = Vec::new();
    let e = p
        .eval_batch(
            &Batch {
                paras: &[&[1.0, 2.0], &[1.0]],
                weekday: &[1, 2],
                minutes: &[0, 15],
            },
            &mut out,
        )
        .unwrap_err();
    assert!(e.error.error.description.contains("differ in length"));
}
