//! Diagnostic snapshots: every `tests/ui/NAME.bas` is checked by the front end and its
//! diagnostics (code, span as line:column, message, labels, help) are compared with
//! `tests/ui/NAME.expected`. Run with `XBAS_BLESS=1` to write the expected files after
//! reviewing a deliberate change. A first line `' ui-mapping: NAME SOURCES` also checks the
//! script against a mapping of that many sources (`xbas check --map`'s lints), and the
//! fix-its are shown with the text each would leave.

use std::fmt::Write;
use std::path::Path;
use xbas::bind;
use xbas::syntax::SourceFile;

fn render(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let source = SourceFile::from_bytes(name, &bytes);
    let checked = bind::check(&source);
    let mut diags = checked.diagnostics.clone();
    let mapping = source
        .text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("' ui-mapping: "));
    if let Some((name, sources)) = mapping.and_then(|m| m.split_once(' ')) {
        let sources: usize = sources.trim().parse().unwrap();
        diags.extend(xbas::lint::against_mapping(&checked, sources, name));
    }
    let pos = |o: usize| {
        let (l, c) = source.line_col(o);
        format!("{l}:{c}")
    };
    let mut out = String::new();
    for d in &diags {
        let _ = writeln!(
            out,
            "{}[{}] {}-{}: {}",
            d.severity.as_str(),
            d.code,
            pos(d.span.start),
            pos(d.span.end),
            d.message
        );
        if !d.label.is_empty() {
            let _ = writeln!(out, "  label: {}", d.label);
        }
        for (span, text) in &d.notes {
            let _ = writeln!(
                out,
                "  note {}-{}: {}",
                pos(span.start),
                pos(span.end),
                text
            );
        }
        if let Some(h) = &d.help {
            let _ = writeln!(out, "  help: {h}");
        }
        for f in &d.fixes {
            let (fixed, _) = xbas::lint::apply_fixes(
                &source.text,
                &[xbas::diagnostic::Diagnostic {
                    fixes: vec![f.clone()],
                    ..d.clone()
                }],
            );
            let _ = writeln!(out, "  fix: {}", f.title);
            // The lines the fix changes, as they read after it.
            let (before, after): (Vec<&str>, Vec<&str>) =
                (source.text.lines().collect(), fixed.lines().collect());
            let same_head = before
                .iter()
                .zip(&after)
                .take_while(|(a, b)| a == b)
                .count();
            let same_tail = before
                .iter()
                .rev()
                .zip(after.iter().rev())
                .take_while(|(a, b)| a == b)
                .count()
                .min(before.len().min(after.len()) - same_head);
            for l in &after[same_head..after.len() - same_tail] {
                let _ = writeln!(out, "    | {l}");
            }
            if same_head + same_tail == after.len() {
                let _ = writeln!(out, "    | (lines removed)");
            }
        }
    }
    if out.is_empty() {
        out.push_str("(no diagnostics)\n");
    }
    out
}

#[test]
fn ui_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let bless = std::env::var_os("XBAS_BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bas"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} snapshot cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got = render(case);
        let expected_path = case.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != got {
            failures.push(format!(
                "--- {}\nexpected:\n{expected}got:\n{got}",
                case.display()
            ));
        }
        // Every case except the deliberately clean ones (`*_clean.bas`: where a lint must
        // not fire) must report something.
        let clean = case
            .file_stem()
            .is_some_and(|s| s.to_string_lossy().ends_with("_clean"));
        if clean {
            assert_eq!(
                got,
                "(no diagnostics)\n",
                "{} reports something",
                case.display()
            );
        } else {
            assert_ne!(
                got,
                "(no diagnostics)\n",
                "{} reports nothing",
                case.display()
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} snapshots differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
