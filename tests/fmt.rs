//! `xbas fmt` (issue 23, first part): on every script of the repository and of the
//! conformance corpus, formatting compiles to the same code (checked inside `format`,
//! which refuses otherwise: here no script may be refused) and formatting twice changes
//! nothing; the command keeps a file's encoding and line ends, `--check` writes nothing
//! and exits 1, a script with errors is left as it is.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use xbas::format::{FormatError, format};

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("bas")) {
            out.push(p);
        }
    }
}

#[test]
fn every_script_formats_to_the_same_code_and_is_idempotent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "scripts",
        "tests",
        "benches/scenarios",
        "../shared/conformance",
    ] {
        scripts(&root.join(dir), &mut files);
    }
    assert!(files.len() > 200, "{} scripts", files.len());
    let (mut formatted, mut with_errors) = (0, 0);
    for f in &files {
        let Ok(src) = xbas::syntax::SourceFile::read(f) else {
            continue;
        };
        match format(&src.text) {
            Ok(once) => {
                formatted += 1;
                let twice = format(&once).expect("formatted text formats");
                assert_eq!(once, twice, "{}: not idempotent", f.display());
            }
            Err(FormatError::Errors) => with_errors += 1,
            Err(e) => panic!("{}: {e}", f.display()),
        }
    }
    assert!(
        formatted > 200,
        "{formatted} formatted, {with_errors} with errors"
    );
}

/// Every script of the repository is formatted: `xbas fmt --check` passes on every
/// `.bas` file (a file whose spelling is the point of its test, or a fuzz input kept
/// byte for byte, says `' xbas:fmt-skip`; files with errors are left as they are).
#[test]
fn the_repository_is_formatted() {
    let o = xbas(&["fmt", "--check", "scripts", "tests", "benches"]);
    assert_eq!(o.status.code(), Some(0), "would change:\n{}", stdout(&o));
    assert_eq!(stdout(&o), "");
}

/// `--check` lists the file and exits 1, writing nothing; `fmt` writes it in its own
/// encoding (Windows-1252) and line ends (CRLF); then `--check` passes.
#[test]
fn the_command_keeps_encoding_and_line_ends() {
    let d = dir("fmt");
    // "ü" in Windows-1252 is the byte 0xFC.
    let original: &[u8] =
        b"' f\xfcr M\xfcnchen\r\nsub main()\r\nresult = para1 * 100\r\nend sub\r\n";
    let f = d.file("$1.BAS", original);
    let path = f.to_str().expect("UTF-8");
    let o = xbas(&["fmt", "--check", path]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("$1.BAS"), "{}", stdout(&o));
    assert_eq!(std::fs::read(&f).expect("the file"), original);
    let o = xbas(&["fmt", path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(&f).expect("the file"),
        b"' f\xfcr M\xfcnchen\r\nSub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n"
    );
    assert_eq!(xbas(&["fmt", "--check", path]).status.code(), Some(0));
}

/// A script with errors is left as it is, with a warning; no file is no usage error
/// unless it is missing.
#[test]
fn a_script_with_errors_is_left_alone() {
    let d = dir("fmt-errors");
    let text = "sub main()\nif x\nend sub\n";
    let f = d.file("bad.bas", text);
    let o = xbas(&["fmt", f.to_str().expect("UTF-8")]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("has errors"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&f).expect("the file"), text);
    assert_eq!(xbas(&["fmt", "no-such.bas"]).status.code(), Some(2));
}
