//! The scenario suite: every `'!` directive under `tests/scripts/`, `scripts/` and (when
//! present) `../shared/conformance` must pass; `tests/scripts/` must hold at least 300
//! directives and use every built-in function and every statement of spec §1.2.

use std::path::{Path, PathBuf};
use xbas::runtime::builtins::BUILTINS;
use xbas::syntax::SourceFile;
use xbas::testing::run_file;

/// The `.bas` files under `dir`, in subfolders too (`tests/scripts/reference/`), sorted.
fn bas_files(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(d) = folders.pop() {
        for p in std::fs::read_dir(&d)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
        {
            if p.is_dir() {
                folders.push(p);
            } else if p.extension().is_some_and(|x| x == "bas") {
                v.push(p);
            }
        }
    }
    v.sort();
    v
}

fn run_dir(dir: &Path) -> (usize, Vec<String>) {
    let mut passed = 0;
    let mut failures = Vec::new();
    for f in bas_files(dir) {
        let src = SourceFile::read(&f).unwrap();
        for o in run_file(&src) {
            if o.failures.is_empty() {
                passed += 1;
            }
            for msg in o.failures {
                failures.push(format!("{}:{}: {msg}", f.display(), o.line));
            }
        }
    }
    (passed, failures)
}

#[test]
fn repository_scenarios_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (passed, failures) = run_dir(&root.join("tests/scripts"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        passed >= 300,
        "tests/scripts holds only {passed} directives"
    );
    let (passed, failures) = run_dir(&root.join("scripts"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(passed >= 6);
}

#[test]
fn conformance_scenarios_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance");
    if !dir.exists() {
        eprintln!("no {}: skipped", dir.display());
        return;
    }
    let (passed, failures) = run_dir(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(passed >= 100);
}

fn suite_text() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    bas_files(&dir)
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .filter(|t| t.lines().any(|l| l.starts_with("'!")))
        .flat_map(|t| {
            t.lines()
                .filter(|l| !l.trim_start().starts_with('\''))
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn uses_word(text: &str, word: &str) -> bool {
    let w = word.to_lowercase();
    text.match_indices(&w).any(|(i, _)| {
        let before = text[..i].chars().last();
        let after = text[i + w.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn every_builtin_is_exercised() {
    let text = suite_text();
    let missing: Vec<&str> = BUILTINS
        .iter()
        .filter(|b| b.callable())
        .map(|b| b.name)
        .filter(|n| !uses_word(&text, n))
        .collect();
    assert!(
        missing.is_empty(),
        "built-ins no scenario uses: {missing:?}"
    );
}

#[test]
fn every_statement_is_exercised() {
    let text = suite_text();
    let statements = [
        "let",
        "if",
        "elseif",
        "else",
        "end if",
        "select case",
        "case is",
        "case else",
        "for",
        "step",
        "next",
        "for each",
        "do while",
        "do until",
        "loop while",
        "loop until",
        "while",
        "wend",
        "exit for",
        "exit do",
        "exit sub",
        "exit function",
        "goto",
        "gosub",
        "return",
        "sub",
        "function",
        "byref",
        "byval",
        "optional",
        "call",
        "on error goto",
        "on error resume next",
        "on error goto 0",
        "resume",
        "resume next",
        "err.number",
        "err.description",
        "err.raise",
        "err.clear",
        "print",
        "debug.print",
        "msgbox",
        "end",
        "dim",
        "global",
        "public",
        "private",
        "static",
        "const",
        "redim",
        "redim preserve",
        "erase",
        "option base",
        "option explicit",
        "rem",
        "lbound",
        "ubound",
    ];
    let missing: Vec<&str> = statements
        .iter()
        .copied()
        .filter(|s| !uses_word(&text, s))
        .collect();
    assert!(
        missing.is_empty(),
        "statements no scenario uses: {missing:?}"
    );
    assert!(
        text.contains(" _\n"),
        "no line continuation in the scenarios"
    );
}
