//! `xbas fmt`: scripts laid out one way (`xbas::format`), written back in their own
//! encoding and line ends, each file replaced only once complete; `--check` writes
//! nothing and exits 1 when a file would change. A script with errors is left as it is
//! (a warning; `xbas check` says what is wrong).

use std::path::PathBuf;
use std::process::ExitCode;
use xbas::format::{FormatError, format};
use xbas::syntax::SourceFile;

pub fn run(paths: &[PathBuf], check: bool) -> ExitCode {
    let files = match super::expand_paths(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("xbas fmt: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut changed, mut failed) = (0, 0);
    for path in &files {
        if super::is_stdin(path) {
            eprintln!("xbas fmt: `-` is not supported: name the files to format");
            return ExitCode::from(2);
        }
        let source = match SourceFile::read(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("xbas fmt: {}: {e}", path.display());
                failed += 1;
                continue;
            }
        };
        if !source.decode_errors.is_empty() {
            eprintln!(
                "warning: {}: bytes that are not text; left as it is",
                path.display()
            );
            continue;
        }
        let new = match format(&source.text) {
            Ok(t) => t,
            Err(FormatError::Errors) => {
                eprintln!(
                    "warning: {}: has errors (see `xbas check`); left as it is",
                    path.display()
                );
                continue;
            }
            Err(e) => {
                eprintln!("xbas fmt: {}: {e}", path.display());
                failed += 1;
                continue;
            }
        };
        if new == source.text {
            continue;
        }
        changed += 1;
        if check {
            println!("{}", path.display());
            continue;
        }
        match super::write_script(path, &source, &new) {
            Ok(()) => println!("formatted {}", path.display()),
            Err(e) => {
                eprintln!("xbas fmt: {}: {e}; left as it was", path.display());
                failed += 1;
            }
        }
    }
    if !super::quiet() {
        eprintln!(
            "{} file(s): {changed} {}",
            files.len(),
            if check { "would change" } else { "formatted" }
        );
    }
    if failed > 0 || (check && changed > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
