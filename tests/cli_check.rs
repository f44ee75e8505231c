//! `xbas check` end to end: exit codes, human and JSON output, folders, and the public
//! conformance files (each compiles, or fails on the line its `compile-error=` names).

mod common;

use std::path::{Path, PathBuf};

use common::cmd as xbas;

/// A file in a new temporary folder (removed when the folder is dropped).
fn temp_file(name: &str, content: &[u8]) -> (common::Dir, PathBuf) {
    let dir = common::dir("cli-check");
    let p = dir.file(name, content);
    (dir, p)
}

#[test]
fn clean_file_exits_0() {
    let (_dir, p) = temp_file(
        "ok.bas",
        b"Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
    );
    let out = xbas().arg("check").arg(&p).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 errors"));
}

#[test]
fn missing_then_exits_1_with_hint() {
    let (_dir, p) = temp_file(
        "then.bas",
        b"Sub Main()\n  If Para1 > 1000\n    Result = 1\n  End If\nEnd Sub\n",
    );
    let out = xbas().arg("check").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("expected `Then`"), "{err}");
    assert!(err.contains("then.bas:2:18"), "{err}");
    assert!(err.contains("1 error"), "{err}");
}

#[test]
fn json_format_is_one_object_per_line() {
    let (_dir, p) = temp_file(
        "json.bas",
        "Sub Main()\n  x = \"ä\" +\n  Next\nEnd Sub\n".as_bytes(),
    );
    let out = xbas()
        .args(["check", "--format", "json"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{text}");
    let first = &lines[0];
    for key in [
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "severity",
        "code",
        "message",
        "help",
    ] {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
    assert_eq!(first["line"], 2);
    assert_eq!(first["column"], 12, "columns count characters: {first}");
    assert_eq!(lines[1]["message"], "`Next` without `For`");
    assert_eq!(lines[1]["line"], 3);
}

#[test]
fn missing_path_is_a_usage_error() {
    let out = xbas()
        .args(["check", "/nonexistent/nope.bas"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn no_arguments_prints_usage_and_exits_2() {
    let out = xbas().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"));
}

/// The scripts of `scripts/` get exactly the lints a reader expects: the unguarded
/// average (vendor example 6) the division lint, the threshold (example 4, undeclared
/// Result times 1.2) the truncation lint, and nothing else anywhere.
#[test]
fn bundled_scripts_get_the_lints_a_reader_expects() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    // The six example shapes of the vendor documentation (spec 1.3), and the others.
    let expected: &[(&str, &[&str])] = &[
        ("default.bas", &[]),
        ("weekday.bas", &[]),
        ("time_window.bas", &[]),
        ("threshold.bas", &["W0803"]),
        ("average.bas", &[]),
        ("average_unguarded.bas", &["W0802"]),
        ("service_level.bas", &[]),
        ("sum_of_acds.bas", &[]),
        ("example/$1.BAS", &[]),
        ("example/$2.BAS", &[]),
        ("example/$3.BAS", &[]),
        ("example/$4.BAS", &[]),
    ];
    for (f, codes) in expected {
        let src = xbas::syntax::SourceFile::read(&dir.join(f)).unwrap();
        let parsed = xbas::bind::check(&src);
        let got: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(&got, codes, "{f}: {:?}", parsed.diagnostics);
        assert!(
            parsed.module.procs.iter().any(|p| p.name.key() == "main"),
            "{f} has no Main"
        );
    }
    let listed = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "bas")
        })
        .count();
    assert_eq!(
        listed, 8,
        "a new script in scripts/: list its expected lints here"
    );
    // Warnings do not fail a check; `--deny warnings` makes them errors.
    let out = xbas()
        .args(["check", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    assert_eq!(lines, 2, "{}", String::from_utf8_lossy(&out.stdout));
    let denied = xbas()
        .args(["check", "--deny", "warnings"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(denied.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&denied.stderr).contains("2 errors, 0 warnings"));
    let one = xbas()
        .args(["check", "--deny", "W0802"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(one.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&one.stderr).contains("1 error, 1 warning"));
    let bad = xbas()
        .args(["check", "--deny", "E0200"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// `--fix` applies one safe fix-it per warning, in place and in the file's encoding,
/// and what it leaves compiles and checks clean.
#[test]
fn fix_applies_the_fix_its_in_place() {
    let (_dir, p) = temp_file(
        "fix.bas",
        b"' caf\xe9\r\nDim Spare As Long\r\nSub Main()\r\n  Total = Para1 * 2\r\n  Result = Total * 1.5\r\n  Exit Sub\r\n  Result = 0\r\nEnd Sub\r\n",
    );
    let out = xbas().args(["check", "--fix"]).arg(&p).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("fixed 4 warning(s)"), "{err}");
    assert!(err.contains("0 warnings, 4 fixes applied"), "{err}");
    let fixed = std::fs::read(&p).unwrap();
    assert_eq!(
        fixed,
        b"' caf\xe9\r\nSub Main()\r\n  Dim Total As Double\r\n  Total = Para1 * 2\r\n  Result = Round(Total * 1.5)\r\n  Exit Sub\r\nEnd Sub\r\n"
    );
}

/// With `--map`, a script is also checked against the mappings that use it.
#[test]
fn map_checks_paras_against_the_mappings() {
    let dir = common::dir("cli-check-map");
    dir.file(
        "acd_map.ini",
        b"WFM:0:1:1=A:x\nWFM:0:1:1=A:y\nWFM:0:1:1=$1.BAS\nWFM:0:2:1=A:z\nWFM:0:2:1=$2.BAS\n",
    );
    dir.file("$1.BAS", b"Sub Main()\n  Result = Para1 + Para3\nEnd Sub\n");
    let two = dir.file("$2.BAS", b"Sub Main()\n  Result = Para1\nEnd Sub\n");
    let map = dir.path().join("acd_map.ini");
    let out = xbas()
        .args(["check", "--format", "json", "--map"])
        .arg(&map)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let codes: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["code"].to_string())
        .collect();
    assert_eq!(codes, vec!["\"W0805\"", "\"W0804\""], "{text}");
    assert!(text.contains("WFM:0:1:1"), "{text}");
    // One script named: only its mappings.
    let out = xbas()
        .args(["check", "--map"])
        .arg(&map)
        .arg(&two)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 warnings"));
}

/// The public conformance files (when `../shared` is there): `xbas check` exits 0,
/// except for files whose directive is `compile-error=L`, which exit 1 with their first
/// diagnostic on line L.
#[test]
fn conformance_files_check_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no {}: skipped", dir.display());
        return;
    };
    let mut checked = 0;
    for e in entries {
        let path = e.unwrap().path();
        if path.extension().is_none_or(|x| x != "bas") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let expected_line: Option<usize> = text
            .lines()
            .filter(|l| l.starts_with("'!"))
            .find_map(|l| l.split("compile-error=").nth(1))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok());
        let out = xbas()
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        match expected_line {
            None => assert_eq!(out.status.code(), Some(0), "{}: {stdout}", path.display()),
            Some(line) => {
                assert_eq!(out.status.code(), Some(1), "{}", path.display());
                let first: serde_json::Value =
                    serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
                assert_eq!(first["line"], line, "{}: {stdout}", path.display());
            }
        }
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} conformance files");
}

#[test]
fn explain_prints_a_code_from_the_registry() {
    let out = xbas()
        .args(["check", "--explain", "e0301"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("E0301: block never closed\n\n"), "{text}");
    let out = xbas()
        .args(["check", "--explain", "E9999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("E0301"));
}

/// `--explain-kernel` (issue 20): which scripts run on the typed kernel, and for the others
/// the first construct that keeps them on the general VM, at its line.
#[test]
fn explain_kernel_names_the_first_construct_off_the_kernel() {
    let dir = common::dir("cli-check-kernel");
    let fast = dir.file(
        "fast.bas",
        b"Dim Result As Long\r\nDim Para1 As Double\r\nSub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
    );
    let looped = dir.file(
        "loop.bas",
        b"Dim Result As Long\r\nSub Main()\r\n  Dim i As Long\r\n  For i = 1 To 300\r\n    Result = Result + i\r\n  Next\r\nEnd Sub\r\n",
    );
    let variant = dir.file(
        "variant.bas",
        b"Dim Result As Long\r\nSub Main()\r\n  Result = Para2 * 100\r\n  level = \"x\" & Result\r\nEnd Sub\r\n",
    );
    let out = xbas()
        .args(["check", "--explain-kernel"])
        .args([&fast, &looped, &variant])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].ends_with("fast.bas: Main runs on the typed kernel"),
        "{text}"
    );
    assert!(
        lines[1].ends_with("loop.bas:4:3: Main runs on the general VM: a `For` loop of 300 iterations (the kernel unrolls up to 64)"),
        "{text}"
    );
    assert!(
        lines[2].ends_with("variant.bas:4:11: Main runs on the general VM: a String"),
        "{text}"
    );
    let json = xbas()
        .args(["check", "--explain-kernel", "--format", "json"])
        .arg(&looped)
        .output()
        .unwrap();
    let v: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&json.stdout).trim()).unwrap();
    assert_eq!(v["kernel"], false);
    assert_eq!(v["line"], 4);
    assert_eq!(
        v["reason"],
        "a `For` loop of 300 iterations (the kernel unrolls up to 64)"
    );
}

/// `run` and `import` refuse a script without `Sub Main` (E0700), so the check does too
/// (issue 21: the checks pass nothing the import refuses).
#[test]
fn no_sub_main_is_the_error_run_gives() {
    let (_dir, p) = temp_file("empty.bas", b"' nothing yet\r\n");
    let out = xbas().arg("check").arg(&p).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("E0700") && stderr.contains("1 error"),
        "{stderr}"
    );
    let run = xbas().arg("run").arg(&p).output().unwrap();
    assert!(String::from_utf8_lossy(&run.stderr).contains("E0700"));
}
