//! `xbas run`, `xbas test` and `xbas disasm`.

use super::expand_paths;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use xbas::vm::{Interval, Limits, Program};

fn compile(file: &Path) -> Result<Program, ExitCode> {
    let stdin = super::is_stdin(file);
    let compiled = if stdin {
        match super::read_script(file) {
            Ok(source) => Program::compile_source(source),
            Err(e) => {
                eprintln!("xbas: standard input: {e}");
                return Err(ExitCode::from(1));
            }
        }
    } else if file.exists() {
        Program::compile_file(file)
    } else {
        eprintln!("xbas: {}: no such file", file.display());
        return Err(ExitCode::from(2));
    };
    compiled.map_err(|e| {
        // A file that cannot be read (a folder, a FIFO, a device) is a usage error like a
        // missing one, said in one line rather than as a diagnostic box around nothing.
        let unreadable = e.diagnostics.iter().find(|d| d.code == "E0002");
        if let Some(d) = unreadable.filter(|_| !stdin && !file.is_file()) {
            eprintln!("xbas: {}", d.message);
            return ExitCode::from(2);
        }
        eprint!("{}", e.render(super::color::stderr()));
        ExitCode::from(1)
    })
}

pub struct RunArgs<'a> {
    pub file: &'a Path,
    pub para: Vec<f64>,
    pub weekday: Option<u8>,
    pub minutes: Option<u32>,
    pub date: Option<super::values::Day>,
    pub vars: bool,
    pub max_steps: u64,
    pub max_seconds: Option<std::time::Duration>,
}

pub fn run(a: RunArgs<'_>) -> ExitCode {
    let paras = a.para;
    let date = a.date.map(|d| d.serial);
    let program = match compile(a.file) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let weekday = a.weekday.map(i32::from).unwrap_or_else(|| match date {
        Some(d) => xbas::runtime::datetime::weekday_of(d as i64),
        None => 2,
    });
    let interval = Interval {
        paras: &paras,
        weekday,
        minutes: a.minutes.unwrap_or(0) as i32,
    };
    let mut runner = program.runner();
    runner.set_date(Some(date.unwrap_or(xbas::vm::DEFAULT_DATE)));
    runner.set_limits(Limits {
        max_steps: a.max_steps,
        max_time: a.max_seconds,
        ..Limits::default()
    });
    let result = runner.run(&interval).and_then(|()| runner.stored());
    print!("{}", runner.output());
    if a.vars {
        // The script's own variables in the order they are declared, then the host
        // inputs in a fixed order (Para1..N, Weekday, Minutes, Result); a procedure's
        // Static variables (`Proc.Var`) are not module-level.
        let m = program.module();
        let mut host: Vec<u32> = m.paras.iter().flatten().copied().collect();
        host.extend([m.weekday, m.minutes, m.result]);
        let globals: Vec<(&str, &xbas::runtime::value::Value)> = runner.globals().collect();
        let own = (0..globals.len() as u32).filter(|g| !host.contains(g));
        for g in own.chain(host.iter().copied()) {
            if let Some((name, v)) = globals.get(g as usize).filter(|(n, _)| !n.contains('.')) {
                println!("{name} = {}", show_value(v));
            }
        }
    }
    match result {
        Ok(v) => {
            println!("Result = {v}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprint!("{}", err.report(&program, &interval));
            ExitCode::from(1)
        }
    }
}

fn show_value(v: &xbas::runtime::value::Value) -> String {
    use xbas::runtime::value::Value;
    match v {
        Value::Str(s) => format!("{s:?}"),
        Value::Empty => "Empty".into(),
        Value::Null => "Null".into(),
        Value::Array(a) => format!(
            "array({})",
            a.len
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => format!("{} ({})", other.display(), other.type_name()),
    }
}

pub fn test(paths: &[PathBuf]) -> ExitCode {
    let files = match expand_paths(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("xbas test: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut passed, mut failed) = (0usize, 0usize);
    for f in &files {
        let src = match super::read_script(f) {
            Ok(s) => s,
            Err(e) => {
                println!("{}: cannot read: {e}", f.display());
                failed += 1;
                continue;
            }
        };
        for o in xbas::testing::run_file(&src) {
            if o.failures.is_empty() {
                passed += 1;
            } else {
                failed += 1;
                for msg in &o.failures {
                    println!("{}:{}: {msg}", f.display(), o.line);
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn disasm(file: &Path) -> ExitCode {
    match compile(file) {
        Ok(p) => {
            print!("{}", xbas::compile::disasm::module(p.module(), p.source()));
            if let Some(code) = p.kernel_code() {
                print!("\n{}", xbas::compile::disasm::kernel(code));
            }
            if let Some(plan) = p.column_plan() {
                print!("\n{}", xbas::compile::disasm::columns(plan));
            }
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
