//! Script tests: `'!` directive lines, their parsing, and running them. Each
//! directive is an independent run from fresh state with its inputs; all expectations it
//! names must hold. Every directive also runs the ways an import does, through
//! `Runner::eval` and (when the script has a typed kernel) `Program::eval_batch`; a path
//! that disagrees with the VM is a failure that names it.

use crate::runtime::datetime::serial_from_ymd;
use crate::runtime::value::Value;
use crate::syntax::SourceFile;
use crate::vm::{Batch, Interval, Program};

/// One `'!` line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Directive {
    /// 1-based line of the directive in its file.
    pub line: usize,
    pub paras: Vec<f64>,
    pub weekday: Option<i32>,
    pub minutes: Option<i32>,
    /// (year, month, day)
    pub date: Option<(i32, u32, u32)>,
    pub expect: Vec<Expect>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    Result(i64),
    Error(i32),
    Output(String),
    Var(String, VarValue),
    CompileError(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum VarValue {
    Number(f64),
    Text(String),
    Bool(bool),
    Empty,
}

/// Splits a directive's text into space-separated words, keeping quoted strings whole.
fn words(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    let mut in_quote = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                in_quote = !in_quote;
                cur.push(c);
            }
            '\\' if in_quote => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            c if c.is_whitespace() && !in_quote => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if in_quote {
        return Err("unterminated string".into());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn unquote(s: &str) -> Result<String, String> {
    let inner = s
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .ok_or_else(|| format!("expected a quoted string, found {s}"))?;
    let mut out = String::new();
    let mut it = inner.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some(o) => return Err(format!("unknown escape \\{o}")),
                None => return Err("a trailing backslash".into()),
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

fn num<T: std::str::FromStr>(s: &str, what: &str) -> Result<T, String> {
    s.parse()
        .map_err(|_| format!("{what}: `{s}` is not a number"))
}

/// Parses the text after `'!`.
pub fn parse_directive(text: &str, line: usize) -> Result<Directive, String> {
    let (inputs, expects) = text
        .split_once("=>")
        .ok_or("a directive needs `=>` before its expectations")?;
    let mut d = Directive {
        line,
        ..Directive::default()
    };
    for w in words(inputs)? {
        let (k, v) = w
            .split_once('=')
            .ok_or_else(|| format!("`{w}`: inputs are name=value"))?;
        match k {
            "para" => {
                d.paras = v
                    .split(',')
                    .map(|x| num::<f64>(x.trim(), "para"))
                    .collect::<Result<_, _>>()?;
            }
            "weekday" => {
                let n: i32 = num(v, "weekday")?;
                if !(1..=7).contains(&n) {
                    return Err(format!("weekday {n} is not 1..7"));
                }
                d.weekday = Some(n);
            }
            "minutes" => {
                let n: i32 = num(v, "minutes")?;
                if !(0..=1439).contains(&n) {
                    return Err(format!("minutes {n} is not 0..1439"));
                }
                d.minutes = Some(n);
            }
            "date" => {
                let parts: Vec<&str> = v.split('-').collect();
                let [y, m, dd] = parts[..] else {
                    return Err(format!("date `{v}` is not YYYY-MM-DD"));
                };
                let ymd = (num(y, "date")?, num(m, "date")?, num(dd, "date")?);
                if serial_from_ymd(ymd.0, ymd.1, ymd.2).is_none() {
                    return Err(format!("date `{v}` does not exist"));
                }
                d.date = Some(ymd);
            }
            other => return Err(format!("unknown input `{other}`")),
        }
    }
    for w in words(expects)? {
        let (k, v) = w
            .split_once('=')
            .ok_or_else(|| format!("`{w}`: expectations are name=value"))?;
        let e = match k {
            "result" => Expect::Result(num(v, "result")?),
            "error" => Expect::Error(num(v, "error")?),
            "output" => Expect::Output(unquote(v)?),
            "compile-error" => Expect::CompileError(num(v, "compile-error")?),
            _ if k.starts_with("var:") => {
                let name = k[4..].to_string();
                let value = if v.starts_with('"') {
                    VarValue::Text(unquote(v)?)
                } else if v.eq_ignore_ascii_case("true") {
                    VarValue::Bool(true)
                } else if v.eq_ignore_ascii_case("false") {
                    VarValue::Bool(false)
                } else if v.eq_ignore_ascii_case("empty") {
                    VarValue::Empty
                } else {
                    VarValue::Number(num(v, "var")?)
                };
                Expect::Var(name, value)
            }
            other => return Err(format!("unknown expectation `{other}`")),
        };
        d.expect.push(e);
    }
    if d.expect.is_empty() {
        return Err("no expectation after `=>`".into());
    }
    Ok(d)
}

/// The directives of a source, with the lines that could not be parsed.
pub fn directives(src: &SourceFile) -> Vec<Result<Directive, (usize, String)>> {
    src.text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let rest = l.trim_start().strip_prefix("'!")?;
            Some(parse_directive(rest, i + 1).map_err(|e| (i + 1, e)))
        })
        .collect()
}

/// The outcome of one directive.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub line: usize,
    /// Empty when the run passed; else one message per unmet expectation.
    pub failures: Vec<String>,
}

fn escape(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn show(v: &Value) -> String {
    match v {
        Value::Str(s) => escape(s),
        Value::Empty => "Empty".into(),
        other => other.display(),
    }
}

/// Runs every directive of a source file.
pub fn run_file(src: &SourceFile) -> Vec<Outcome> {
    let dirs = directives(src);
    let program = Program::compile_source(src.clone());
    let plain = program
        .as_ref()
        .ok()
        .map(Program::without_superinstructions);
    // The superinstructions under a region run only when it gives up: checked alone too.
    let unregioned = program
        .as_ref()
        .ok()
        .filter(|p| p.has_regions())
        .map(Program::without_regions);
    let mut out = Vec::new();
    // A file that does not compile fails even without directives: `xbas test` must not
    // pass what `run` and `import` refuse.
    if let (Err(ce), true) = (&program, dirs.is_empty()) {
        let first = first_error(ce);
        out.push(Outcome {
            line: ce.first_line().unwrap_or(1),
            failures: vec![format!("does not compile: {first}")],
        });
    }
    for d in dirs {
        let d = match d {
            Ok(d) => d,
            Err((line, e)) => {
                out.push(Outcome {
                    line,
                    failures: vec![format!("bad directive: {e}")],
                });
                continue;
            }
        };
        let mut failures = Vec::new();
        let compile_expect = d.expect.iter().find_map(|e| match e {
            Expect::CompileError(l) => Some(*l),
            _ => None,
        });
        let program = match (&program, compile_expect) {
            (Err(ce), Some(line)) => {
                match ce.first_line() {
                    Some(l) if l == line => {}
                    Some(l) => failures.push(format!(
                        "expected compile-error={line}, got the first compile error on line {l}"
                    )),
                    None => failures.push(format!("expected compile-error={line}, got none")),
                }
                out.push(Outcome {
                    line: d.line,
                    failures,
                });
                continue;
            }
            (Ok(_), Some(line)) => {
                out.push(Outcome {
                    line: d.line,
                    failures: vec![format!("expected compile-error={line}, but it compiles")],
                });
                continue;
            }
            (Err(ce), None) => {
                let first = first_error(ce);
                out.push(Outcome {
                    line: d.line,
                    failures: vec![format!("does not compile: {first}")],
                });
                continue;
            }
            (Ok(p), None) => p,
        };
        let (y, m, day) = d.date.unwrap_or((2024, 1, 1));
        let serial = serial_from_ymd(y, m, day).unwrap_or(crate::vm::DEFAULT_DATE);
        let weekday = d.weekday.unwrap_or_else(|| {
            if d.date.is_some() {
                crate::runtime::datetime::weekday_of(serial as i64)
            } else {
                2
            }
        });
        let interval = Interval {
            paras: &d.paras,
            weekday,
            minutes: d.minutes.unwrap_or(0),
        };
        let (runner, run, stored) = run_once(program, &interval, serial);
        for e in &d.expect {
            match e {
                Expect::Result(n) => match (&run, &stored) {
                    (Ok(()), Some(Ok(v))) if v == n => {}
                    (Ok(()), Some(Ok(v))) => {
                        failures.push(format!("expected result={n}, got result={v}"))
                    }
                    (Ok(()), Some(Err(err))) => failures.push(format!(
                        "expected result={n}, got error={} ({})",
                        err.error.number, err.error.description
                    )),
                    (Err(err), _) => failures.push(format!(
                        "expected result={n}, got error={} ({}) at line {}",
                        err.error.number, err.error.description, err.line
                    )),
                    _ => failures.push(format!("expected result={n}, got nothing")),
                },
                Expect::Error(n) => {
                    let got = match (&run, &stored) {
                        (Err(err), _) => Some(err.error.number),
                        (Ok(()), Some(Err(err))) => Some(err.error.number),
                        _ => None,
                    };
                    match got {
                        Some(g) if g == *n => {}
                        Some(g) => failures.push(format!("expected error={n}, got error={g}")),
                        None => failures.push(format!(
                            "expected error={n}, got result={}",
                            stored
                                .as_ref()
                                .and_then(|s| s.as_ref().ok())
                                .map_or("?".into(), |v| v.to_string())
                        )),
                    }
                }
                Expect::Output(text) => {
                    if runner.output() != text {
                        failures.push(format!(
                            "expected output={}, got output={}",
                            escape(text),
                            escape(runner.output())
                        ));
                    }
                }
                Expect::Var(name, want) => {
                    let got = runner.global(name);
                    let ok = match (got, want) {
                        (Some(v), VarValue::Number(x)) => {
                            v.is_numeric_type() && v.to_f64().is_ok_and(|y| y == *x)
                        }
                        (Some(Value::Str(s)), VarValue::Text(t)) => s.as_ref() == t,
                        (Some(Value::Bool(b)), VarValue::Bool(w)) => b == w,
                        (Some(Value::Empty), VarValue::Empty) => true,
                        _ => false,
                    };
                    if !ok {
                        let shown = got.map_or("(no such module-level variable)".into(), show);
                        failures.push(format!(
                            "expected var:{name}={}, got {shown}",
                            match want {
                                VarValue::Number(x) => crate::runtime::value::format_float(*x, 15),
                                VarValue::Text(t) => escape(t),
                                VarValue::Bool(b) =>
                                    if *b {
                                        "True".into()
                                    } else {
                                        "False".into()
                                    },
                                VarValue::Empty => "Empty".into(),
                            }
                        ));
                    }
                }
                Expect::CompileError(_) => {}
            }
        }
        if let Some(plain) = &plain {
            failures.extend(plain_vm_disagrees(
                plain, &interval, serial, &run, &stored, &runner,
            ));
            if let Some(other) = &unregioned {
                let (r, run, stored) = run_once(other, &interval, serial);
                let found = plain_vm_disagrees(plain, &interval, serial, &run, &stored, &r);
                failures.extend(found.into_iter().map(|f| format!("without regions, {f}")));
            }
        }
        // Without a kernel, `eval` is this same VM run: nothing to cross-check.
        if program.has_kernel() {
            let vm = match (&run, stored) {
                (Err(err), _) => Err(err.error.number),
                (Ok(()), Some(v)) => v.map_err(|err| err.error.number),
                (Ok(()), None) => Err(0),
            };
            failures.extend(fast_paths_disagree(
                program,
                &interval,
                serial,
                vm,
                runner.output(),
            ));
        }
        out.push(Outcome {
            line: d.line,
            failures,
        });
    }
    out
}

/// The first error of a compilation, on one line with its file and position.
fn first_error(ce: &crate::vm::CompileError) -> String {
    ce.diagnostics
        .iter()
        .find(|x| x.is_error())
        .map(|x| x.one_line(&ce.source))
        .unwrap_or_default()
}

/// What one run of `program` on `interval` (dated `serial`) gives: the runner (for its
/// output and variables), the run's result and, when it ran, the stored value.
type Ran<'p> = (
    crate::Runner<'p>,
    Result<(), crate::RunError>,
    Option<Result<i64, crate::RunError>>,
);

fn run_once<'p>(program: &'p Program, interval: &Interval, serial: f64) -> Ran<'p> {
    let mut runner = program.runner();
    runner.set_date(Some(serial));
    let run = runner.run(interval);
    let stored = run.as_ref().ok().map(|_| runner.stored());
    (runner, run, stored)
}

/// Runs the interval again on the VM's plain stack code (without superinstructions or
/// regions) and names what differs from the run with them: the stored value or the error (number and
/// line), the output, any module-level variable.
fn plain_vm_disagrees(
    plain: &Program,
    interval: &Interval,
    serial: f64,
    run: &Result<(), crate::RunError>,
    stored: &Option<Result<i64, crate::RunError>>,
    fused: &crate::Runner<'_>,
) -> Vec<String> {
    let answer = |run: &Result<(), crate::RunError>,
                  stored: &Option<Result<i64, crate::RunError>>| {
        match (run, stored) {
            (Err(e), _) => format!("error={} at line {}", e.error.number, e.line),
            (Ok(()), Some(Ok(v))) => format!("result={v}"),
            (Ok(()), Some(Err(e))) => format!("error={} storing", e.error.number),
            (Ok(()), None) => "nothing".into(),
        }
    };
    let (runner, plain_run, plain_stored) = run_once(plain, interval, serial);
    let (want, got) = (answer(&plain_run, &plain_stored), answer(run, stored));
    let mut out = Vec::new();
    if want != got {
        out.push(format!(
            "the VM with superinstructions gives {got} where the plain VM gives {want}"
        ));
    }
    if runner.output() != fused.output() {
        out.push(format!(
            "the VM with superinstructions prints {} where the plain VM prints {}",
            escape(fused.output()),
            escape(runner.output())
        ));
    }
    for ((name, a), (_, b)) in fused.globals().zip(runner.globals()) {
        if format!("{a:?}") != format!("{b:?}") {
            out.push(format!(
                "the VM with superinstructions leaves {name} = {} where the plain VM leaves {}",
                show(a),
                show(b)
            ));
        }
    }
    out
}

/// What the VM gave: the stored value, or the error number.
type Answer = Result<i64, i32>;

fn show_answer(a: &Answer) -> String {
    match a {
        Ok(v) => format!("result={v}"),
        Err(n) => format!("error={n}"),
    }
}

/// Runs the interval of a script with a typed kernel again the ways an import does,
/// through [`Runner::eval`] and through [`Program::eval_batch`] on a one-interval batch,
/// and names each path that disagrees with the VM's `vm` answer and `output`.
fn fast_paths_disagree(
    program: &Program,
    interval: &Interval,
    serial: f64,
    vm: Answer,
    output: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut runner = program.runner();
    runner.set_date(Some(serial));
    let eval = runner.eval(interval).map_err(|e| e.error.number);
    if eval != vm {
        out.push(format!(
            "eval gives {} where the VM gives {}",
            show_answer(&eval),
            show_answer(&vm)
        ));
    } else if runner.output() != output {
        out.push(format!(
            "eval prints {} where the VM prints {}",
            escape(runner.output()),
            escape(output)
        ));
    }
    let columns: Vec<[f64; 1]> = interval.paras.iter().map(|p| [*p]).collect();
    let paras: Vec<&[f64]> = columns.iter().map(|c| &c[..]).collect();
    let batch = Batch {
        paras: &paras,
        weekday: &[interval.weekday],
        minutes: &[interval.minutes],
        dates: &[serial],
    };
    let mut values = Vec::new();
    let got = match program.eval_batch(&batch, &mut values) {
        Ok(()) => values.first().copied().ok_or(0),
        Err(e) => Err(e.error.error.number),
    };
    if got != vm {
        out.push(format!(
            "eval_batch gives {} where the VM gives {}",
            show_answer(&got),
            show_answer(&vm)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_inputs_and_expectations() {
        let d = parse_directive(" para=10,20.5 weekday=2 minutes=480 => result=3000 output=\"a\\n\\\"b\\\"\" var:Total=30", 3).unwrap();
        assert_eq!(d.paras, vec![10.0, 20.5]);
        assert_eq!(d.weekday, Some(2));
        assert_eq!(d.minutes, Some(480));
        assert_eq!(d.expect[0], Expect::Result(3000));
        assert_eq!(d.expect[1], Expect::Output("a\n\"b\"".into()));
        assert_eq!(
            d.expect[2],
            Expect::Var("Total".into(), VarValue::Number(30.0))
        );
        let d = parse_directive(" => compile-error=12", 1).unwrap();
        assert_eq!(d.expect, vec![Expect::CompileError(12)]);
        let d = parse_directive(" para=7,0 => error=11", 1).unwrap();
        assert_eq!(d.expect, vec![Expect::Error(11)]);
        let d = parse_directive(
            " date=2024-03-04 minutes=0 => var:S=\"x y\" var:B=True var:E=Empty",
            1,
        )
        .unwrap();
        assert_eq!(d.date, Some((2024, 3, 4)));
        assert_eq!(
            d.expect[0],
            Expect::Var("S".into(), VarValue::Text("x y".into()))
        );
    }

    #[test]
    fn bad_directives_are_reported() {
        assert!(parse_directive(" para=1", 1).is_err());
        assert!(parse_directive(" para=x => result=1", 1).is_err());
        assert!(parse_directive(" weekday=9 => result=1", 1).is_err());
        assert!(parse_directive(" => result=1 output=\"open", 1).is_err());
        assert!(parse_directive(" date=2024-02-30 => result=1", 1).is_err());
        assert!(parse_directive(" => bogus=1", 1).is_err());
    }

    /// A disagreement of a fast path with the VM is a failure that names the path
    /// (here the VM's answer is falsified, as a wrong kernel would look).
    #[test]
    fn fast_paths_are_checked_against_the_vm() {
        let p = Program::compile(
            "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Result = Para1 * 2\nEnd Sub\n",
        )
        .unwrap();
        assert!(p.has_kernel());
        let iv = Interval {
            paras: &[21.0],
            weekday: 2,
            minutes: 0,
        };
        assert!(fast_paths_disagree(&p, &iv, 45292.0, Ok(42), "").is_empty());
        let wrong = fast_paths_disagree(&p, &iv, 45292.0, Ok(41), "");
        assert_eq!(
            wrong,
            [
                "eval gives result=42 where the VM gives result=41",
                "eval_batch gives result=42 where the VM gives result=41"
            ]
        );
        let printed = fast_paths_disagree(&p, &iv, 45292.0, Ok(42), "x");
        assert_eq!(printed, ["eval prints \"\" where the VM prints \"x\""]);
    }
}
