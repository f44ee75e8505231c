//! `xbas check`: compile scripts and report every diagnostic; `--explain CODE` prints a
//! code's explanation from the registry.

use super::{Format, expand_paths};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use xbas::bind;
use xbas::syntax::SourceFile;

pub fn run(paths: &[PathBuf], format: Format) -> ExitCode {
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
        let source = match SourceFile::read(path) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("xbas check: {}: {e}", path.display());
                errors += 1;
                continue;
            }
        };
        for d in &bind::check(&source).diagnostics {
            if d.is_error() {
                errors += 1;
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
    }
    if format == Format::Human {
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
