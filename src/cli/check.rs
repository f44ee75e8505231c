//! `xbas check`: compile scripts and report every diagnostic; `--explain CODE` prints a
//! code's explanation from the registry; `--explain-kernel` says which scripts run on the kernel.

use super::{Format, expand_paths};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use xbas::bind;
use xbas::syntax::SourceFile;

pub fn run(paths: &[PathBuf], format: Format, explain_kernel: bool) -> ExitCode {
    let files = match expand_paths(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("xbas check: {e}");
            return ExitCode::from(2);
        }
    };
    let color = super::color::stderr();
    let mut stdout = std::io::stdout().lock();
    let (mut errors, mut warnings) = (0usize, 0usize);
    for path in &files {
        let source = match super::read_script(path) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("xbas check: {}: {e}", path.display());
                errors += 1;
                continue;
            }
        };
        let mut clean = true;
        let mut diagnostics = bind::check(&source).diagnostics;
        // A scenario without `Sub Main` does not run (`run` and `import` refuse it): the
        // check says so with the error they give.
        for d in diagnostics.iter_mut().filter(|d| d.code == "W0406") {
            *d = bind::no_main(true);
        }
        for d in &diagnostics {
            if d.is_error() {
                errors += 1;
                clean = false;
            } else {
                warnings += 1;
            }
            match format {
                Format::Json => {
                    let _ = writeln!(stdout, "{}", d.to_json(&source));
                }
                Format::Human => eprint!("{}", d.render(&source, color)),
            }
        }
        if explain_kernel && clean {
            let _ = writeln!(stdout, "{}", kernel_line(path, source, format));
        }
    }
    if format == Format::Human && !super::quiet() {
        let noun = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        eprintln!(
            "checked {}: {}, {}",
            noun(files.len(), "file"),
            noun(errors, "error"),
            noun(warnings, "warning")
        );
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `xbas check --explain CODE`: the code's title and explanation (exit 2 for an unknown
/// code, with the list of codes).
pub fn explain(code: &str) -> ExitCode {
    use xbas::diagnostic::codes;
    match codes::lookup(code.trim()) {
        Some(c) => {
            println!("{}: {}\n\n{}", c.code, c.title, c.explanation);
            ExitCode::SUCCESS
        }
        None => {
            let known: Vec<&str> = codes::CODES.iter().map(|c| c.code).collect();
            eprintln!(
                "xbas check --explain: `{code}` is not a diagnostic code; the codes are {}",
                known.join(", ")
            );
            ExitCode::from(2)
        }
    }
}

/// `--explain-kernel`: whether a script's `Main` runs on the typed kernel, and if not the
/// first construct that keeps it on the general VM, where it is.
fn kernel_line(path: &Path, source: SourceFile, format: Format) -> String {
    let file = path.display().to_string();
    let program = match xbas::Program::compile_source(source) {
        Ok(p) => p,
        Err(e) => {
            let why = e
                .diagnostics
                .first()
                .map_or("it does not compile".to_string(), |d| d.message.clone());
            return match format {
                Format::Json => {
                    serde_json::json!({"file": file, "kernel": false, "reason": why}).to_string()
                }
                Format::Human => format!("{file}: does not compile for the host: {why}"),
            };
        }
    };
    let why = program.why_not_kernel();
    let at = why
        .and_then(|w| w.span)
        .map(|s| program.source().line_col(s.start));
    match format {
        Format::Json => serde_json::json!({
            "file": file,
            "kernel": why.is_none(),
            "reason": why.map(|w| w.reason.clone()),
            "line": at.map(|a| a.0),
            "column": at.map(|a| a.1),
        })
        .to_string(),
        Format::Human => match (why, at) {
            (None, _) => format!("{file}: Main runs on the typed kernel"),
            (Some(w), Some((line, col))) => {
                format!(
                    "{file}:{line}:{col}: Main runs on the general VM: {}",
                    w.reason
                )
            }
            (Some(w), None) => format!("{file}: Main runs on the general VM: {}", w.reason),
        },
    }
}
