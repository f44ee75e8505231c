//! `xbas run`, `xbas test` and `xbas disasm` end to end.

mod common;

use std::path::PathBuf;

use common::xbas;

/// A file in a new temporary folder (removed when the folder is dropped).
fn temp(name: &str, text: &str) -> (common::Dir, PathBuf) {
    let dir = common::dir("cli-run");
    let p = dir.file(name, text);
    (dir, p)
}

#[test]
fn run_default_script_prints_result() {
    let out = xbas(&["run", "scripts/default.bas", "--para", "12"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Result = 1200\n");
}

#[test]
fn run_unguarded_average_names_error_11_and_line() {
    let out = xbas(&["run", "scripts/average_unguarded.bas", "--para", "7,0"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error 11: Division by zero"), "{err}");
    assert!(err.contains("average_unguarded.bas:7:13"), "{err}");
    assert!(err.contains("Para1=7 Para2=0"), "{err}");
}

#[test]
fn endless_loop_stops_on_the_step_budget() {
    let (_dir, p) = temp("loop.bas", "Sub Main()\n  Do: Loop\nEnd Sub\n");
    let out = xbas(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("step budget"));
    let out = xbas(&["run", p.to_str().unwrap(), "--max-steps", "1000"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("step budget of 1000"));
}

#[test]
fn endless_recursion_is_out_of_stack_space() {
    let (_dir, p) = temp(
        "rec.bas",
        "Function F(N)\n  F = F(N + 1)\nEnd Function\nSub Main()\n  Result = F(1)\nEnd Sub\n",
    );
    let out = xbas(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error 28: Out of stack space"));
}

#[test]
fn run_prints_output_and_variables() {
    let (_dir, p) = temp(
        "vars.bas",
        "Dim Total As Long\nSub Main()\n  Print \"hi\"\n  Total = Para1 + Weekday\n  Result = Total\nEnd Sub\n",
    );
    let out = xbas(&[
        "run",
        p.to_str().unwrap(),
        "--para",
        "5",
        "--date",
        "2024-06-16",
        "--vars",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("hi\n"), "{text}");
    // Declared names as written, the script's own first, then the host inputs (issue 21:
    // they were lower-cased, in no useful order).
    assert!(
        text.contains("hi\nTotal = 6 (Long)\nPara1 = 5 (Double)\n"),
        "{text}"
    );
    assert!(text.ends_with("Result = 6\n"), "{text}");
}

#[test]
fn run_reports_compile_errors_and_bad_arguments() {
    let (_dir, p) = temp(
        "bad.bas",
        "Sub Main()\n  If Para1 > 1000\n  End If\nEnd Sub\n",
    );
    let out = xbas(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected `Then`"));
    let out = xbas(&["run", "scripts/default.bas", "--para", "1,x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`x` (Para2) is not a number"));
    let out = xbas(&["run", "scripts/default.bas", "--weekday", "9"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn test_command_closes_with_counts_and_fails_on_failures() {
    let out = xbas(&["test", "scripts"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.trim_end().ends_with("33 passed, 0 failed"), "{text}");
    let (_dir, p) = temp(
        "wrong.bas",
        "'! para=2 => result=201\n'! para=2 => result=200 output=\"x\\n\"\nSub Main()\n  Result = Para1 * 100\nEnd Sub\n",
    );
    let out = xbas(&["test", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(":1: expected result=201, got result=200"),
        "{text}"
    );
    assert!(
        text.contains(":2: expected output=\"x\\n\", got output=\"\""),
        "{text}"
    );
    assert!(text.trim_end().ends_with("0 passed, 2 failed"), "{text}");
}

/// A file that does not compile fails `xbas test` even without directives (issue 21: it
/// said "0 passed, 0 failed" and exit 0 for a script `run` refuses); so does one without
/// `Sub Main`.
#[test]
fn test_command_fails_a_file_that_does_not_compile() {
    for (name, text, line) in [
        (
            "broken.bas",
            "Sub Main()\n  If Para1 > 0\n    Result = 1\n  End If\nEnd Sub\n",
            2,
        ),
        ("empty.bas", "' nothing yet\n", 1),
    ] {
        let (_dir, p) = temp(name, text);
        let out = xbas(&["test", p.to_str().unwrap()]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{text}");
        assert!(
            text.contains(&format!("{name}:{line}: does not compile:")),
            "{text}"
        );
        assert!(text.trim_end().ends_with("0 passed, 1 failed"), "{text}");
    }
}

#[test]
fn disasm_lists_offsets_opcodes_and_lines() {
    let out = xbas(&["disasm", "scripts/average.bas"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Sub Main()"), "{text}");
    // Counts in the header agree with their nouns (issue 21: "1 procedures").
    assert!(
        text.contains("average.bas — 1 procedure, 5 globals, 2 constants\n"),
        "{text}"
    );
    assert!(text.contains("JUMP_IF_FALSE"), "{text}");
    assert!(text.contains("BINARY               /\n"), "{text}");
    assert!(text.contains("BINARY               * (widening)"), "{text}");
    // Line 8 holds the body of Main; RETURN belongs to End Sub on line 9. Its first
    // sequence runs as a superinstruction, listed with its typed register form (») and
    // the plain instruction it replaced (·). The untyped Para1 / Para2 * 100 is a tree
    // whose kinds come from the values.
    assert!(
        text.contains(
            "0000    8  F_COMPARE            global 3 (Para2) = const 0 (Integer 0) -> jump if false -> 0007 [4 ops]\n     »     T_CMP_JUMP           global 3 (Para2) = 0% -> jump if false -> 0007\n     ·     LOAD                 global 3 (Para2)\n0001    |  CONST"
        ),
        "{text}"
    );
    assert!(
        text.contains("T_TREE_VARIANT       global 4 (Para1) global 3 (Para2) / 100% * -> store Variant global 2 (Result) [6 ops]\n"),
        "{text}"
    );
    assert!(text.lines().any(|l| l.contains("   9  RETURN")), "{text}");
    // Then the kernel's register code: the test jumps past the Then arm.
    let kernel = text
        .split_once("; Main on the typed kernel: 5 instructions")
        .map(|(_, k)| k)
        .unwrap_or_else(|| panic!("{text}"));
    assert!(kernel.contains("    0 unless r1 Eq #0 -> 3\n"), "{kernel}");
    assert!(kernel.contains("    3 div    r4 = r2 r1\n"), "{kernel}");
}

#[test]
fn runaway_memory_is_an_error_not_a_crash() {
    let (_dir, p) = temp(
        "grow.bas",
        "Sub Main()\n  Dim S\n  S = \"x\"\n  Do\n    S = S & S\n  Loop\nEnd Sub\n",
    );
    let out = xbas(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error 7: Out of memory"));
    let (_dir, p) = temp(
        "big.bas",
        "Sub Main()\n  Dim A()\n  ReDim A(2000000000)\nEnd Sub\n",
    );
    let out = xbas(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error 7"));
}

/// Exit codes agree across commands (issue 21): a folder with nothing to check or test,
/// a folder where a script is expected, a script that is not there (also for `repl`) are
/// usage errors (exit 2) with the command's name, never a pass or an empty diagnostic.
#[test]
fn usage_errors_are_exit_2_in_every_command() {
    let d = common::dir("usage-errors");
    let empty = d.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let folder = empty.to_str().unwrap();
    for (args, says) in [
        (vec!["check", folder], "no .bas files in this folder"),
        (vec!["test", folder], "no .bas files in this folder"),
        (vec!["run", folder], "not a regular file"),
        (vec!["disasm", folder], "not a regular file"),
        (
            vec!["repl", "no-such-script.bas"],
            "xbas repl: no-such-script.bas: no such file",
        ),
        (vec!["run", "no-such-script.bas"], "no such file"),
    ] {
        let out = xbas(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains('╭'), "{args:?}: {err}");
    }
}
