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
    "Dim Result As Long\nDim Weekday As Long\nDim Minutes As Long\nSub Main()\n  Dim a As Long\n  If a = 0 Then a = Weekday Else a = 100\n  Result = a + Minutes\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  If (Para1 > 5) Eqv (Para1 < 100) Then Result = 1 Else Result = 2\n  If (Para1 > 5) Imp (Para1 > 50) Then Result = Result + 10\nEnd Sub\n",
    // `If`s that choose one variable's value per lane (`Select` column passes): every
    // value and condition is evaluated on every lane, so an arm that fails (a zero
    // divisor, a Long overflow) where it is not taken must not fail the lane; a Double
    // chosen into a Long or Integer rounds; an arm that leaves the variable alone keeps
    // its value (stored before, or a previous block's where nothing reads it after).
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  If Para2 = 0 Then\n    Result = -1\n  ElseIf Para1 > Para2 Then\n    Result = Para1 / Para2\n  Else\n    Result = Para2 * Para1\n  End If\nEnd Sub\n",
    "Dim Result As Integer\nDim Para1 As Double\nDim Para2 As Double\nSub Main()\n  If Para1 > 0.5 Then Result = Para1 * 1.5 Else Result = Para2 / 3\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  Dim a As Long\n  a = Para1 * 2\n  If Para2 > 10 Then a = Para2 - 1\n  Result = a\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  Dim t As Long\n  If Para1 > 0 Then t = Para1 * 100000\n  If Para2 > 0 Then t = 1\n  Result = Para1\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nDim Weekday As Long\nSub Main()\n  Dim a As Long\n  If Weekday = 1 Then\n    Result = 0\n  Else\n    a = Para1 * 3\n    If a > 100 Then a = 100 Else a = a + Para2\n    Result = a\n  End If\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\nSub Main()\n  If Para1 * 1000 > Para2 Then Result = 1 Else Result = 2\n  If Para1 > 5 Then\n    Result = Result + 1\n  ElseIf Para2 * 1000 > 7 Then\n    Result = 3\n  End If\nEnd Sub\n",
    "Dim Result As Long\nDim Para1 As Double\nDim Para2 As Double\nSub Main()\n  If Para1 > 0 Then Result = Para2 > 3 Else Result = Not (Para2 < 0)\nEnd Sub\n",
    // Variants holding numbers (issue 20): an undeclared local, a Variant array, a
    // Variant counter and parameter; an Integer held in a Variant widens, not overflows.
    "Sub Main()\n  level = Para1 * 100\n  Result = level\nEnd Sub\n",
    // Picks (compile::tidy): a lone move under a test, which moves or not without a
    // jump; the `When` form from an empty Then arm; a pick whose register the next
    // pick's test reads; a moved slot; a move only the pick may keep; a move another
    // jump lands on (`Or`), which stays a jump.
    "Dim Result As Long\nDim Para1 As Double\nDim Para2 As Double\nSub Main()\n  Dim L As Double, M As Double, K As Double\n  K = Para2\n  If Para1 > 3 Then K = 5\n  L = Para1 / 3\n  M = Para2\n  If L > 100 Then L = 100\n  If L < 5 Then\n  Else\n    L = M\n  End If\n  If M > L Then M = L\n  If L >= M Then\n  Else\n    L = -1\n  End If\n  If Para2 < 5 Or Para2 > 300 Then K = 7\n  Result = L * 10 + M + K\nEnd Sub\n",
    "Dim Result As Long\nDim Weekday As Integer\nFunction Twice(ByVal x)\n  Twice = x + x\nEnd Function\nSub Main()\n  Dim v(1 To 3), i\n  For i = 1 To 3\n    v(i) = Weekday * 10000 + i\n  Next\n  Result = Twice(v(3)) - i\nEnd Sub\n",
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
    /// A Para value: with `edges`, a quarter of them from the edges of the kinds (most
    /// of which fail, which restarts the batch); without, values that rarely fail, so
    /// that blocks run after blocks.
    fn para(&mut self, edges: bool) -> f64 {
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
            0 if edges => EDGES[(self.next() % EDGES.len() as u64) as usize],
            0 | 1 => (self.next() % 501) as f64,
            2 => (self.next() % 20001) as f64 / 8.0 - 1250.0,
            _ => 0.0,
        }
    }
}

/// What a fresh VM gives: the value, or the whole error (number, message, procedure,
/// place).
fn vm_result(p: &Program, iv: &Interval) -> Result<i64, xbas::RunError> {
    let mut r = p.runner();
    r.run(iv).and_then(|_| r.stored())
}

/// Runs `p` on `n` random intervals (see [`Rng::para`] for `edges`) per interval
/// (`eval`) and in batch, and requires what the VM gives, value or error number.
fn agrees_with_the_vm(p: &Program, text: &str, rng: &mut Rng, n: usize, edges: bool) {
    let paras: Vec<Vec<f64>> = (0..4)
        .map(|_| (0..n).map(|_| rng.para(edges)).collect())
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
        // The whole error: `eval` gives an error it saw the VM report at the same
        // kernel instruction again without the VM (the runner is kept across intervals).
        let full = vm_result(p, &iv);
        let got = runner.eval(&iv);
        assert_eq!(got, full, "eval, interval {i} {ps:?} of\n{text}");
        let want = full.map_err(|e| e.error.number);
        // The kernel alone, without the VM it falls back to: it must finish every
        // interval the VM finishes (and give up where the VM fails, to let it report),
        // except that it leaves non-finite inputs (which no history holds) to the VM.
        let kernel = runner.eval_kernel(&iv);
        if ps.iter().all(|p| p.is_finite()) {
            assert_eq!(
                kernel,
                want.ok(),
                "kernel alone, interval {i} {ps:?} of\n{text}"
            );
        } else {
            assert!(
                kernel.is_none() || kernel == want.ok(),
                "kernel alone, interval {i}"
            );
        }
        expected.push(want);
    }
    // The column kernel alone, likewise: no fallback may hide a lane it gets wrong.
    let cols: Vec<&[f64]> = paras.iter().map(|c| &c[..]).collect();
    let mut lanes = Vec::new();
    let batch = Batch {
        paras: &cols,
        weekday: &weekday,
        minutes: &minutes,
        dates: &[],
    };
    assert!(p.eval_batch_kernel(&batch, &mut lanes).unwrap());
    for (i, (got, want)) in lanes.iter().zip(&expected).enumerate() {
        let want = want.as_ref().ok().copied();
        if paras.iter().all(|c| c[i].is_finite()) {
            assert_eq!(*got, want, "column kernel alone, interval {i} of\n{text}");
        } else {
            assert!(
                got.is_none() || *got == want,
                "column kernel alone, interval {i}"
            );
        }
    }
    assert_eq!(lanes.len(), n);
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
                dates: &[],
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
        agrees_with_the_vm(&p, &text, &mut rng, 3000, true);
        agrees_with_the_vm(&p, &text, &mut rng, 3000, false);
    }
    assert!(
        with_kernel >= CORNERS.len(),
        "only {with_kernel} scripts have a kernel"
    );
}

/// A random script within the kernel's subset: typed host values and locals, a local
/// array, nested `If`/`ElseIf`/`Else`, `Select Case`, `For` loops with constant bounds and
/// `Exit For`/`Exit Sub`, a Function with `Select Case` and `Exit Function` called with
/// variables (ByRef) and expressions, `Int`/`Fix`/`Abs`/`Round`/`IIf`; assignments of
/// arithmetic, comparisons and logic.
fn kernel_script(rng: &mut Rng) -> String {
    const KINDS: [&str; 3] = ["Integer", "Long", "Double"];
    fn pick<'a>(rng: &mut Rng, xs: &[&'a str]) -> &'a str {
        xs[(rng.next() % xs.len() as u64) as usize]
    }
    /// Where the code being generated is.
    struct Ctx<'r> {
        rng: &'r mut Rng,
        /// In the Function (its own names; no calls of it).
        in_fn: bool,
        /// Counters of the enclosing loops.
        counters: Vec<&'static str>,
    }
    fn operand(c: &mut Ctx) -> String {
        const CONSTS: [&str; 9] = ["0", "1", "2", "100", "0.5", "2.5", "32767", "-3", "1000000"];
        // `i` read outside its loop: the value after the loop.
        const MAIN: [&str; 11] = [
            "Result", "a", "b", "Para1", "Para2", "Para3", "Weekday", "Minutes", "v(1)", "v(4)",
            "i",
        ];
        const FUNC: [&str; 6] = ["F", "t", "x", "y", "Para1", "Weekday"];
        match c.rng.next() % 6 {
            0 | 1 => pick(c.rng, &CONSTS).to_string(),
            2 if !c.counters.is_empty() => {
                let i = pick(c.rng, &c.counters.clone());
                if c.in_fn || c.rng.next() % 2 == 0 {
                    i.to_string()
                } else {
                    format!("v({i})")
                }
            }
            _ if c.in_fn => pick(c.rng, &FUNC).to_string(),
            _ => pick(c.rng, &MAIN).to_string(),
        }
    }
    fn number(c: &mut Ctx, depth: u32) -> String {
        if depth == 0 || c.rng.next() % 3 == 0 {
            return operand(c);
        }
        let (x, y) = (number(c, depth - 1), number(c, depth - 1));
        match c.rng.next() % 11 {
            0 | 1 => format!("({x} + {y})"),
            2 => format!("({x} - {y})"),
            3 => format!("({x} * {y})"),
            4 => format!("({x} / {y})"),
            5 => format!("-{x}"),
            6 => format!("{}({x})", pick(c.rng, &["Int", "Fix", "Abs", "Round"])),
            7 => format!("IIf({}, {x}, {y})", condition(c, 1, true)),
            8 if !c.in_fn => {
                // ByRef with a variable, or a value.
                let arg = "a";
                let first = if c.rng.next() % 2 == 0 {
                    arg.to_string()
                } else {
                    format!("({x})")
                };
                format!("F({first}, {y})")
            }
            _ => format!("({x} + {y})"),
        }
    }
    /// A Boolean condition, or with `top` also a number (Not and logic take Booleans).
    fn condition(c: &mut Ctx, depth: u32, top: bool) -> String {
        let cmp = |c: &mut Ctx| {
            let op = pick(c.rng, &["=", "<>", "<", ">", "<=", ">="]);
            format!("({} {op} {})", number(c, 1), number(c, 1))
        };
        match c.rng.next() % 5 {
            0 if depth > 0 => {
                let op = pick(c.rng, &["And", "Or", "Xor", "Eqv", "Imp"]);
                let (x, y) = (
                    condition(c, depth - 1, false),
                    condition(c, depth - 1, false),
                );
                format!("({x} {op} {y})")
            }
            1 if depth > 0 => format!("Not {}", condition(c, depth - 1, false)),
            2 if top => number(c, 1),
            _ => cmp(c),
        }
    }
    fn block(c: &mut Ctx, depth: u32, indent: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        for _ in 0..1 + c.rng.next() % 3 {
            let roll = c.rng.next() % 12;
            if depth > 0 && roll < 3 {
                out.push_str(&format!("{pad}If {} Then\n", condition(c, 2, true)));
                block(c, depth - 1, indent + 2, out);
                for _ in 0..c.rng.next() % 3 {
                    out.push_str(&format!("{pad}ElseIf {} Then\n", condition(c, 2, true)));
                    block(c, depth - 1, indent + 2, out);
                }
                if c.rng.next() % 2 == 0 {
                    out.push_str(&format!("{pad}Else\n"));
                    block(c, depth - 1, indent + 2, out);
                }
                out.push_str(&format!("{pad}End If\n"));
            } else if depth > 0 && roll == 3 {
                out.push_str(&format!("{pad}Select Case {}\n", number(c, 1)));
                for _ in 0..1 + c.rng.next() % 3 {
                    let item = match c.rng.next() % 4 {
                        0 => format!("{}, {}", number(c, 0), number(c, 0)),
                        1 => format!("{} To {}", number(c, 0), number(c, 0)),
                        2 => format!("Is {} {}", pick(c.rng, &["<", ">=", "<>"]), number(c, 0)),
                        _ => number(c, 0),
                    };
                    out.push_str(&format!("{pad}  Case {item}\n"));
                    block(c, depth - 1, indent + 4, out);
                }
                if c.rng.next() % 2 == 0 {
                    out.push_str(&format!("{pad}  Case Else\n"));
                    block(c, depth - 1, indent + 4, out);
                }
                out.push_str(&format!("{pad}End Select\n"));
            } else if depth > 0 && roll == 4 && !c.in_fn && c.counters.len() < 2 {
                let i = ["i", "j"][c.counters.len()];
                let (from, to, step) = match c.rng.next() % 4 {
                    0 => (1, 4, ""),
                    1 => (4, 1, " Step -1"),
                    2 => (3, 2, ""),
                    _ => (0, 6, " Step 2"),
                };
                out.push_str(&format!("{pad}For {i} = {from} To {to}{step}\n"));
                c.counters.push(i);
                block(c, depth - 1, indent + 2, out);
                c.counters.pop();
                out.push_str(&format!("{pad}Next\n"));
            } else if indent > 2 && roll == 5 {
                // A guard clause inside a block (the kernel runs the rest under a flag).
                let exit = match (c.in_fn, c.counters.is_empty()) {
                    (_, false) if c.rng.next() % 2 == 0 => "Exit For",
                    (true, _) => "Exit Function",
                    (false, _) => "Exit Sub",
                };
                out.push_str(&format!("{pad}{exit}\n"));
            } else {
                const MAIN: [&str; 6] = ["Result", "a", "b", "Para1", "Weekday", "v(3)"];
                const FUNC: [&str; 3] = ["F", "t", "y"];
                let v = if c.in_fn {
                    pick(c.rng, &FUNC).to_string()
                } else if !c.counters.is_empty() && c.rng.next() % 3 == 0 {
                    let i = pick(c.rng, &c.counters.clone());
                    format!("v({i})")
                } else {
                    pick(c.rng, &MAIN).to_string()
                };
                out.push_str(&format!("{pad}{v} = {}\n", number(c, 2)));
            }
        }
    }
    // A quarter of the host names and `Result` stay undeclared: Variants, which the
    // kernel holds as Doubles (issue 20).
    let declare = |rng: &mut Rng, line: String, s: &mut String| {
        if rng.next() % 4 != 0 {
            s.push_str(&line);
        }
    };
    let mut s = String::new();
    let line = format!("Dim Result As {}\n", pick(rng, &KINDS));
    declare(rng, line, &mut s);
    for p in ["Para1", "Para2", "Para3"] {
        let line = format!("Dim {p} As {}\n", pick(rng, &KINDS));
        declare(rng, line, &mut s);
    }
    let line = format!("Dim Weekday As {}\n", pick(rng, &KINDS[..2]));
    declare(rng, line, &mut s);
    let line = format!("Dim Minutes As {}\n", pick(rng, &KINDS[1..]));
    declare(rng, line, &mut s);
    // Locals, parameters and results are Variants now and then (`As Variant`, or no
    // type at all), which the kernel holds as Doubles (issue 20).
    const ANY: [&str; 5] = ["Integer", "Long", "Double", "Variant", ""];
    let typed = |rng: &mut Rng, name: &str| match pick(rng, &ANY) {
        "" => name.to_string(),
        k => format!("{name} As {k}"),
    };
    let fkind = pick(rng, &ANY[..4]);
    // `x` (ByRef) has `a`'s type, as VBA requires of a variable passed ByRef.
    let akind = pick(rng, &ANY[..4]);
    let (y, t) = (typed(rng, "ByVal y"), typed(rng, "t"));
    s.push_str(&format!(
        "Function F(x As {akind}, {y}) As {fkind}\n  Dim {t}\n"
    ));
    let mut c = Ctx {
        rng,
        in_fn: true,
        counters: Vec::new(),
    };
    block(&mut c, 2, 2, &mut s);
    s.push_str("End Function\nSub Main()\n");
    let rng = c.rng;
    let (b, i, j, v) = (
        typed(rng, "b"),
        typed(rng, "i"),
        typed(rng, "j"),
        typed(rng, "v(0 To 6)"),
    );
    s.push_str(&format!("  Dim a As {akind}, {b}, {i}, {j}\n  Dim {v}\n"));
    let mut c = Ctx {
        rng,
        in_fn: false,
        counters: Vec::new(),
    };
    block(&mut c, 3, 2, &mut s);
    s.push_str("End Sub\n");
    s
}

#[test]
fn generated_kernel_scripts_agree_with_the_vm() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut with_kernel = 0;
    for _ in 0..400 {
        let text = kernel_script(&mut rng);
        let p = Program::compile(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
        if !p.has_kernel() {
            continue;
        }
        with_kernel += 1;
        agrees_with_the_vm(&p, &text, &mut rng, 600, true);
        agrees_with_the_vm(&p, &text, &mut rng, 600, false);
    }
    // Those without one take `Abs` of a Variant (which overflows only when it holds
    // the smallest Long: known only when it runs), now that a third of the locals and
    // parameters are Variants.
    assert!(
        with_kernel >= 320,
        "only {with_kernel} scripts have a kernel"
    );
}

#[test]
fn scripts_outside_the_subset_have_no_kernel() {
    for text in [
        "Sub Main()\n  level = \"x\" & Para1\n  Result = Len(level)\nEnd Sub\n",
        // Abs of a Variant holding the smallest Long fails, of one holding a Double not.
        "Dim Para1 As Long\nSub Main()\n  Dim v\n  v = Para1\n  Result = Abs(v)\nEnd Sub\n",
        "Dim Para1 As Long\nSub Main()\n  Result = Abs(Int(Para1))\nEnd Sub\n",
        "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Dim i As Long\n  For i = 1 To Para1\n    Result = Result + i\n  Next\nEnd Sub\n",
        "Dim Result As Long\nSub Main()\n  Dim i As Long\n  For i = 1 To 100\n    Result = Result + i\n  Next\nEnd Sub\n",
        "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Result = Sgn(Para1)\nEnd Sub\n",
        "Dim Result As Long\nFunction F(n As Long) As Long\n  If n > 0 Then F = F(n - 1) + 1\nEnd Function\nSub Main()\n  Result = F(3)\nEnd Sub\n",
        "Dim Result As Long\nDim Weekday As Long\nSub Main()\n  Dim v(1 To 7) As Long\n  Result = v(Weekday)\nEnd Sub\n",
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
                dates: &[],
            },
            &mut out,
        )
        .unwrap_err();
    assert!(e.error.error.description.contains("differ in length"));
}

/// Issue 20: every script of the repository's `scripts/` (the example included), the
/// vendor shapes of the conformance corpus and the bench scenarios run on the kernel.
#[test]
fn the_scripts_users_have_run_on_the_kernel() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for (dir, prefix) in [
        ("scripts", ""),
        ("scripts/example", ""),
        ("benches/scenarios", ""),
        ("../shared/conformance", "vendor"),
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().map(|n| n.to_string_lossy().to_lowercase());
            // `*_vm.bas` scenarios are made to run on the general VM.
            if name.is_some_and(|n| {
                n.ends_with(".bas") && n.starts_with(prefix) && !n.ends_with("_vm.bas")
            }) {
                files.push(p);
            }
        }
    }
    assert!(files.len() >= 15, "only {} scripts found", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let p = Program::compile(&text).unwrap_or_else(|e| panic!("{}: {e:?}", f.display()));
        assert!(
            p.has_kernel(),
            "{} runs on the VM: {:?}",
            f.display(),
            p.why_not_kernel()
        );
    }
}

/// What an embedder needs is at the crate root (issue 21, point 12): errors, limits,
/// diagnostics, values and sources, not only `Program` and its runner.
#[test]
fn the_embedding_api_is_at_the_crate_root() {
    fn compile(text: &str) -> Result<Program, xbas::CompileError> {
        Program::compile(text)
    }
    let e = compile("Sub Main()\n  Result = \nEnd Sub\n").unwrap_err();
    let first: &xbas::Diagnostic = &e.diagnostics[0];
    assert_eq!(first.severity, xbas::Severity::Error);
    let source: &xbas::SourceFile = &e.source;
    assert_eq!(source.line_col(first.span.start).0, 2);
    let p =
        compile("Dim n As Long\nSub Main()\n  n = 7\n  Result = Year(Date)\nEnd Sub\n").unwrap();
    let mut run = p.runner();
    run.set_limits(xbas::Limits {
        max_steps: 1000,
        ..xbas::Limits::default()
    });
    let interval = Interval {
        paras: &[],
        weekday: 2,
        minutes: 0,
    };
    assert_eq!(
        run.eval(&interval).unwrap(),
        2024,
        "a new runner's date is {}",
        xbas::DEFAULT_DATE
    );
    let n: Option<&xbas::Value> = run.global("n");
    assert_eq!(n.map(|v| v.display()), Some("7".to_string()));
}
