//! The command line's conventions (issue 21): completions and a man page from the clap
//! definitions, `--color`, `NO_COLOR` and `-q` the same in every command, and the rule
//! for the two streams: what a command produces on stdout, diagnostics, warnings,
//! progress and summaries on stderr.

mod common;

use common::{dir, stderr, stdout, xbas};

/// The bundled example's import of one day.
fn example_import() -> Vec<&'static str> {
    vec![
        "import",
        "--map",
        "scripts/example/acd_map.ini",
        "--history",
        "scripts/example/history.csv",
        "--from",
        "2024-03-04",
        "--to",
        "2024-03-04",
    ]
}

#[test]
fn completions_and_the_man_page_come_from_the_command_definitions() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = xbas(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let text = stdout(&o);
        // Every subcommand is offered.
        for sub in [
            "check", "run", "test", "import", "verify", "fmt", "repl", "disasm", "gen", "map",
        ] {
            assert!(text.contains(sub), "{shell} completions lack {sub}");
        }
    }
    assert!(stdout(&xbas(&["completions", "bash"])).contains("--history"));
    let o = xbas(&["completions", "tcsh"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
    let o = xbas(&["man"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let man = stdout(&o);
    assert!(man.contains(".TH xbas 1"), "{man}");
    assert!(
        man.contains("Exit codes"),
        "the man page has the exit codes"
    );
}

#[test]
fn help_has_examples_and_exit_codes() {
    let help = stdout(&xbas(&["--help"]));
    for want in [
        "Examples:",
        "Exit codes:",
        "141",
        "stdout",
        "--color",
        "--quiet",
    ] {
        assert!(help.contains(want), "--help lacks {want}:\n{help}");
    }
    let help = stdout(&xbas(&["import", "--help"]));
    assert!(
        help.contains("Examples:") && help.contains("Exit codes:"),
        "{help}"
    );
    assert!(
        !help.contains("spec"),
        "--help cites the spec, which users don't have"
    );
}

#[test]
fn color_always_never_and_no_color() {
    let d = dir("conventions-color");
    let bad = d.file("bad.bas", "Sub Main()\n  Result = 1 +\nEnd Sub\n");
    let bad = bad.to_str().unwrap();
    let escape = |args: &[&str], no_color: bool| {
        let mut c = common::cmd();
        c.args(args);
        if no_color {
            c.env("NO_COLOR", "1");
        } else {
            c.env_remove("NO_COLOR");
        }
        let o = c.output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        stderr(&o).contains('\x1b')
    };
    // Piped stderr: no colour unless asked for.
    assert!(!escape(&["check", bad], false));
    assert!(escape(&["check", "--color", "always", bad], false));
    assert!(
        escape(&["--color", "always", "check", bad], false),
        "global flag"
    );
    assert!(!escape(&["check", "--color", "never", bad], true));
    assert!(escape(&["run", "--color=always", bad], false), "run too");
    let o = xbas(&["check", "--color", "sometimes", bad]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn quiet_drops_summaries_but_not_problems() {
    let d = dir("conventions-quiet");
    let bad = d.file("bad.bas", "Sub Main()\n  Result = 1 +\nEnd Sub\n");
    let good = d.file("good.bas", "Sub Main()\n  Result = 1\nEnd Sub\n");
    let o = xbas(&["check", "-q", good.to_str().unwrap()]);
    assert_eq!((o.status.code(), stderr(&o)), (Some(0), String::new()));
    let o = xbas(&["check", "--quiet", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("E0200") && !stderr(&o).contains("checked"));
    let mut args = example_import();
    args.push("-q");
    let o = xbas(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "-q import printed a summary");
    assert!(stdout(&o).lines().count() > 1);
}

/// One rule for every command: the data it produces on stdout, everything about it on
/// stderr. Each case: arguments, what stdout must contain, what stderr must contain (and
/// stdout must not).
#[test]
fn data_on_stdout_diagnostics_and_summaries_on_stderr() {
    let d = dir("conventions-streams");
    let bad = d.file("bad.bas", "Sub Main()\n  Result = 1 +\nEnd Sub\n");
    let bad = bad.to_str().unwrap();
    let map = d.file(
        "acd_map.ini",
        "DB:0:1:1=A:B:C\r\nDB:0:1:1=A:B:C\r\nDB:0:1:1=$1.BAS\r\n",
    );
    d.file("$1.BAS", "Sub Main()\r\n  Result = Para1\r\nEnd Sub\r\n");
    let map = map.to_str().unwrap();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["check", bad], "", "E0200"),
        (&["check", bad], "", "checked 1 file"),
        (
            &["check", "--format", "json", bad],
            "\"code\":\"E0200\"",
            "",
        ),
        (
            &["run", "scripts/default.bas", "--para", "1,2"],
            "Result = 100",
            "",
        ),
        (&["run", bad], "", "E0200"),
        (
            &["test", "tests/scripts/superinstructions.bas"],
            "passed, 0 failed",
            "",
        ),
        (&["disasm", "scripts/default.bas"], "RETURN", ""),
        (&["gen", "--paras", "2"], "Sub Main", ""),
        (&["map", "check", map], "duplicate", "1 mappings, 1 problem"),
        (&["map", "check", "--format", "json", map], "\"kind\"", ""),
        (&example_import(), "db,parent_id", "imported 4 mappings"),
    ];
    for (args, out, err) in cases {
        let o = xbas(args);
        let (so, se) = (stdout(&o), stderr(&o));
        assert!(so.contains(out), "{args:?}: stdout lacks {out:?}:\n{so}");
        assert!(se.contains(err), "{args:?}: stderr lacks {err:?}:\n{se}");
        if !err.is_empty() {
            assert!(!so.contains(err), "{args:?}: {err:?} on stdout:\n{so}");
        }
        if !out.is_empty() {
            assert!(!se.contains(out), "{args:?}: {out:?} on stderr:\n{se}");
        }
    }
}

/// Values are checked by clap as they are parsed: one error style, exit 2, before
/// anything runs (issue 21: dates parsed once, ranges declared).
#[test]
fn bad_values_are_usage_errors_in_one_style() {
    // The example import with `extra` options in place of its own.
    let import = |extra: &[&str]| {
        let mut args = example_import();
        for pair in extra.chunks(2) {
            match args.iter().position(|a| *a == pair[0]) {
                Some(i) => args[i + 1] = pair[1],
                None => args.extend_from_slice(pair),
            }
        }
        xbas(&args)
    };
    let cases: Vec<(std::process::Output, &str)> = vec![
        (
            import(&["--from", "2024-13-01"]),
            "'--from <DAY>': not a date",
        ),
        (import(&["--to", "24-03-04"]), "'--to <DAY>': not a date"),
        (import(&["--interval", "7"]), "'--interval <MINUTES>'"),
        (
            import(&["--busy-timeout", "86401"]),
            "'--busy-timeout <SECONDS>'",
        ),
        (import(&["--max-seconds", "0"]), "'--max-seconds <SECONDS>'"),
        (
            xbas(&["run", "scripts/default.bas", "--date", "2024-02-30"]),
            "'--date <DAY>': not a date",
        ),
        (
            xbas(&["run", "scripts/default.bas", "--weekday", "8"]),
            "'--weekday <WEEKDAY>'",
        ),
        (
            xbas(&["run", "scripts/default.bas", "--minutes", "1440"]),
            "'--minutes <MINUTES>'",
        ),
        (
            xbas(&["run", "scripts/default.bas", "--para", "1,x"]),
            "`x` (Para2) is not a number",
        ),
        (xbas(&["gen", "--paras", "1000"]), "'--paras <N>'"),
    ];
    for (o, want) in cases {
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{e}");
        assert!(
            e.starts_with("error: invalid value") && e.contains(want),
            "{want}: {e}"
        );
    }
    let o = import(&["--out", "o.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(".sqlite or .db"), "{}", stderr(&o));
}

/// `-` reads a script (check, run, test, disasm) or a history (import) from standard
/// input (issue 21, point 10).
#[test]
fn a_dash_reads_standard_input() {
    let with_stdin = |args: &[&str], input: &str| {
        let mut c = common::cmd();
        c.args(args);
        common::output_with_stdin(c, input)
    };
    let script = "'! para=4 => result=8\nSub Main()\n  Result = Para1 * 2\nEnd Sub\n";
    let o = with_stdin(&["run", "-", "--para", "4"], script);
    assert_eq!(
        (o.status.code(), stdout(&o)),
        (Some(0), "Result = 8\n".into())
    );
    let o = with_stdin(&["check", "-"], "Sub Main()\n  Result = 1 +\nEnd Sub\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("<stdin>:2:"), "{}", stderr(&o));
    let o = with_stdin(&["test", "-"], script);
    assert_eq!(
        (o.status.code(), stdout(&o)),
        (Some(0), "1 passed, 0 failed\n".into())
    );
    let o = with_stdin(&["disasm", "-"], script);
    assert!(stdout(&o).contains("Sub Main()"), "{}", stdout(&o));
    let history = std::fs::read_to_string("scripts/example/history.csv").unwrap();
    let mut args = example_import();
    args[4] = "-";
    let piped = with_stdin(&args, &history);
    let from_file = xbas(&example_import());
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert_eq!(stdout(&piped), stdout(&from_file));
    assert!(stdout(&piped).lines().count() > 100);
}
