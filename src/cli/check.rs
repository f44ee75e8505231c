//! `xbas check`: compile scripts and report every diagnostic; `--explain CODE` prints a
//! code's explanation from the registry; `--explain-kernel` says which scripts run on the kernel.

use super::{Format, expand_paths};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use xbas::bind;
use xbas::diagnostic::{Diagnostic, Severity};
use xbas::syntax::SourceFile;
use xbas_xlink::check::ScriptUses;

/// The options of `xbas check`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Script files, or folders searched for *.bas files; `-` reads standard input. With
    /// --map and no paths: every script the map uses.
    #[arg(required_unless_present_any = ["explain", "map"])]
    pub paths: Vec<PathBuf>,
    /// Output format: rendered diagnostics on stderr, or one JSON object per
    /// diagnostic and line on stdout.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Explain a diagnostic code (e.g. E0301) instead of checking files.
    #[arg(long, value_name = "CODE", conflicts_with_all = ["paths", "map"])]
    pub explain: Option<String>,
    /// Also say, for each script that compiles, whether `Main` runs on the fast typed
    /// kernel and, if not, the first construct that keeps it on the general VM.
    #[arg(long)]
    pub explain_kernel: bool,
    /// Treat these warnings as errors (exit 1): `warnings` for all, or codes such as
    /// W0802. May be repeated or comma separated.
    #[arg(long, value_name = "WARNINGS|CODE", value_delimiter = ',')]
    pub deny: Vec<String>,
    /// Apply the fix-its that are safe (one per warning; the files are rewritten in
    /// place, keeping their encoding), then report what is left.
    #[arg(long, conflicts_with = "format")]
    pub fix: bool,
    /// The acd_map.ini the scripts belong to: also warn of a `ParaN` beyond what a
    /// mapping using the script sends (W0804) and of a source it never reads (W0805).
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
}

/// Which warnings `--deny` makes errors.
struct Deny {
    all: bool,
    codes: Vec<String>,
}

impl Deny {
    fn parse(list: &[String]) -> Result<Deny, String> {
        let mut deny = Deny {
            all: false,
            codes: Vec::new(),
        };
        for item in list.iter().map(|s| s.trim()) {
            if item.eq_ignore_ascii_case("warnings") {
                deny.all = true;
            } else if xbas::diagnostic::codes::lookup(item).is_some_and(|c| c.code.starts_with('W'))
            {
                deny.codes.push(item.to_ascii_uppercase());
            } else {
                return Err(format!(
                    "--deny {item}: not `warnings` nor a warning code (see `xbas check --explain`)"
                ));
            }
        }
        Ok(deny)
    }
    fn apply(&self, d: &mut Diagnostic) {
        if !d.is_error() && (self.all || self.codes.iter().any(|c| c == d.code)) {
            d.severity = Severity::Error;
        }
    }
}

pub fn run(a: &Args) -> ExitCode {
    let deny = match Deny::parse(&a.deny) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("xbas check: {e}");
            return ExitCode::from(2);
        }
    };
    let map = match a.map.as_deref().map(ScriptUses::read).transpose() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("xbas check: {e}");
            return ExitCode::from(1);
        }
    };
    let files = match (&map, a.paths.is_empty()) {
        (Some(m), true) => m.files(),
        _ => match expand_paths(&a.paths) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("xbas check: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let format = a.format;
    let color = super::color::stderr();
    let mut stdout = std::io::stdout().lock();
    let (mut errors, mut warnings, mut fixed) = (0usize, 0usize, 0usize);
    for path in &files {
        let mut source = match super::read_script(path) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("xbas check: {}: {e}", path.display());
                errors += 1;
                continue;
            }
        };
        let mut diagnostics = diagnose(&source, path, map.as_ref());
        if a.fix && !super::is_stdin(path) {
            let (new, n) = xbas::lint::apply_fixes(&source.text, &diagnostics);
            if n > 0 {
                match super::write_script(path, &source, &new) {
                    Ok(()) => {
                        eprintln!("fixed {n} warning(s) in {}", path.display());
                        fixed += n;
                        source = source.with_text(new);
                        diagnostics = diagnose(&source, path, map.as_ref());
                    }
                    Err(e) => {
                        eprintln!("xbas check: {}: {e}; left as it was", path.display());
                        errors += 1;
                    }
                }
            }
        }
        let mut clean = true;
        for d in &mut diagnostics {
            deny.apply(d);
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
        if a.explain_kernel && clean {
            let _ = writeln!(stdout, "{}", kernel_line(path, source, format));
        }
    }
    if format == Format::Human && !super::quiet() {
        let noun = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let fixes = if a.fix {
            format!(
                ", {fixed} fix{} applied",
                if fixed == 1 { "" } else { "es" }
            )
        } else {
            String::new()
        };
        eprintln!(
            "checked {}: {}, {}{fixes}",
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

/// Every diagnostic of one script: the front end's and the lints', and with a map the
/// lints of each mapping that uses the script.
fn diagnose(source: &SourceFile, path: &Path, map: Option<&ScriptUses>) -> Vec<Diagnostic> {
    let checked = bind::check(source);
    let mut diagnostics = checked.diagnostics.clone();
    // A scenario without `Sub Main` does not run (`run` and `import` refuse it): the
    // check says so with the error they give.
    for d in diagnostics.iter_mut().filter(|d| d.code == "W0406") {
        *d = bind::no_main(true);
    }
    if let Some(map) = map {
        let uses = map.mappings_of(path);
        let uses = uses.iter().map(|(name, n)| (name.as_str(), *n));
        diagnostics.extend(xbas::lint::for_mappings(&checked, source, uses));
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    }
    diagnostics
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
