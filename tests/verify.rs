//! `xbas verify` on the bundled example (`scripts/example/verify/`): every planted
//! difference found and explained by the right classifier, exit 1; against xbas's own
//! import, exit 0; usage errors exit 2; and the HTML report loaded in headless Chromium
//! (when it is installed: `.ci/run` installs it and sets XBAS_REQUIRE_BROWSER=1, which
//! makes its absence a failure) renders without console errors, with one chart of two
//! series per differing mapping, and a screenshot kept under `target/`.

mod common;
use common::*;
use std::path::{Path, PathBuf};

fn args<'a>(expected: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec![
        "verify",
        "--map",
        "scripts/example/verify/acd_map.ini",
        "--history",
        "scripts/example/verify/history.csv",
        "--from",
        "2024-10-26",
        "--to",
        "2024-10-27",
        "--expected",
        expected,
    ];
    a.extend_from_slice(extra);
    a
}

fn json(o: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).expect("one JSON object on stdout")
}

/// Each mapping of the example, the counts it must have and the one explanation.
#[test]
fn finds_and_explains_every_planted_difference() {
    let o = xbas(&args(
        "scripts/example/verify/expected.csv",
        &["--format", "json"],
    ));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["matches"], false);
    let m = v["mappings"].as_array().expect("mappings");
    let by = |target: &str| {
        m.iter()
            .find(|x| x["mapping"] == target)
            .unwrap_or_else(|| panic!("no {target} in {v}"))
    };
    let kinds = |x: &serde_json::Value| -> Vec<String> {
        x["explanations"]
            .as_array()
            .expect("explanations")
            .iter()
            .map(|e| e["kind"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    // Planted in expected.csv (see acd_map.ini's comments); 192 intervals in the range.
    let ok = by("WFM:0:3001:1");
    assert_eq!(
        (ok["compared"].as_u64(), ok["equal"].as_u64()),
        (Some(192), Some(192))
    );
    assert!(kinds(ok).is_empty());
    let rounding = by("WFM:0:3001:2");
    assert!(rounding["different"].as_u64() > Some(10), "{rounding}");
    assert_eq!(kinds(rounding), ["rounding"]);
    for d in rounding["largest"].as_array().expect("differences") {
        assert_eq!(d["difference"].as_f64().map(f64::abs), Some(1.0), "{d}");
        assert_eq!(d["paras"].as_array().map(Vec::len), Some(2), "{d}");
    }
    assert_eq!(kinds(by("WFM:0:3002:1")), ["factor-100"]);
    let dst = by("WFM:0:3003:1");
    assert_eq!(dst["different"].as_u64(), Some(4));
    assert_eq!(kinds(dst), ["daylight-saving"]);
    let fill = by("WFM:0:3004:1");
    assert_eq!(
        (fill["only_expected"].as_u64(), fill["different"].as_u64()),
        (Some(80), Some(0))
    );
    assert_eq!(kinds(fill), ["empty-intervals"]);
    let absent = by("WFM:0:3005:1");
    assert_eq!(
        (absent["only_xbas"].as_u64(), absent["compared"].as_u64()),
        (Some(192), Some(0))
    );
    assert_eq!(kinds(absent), ["not-imported"]);
    // The text report says the same, mapping by mapping.
    let o = xbas(&args("scripts/example/verify/expected.csv", &[]));
    assert_eq!(o.status.code(), Some(1));
    let t = stdout(&o);
    assert!(t.contains("ok   WFM:0:3001:1"), "{t}");
    assert!(t.contains("explained (daylight-saving)"), "{t}");
    assert!(t.contains("differences: 5 of 6 mapping(s) differ"), "{t}");
}

/// Against the values of xbas's own import, everything matches: exit 0 (also with the
/// expected values in a SQLite file, as `xbas import --out x.sqlite` writes it).
#[test]
fn its_own_import_matches() {
    let d = dir("verify-own");
    for out in ["own.csv", "own.sqlite"] {
        let out = d.join(out);
        let out = out.to_str().expect("a UTF-8 path");
        let mut import = import_args(
            Path::new("scripts/example/verify/acd_map.ini"),
            Path::new("scripts/example/verify/history.csv"),
            "2024-10-26",
            "2024-10-27",
        );
        import.extend(["--out".to_string(), out.to_string()]);
        let o = cmd().args(&import).output().expect("xbas runs");
        assert!(o.status.success(), "{}", stderr(&o));
        let o = xbas(&args(out, &[]));
        assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
        assert!(stdout(&o).contains("match: 0 of 6 mapping(s) differ"));
    }
    // An export of a longer period than the range verified: the rest is not compared.
    let own = d.join("own.csv");
    let mut a = args(own.to_str().expect("UTF-8"), &[]);
    a[8] = "2024-10-26";
    let o = xbas(&a);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("note: 536 expected value(s) outside --from/--to were not compared"),
        "{}",
        stdout(&o)
    );
}

/// Several expected files count as one export: the example's split in two (each with its
/// header, the columns in another order in the second) gives the same counts.
#[test]
fn several_expected_files_are_one_export() {
    let whole =
        std::fs::read_to_string("scripts/example/verify/expected.csv").expect("the example");
    let mut lines = whole.lines();
    let header = lines.next().expect("a header");
    let rows: Vec<&str> = lines.collect();
    let (a, b) = rows.split_at(rows.len() / 2);
    let d = dir("verify-split");
    let first = d.file("a.csv", format!("{header}\n{}\n", a.join("\n")));
    // value first, then the rest: columns are found by name.
    let swapped: Vec<String> = b
        .iter()
        .map(|l| {
            let (rest, value) = l.rsplit_once(',').expect("six columns");
            format!("{value},{rest}")
        })
        .collect();
    let second = d.file(
        "b.csv",
        format!(
            "value,db,parent_id,queue_id,value_type_id,start\n{}\n",
            swapped.join("\n")
        ),
    );
    let counts = |o: &std::process::Output| -> Vec<String> {
        json(o)["mappings"]
            .as_array()
            .expect("mappings")
            .iter()
            .map(|m| {
                format!(
                    "{} {} {} {} {}",
                    m["mapping"], m["equal"], m["different"], m["only_xbas"], m["only_expected"]
                )
            })
            .collect()
    };
    let split = xbas(&args(
        first.to_str().expect("UTF-8"),
        &[second.to_str().expect("UTF-8"), "--format", "json"],
    ));
    let one = xbas(&args(
        "scripts/example/verify/expected.csv",
        &["--format", "json"],
    ));
    assert_eq!(split.status.code(), Some(1), "{}", stderr(&split));
    assert_eq!(counts(&split), counts(&one));
}

/// A tolerance covers differences up to it; bad options are usage errors (exit 2);
/// an expected file without the needed columns is an input error naming it (exit 1).
#[test]
fn tolerance_and_errors() {
    let o = xbas(&args(
        "scripts/example/verify/expected.csv",
        &["--tolerance", "1", "--format", "json"],
    ));
    let v = json(&o);
    let rounding = v["mappings"]
        .as_array()
        .and_then(|m| m.iter().find(|x| x["mapping"] == "WFM:0:3001:2"))
        .expect("the rounding mapping");
    assert_eq!(rounding["different"].as_u64(), Some(0));
    assert_eq!(xbas(&args("no-such.csv", &[])).status.code(), Some(2));
    assert_eq!(
        xbas(&args(
            "scripts/example/verify/expected.csv",
            &["--tolerance", "-1"]
        ))
        .status
        .code(),
        Some(2)
    );
    let d = dir("verify-bad");
    let bad = d.file(
        "bad.csv",
        "db,queue_id,start,value\nWFM,1,2024-10-26 00:00,1\n",
    );
    let o = xbas(&args(bad.to_str().expect("UTF-8"), &[]));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("value_type_id"), "{}", stderr(&o));
}

/// Where Chromium is, if installed.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|n| {
            std::env::var_os("PATH")
                .map(|p| {
                    std::env::split_paths(&p)
                        .map(|d| d.join(n))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .find(|p| p.is_file())
}

/// Loads `page` in headless Chromium: the DOM after loading, and what it logged.
fn load(browser: &Path, page: &Path, screenshot: Option<&Path>) -> (String, String) {
    let url = format!("file://{}", page.display());
    let mut c = std::process::Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1200,2400",
    ]);
    match screenshot {
        Some(s) => c.arg(format!("--screenshot={}", s.display())),
        None => c.arg("--dump-dom"),
    };
    let o = c.arg(&url).output().expect("chromium runs");
    (stdout(&o), stderr(&o))
}

/// The page's console messages among Chromium's log lines (`INFO:CONSOLE…`, whatever
/// their level: the report has no script, so any message is an error, such as a
/// malformed SVG attribute).
fn console_errors(log: &str) -> Vec<&str> {
    log.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

#[test]
fn the_report_renders_in_a_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("XBAS_REQUIRE_BROWSER").is_none(),
            "XBAS_REQUIRE_BROWSER is set but no Chromium is installed"
        );
        eprintln!("skipped: no chromium on PATH (.ci/run installs it)");
        return;
    };
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::create_dir_all(&target);
    let report = target.join("verify-report.html");
    let o = xbas(&args(
        "scripts/example/verify/expected.csv",
        &["--report", report.to_str().expect("UTF-8")],
    ));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // The check itself can fail: a chart with a malformed path is seen.
    let d = dir("verify-browser");
    let broken = d.file(
        "broken.html",
        "<!DOCTYPE html><html><body><svg width=\"10\" height=\"10\"><path d=\"M1 x\"/></svg></body></html>",
    );
    let (_, log) = load(&browser, &broken, None);
    assert!(
        !console_errors(&log).is_empty(),
        "a console error went unseen: {log}"
    );
    let (dom, log) = load(&browser, &report, None);
    assert!(console_errors(&log).is_empty(), "{log}");
    // Five mappings differ: five charts of two series each, five histograms.
    assert_eq!(dom.matches("class=\"chart\"").count(), 5, "{dom}");
    assert_eq!(dom.matches("class=\"series ").count(), 10);
    assert_eq!(dom.matches("class=\"histogram\"").count(), 5);
    assert!(dom.contains("daylight-saving"));
    let shot = target.join("verify-report.png");
    let _ = std::fs::remove_file(&shot);
    let (_, log) = load(&browser, &report, Some(&shot));
    assert!(console_errors(&log).is_empty(), "{log}");
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "{} bytes",
        png.len()
    );
}

/// On a terminal a progress bar shows while the expected values are read and while the
/// import runs (as `xbas import` has); the report follows it.
#[cfg(unix)]
#[test]
fn a_progress_bar_on_a_terminal() {
    use expectrl::Expect;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_xbas"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args("scripts/example/verify/expected.csv", &[]))
        .env("TERM", "xterm");
    let mut p = expectrl::Session::spawn(cmd).expect("xbas starts on a terminal");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    let before = p
        .expect("differences: 5 of 6")
        .expect("the verdict")
        .before()
        .to_vec();
    let text = String::from_utf8_lossy(&before);
    assert!(
        text.contains("reading expected") && text.contains("evaluating"),
        "no progress bar: {text}"
    );
}

/// A script that fails on an interval stops the verification (exit 1, the error named);
/// with --keep-going the interval is skipped and listed, and its expected value counts
/// as only expected.
#[test]
fn keep_going_skips_failing_intervals() {
    let d = dir("verify-fail");
    let map = d.file(
        "acd_map.ini",
        "W:0:1:1=A:Talk\nW:0:1:1=A:Calls\nW:0:1:1=$1.BAS\n",
    );
    d.file(
        "$1.BAS",
        "Sub Main()\n  Result = Para1 / Para2 * 100\nEnd Sub\n",
    );
    let history = d.file(
        "h.csv",
        "source,start,value\nA:Talk,2024-03-04 08:00,30\nA:Calls,2024-03-04 08:00,3\nA:Talk,2024-03-04 08:15,30\nA:Calls,2024-03-04 08:15,0\n",
    );
    let expected = d.file(
        "e.csv",
        "db,parent_id,queue_id,value_type_id,start,value\nW,0,1,1,2024-03-04 08:00,1000\nW,0,1,1,2024-03-04 08:15,0\n",
    );
    let run = |extra: &[&str]| {
        let mut a = vec![
            "verify",
            "--map",
            map.to_str().expect("UTF-8"),
            "--history",
            history.to_str().expect("UTF-8"),
            "--from",
            "2024-03-04",
            "--to",
            "2024-03-04",
            "--expected",
            expected.to_str().expect("UTF-8"),
            "--format",
            "json",
        ];
        a.extend_from_slice(extra);
        xbas(&a)
    };
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Division by zero"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let o = run(&["--keep-going"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("failed (skipped)"), "{}", stderr(&o));
    let m = &json(&o)["mappings"][0];
    assert_eq!(
        (m["equal"].as_u64(), m["only_expected"].as_u64()),
        (Some(1), Some(1)),
        "{m}"
    );
    // Explained as the failure it is, not as an interval without values.
    assert_eq!(m["explanations"][0]["kind"], "script-failed", "{m}");
    assert_eq!(m["explanations"].as_array().map(Vec::len), Some(1), "{m}");
}

/// `--report` never replaces an input: the expected file itself, or a hard link to it
/// (Unix), is a usage error and the file stays as it was.
#[test]
fn the_report_never_replaces_an_input() {
    let d = dir("verify-report-input");
    let original = std::fs::read("scripts/example/verify/expected.csv").expect("the example");
    let e = d.file("e.csv", &original);
    let e = e.to_str().expect("UTF-8");
    let mut reports = vec![e.to_string()];
    #[cfg(unix)]
    {
        let link = d.join("link.csv");
        std::fs::hard_link(e, &link).expect("a hard link");
        reports.push(link.to_str().expect("UTF-8").to_string());
    }
    for r in &reports {
        let o = xbas(&args(e, &["--report", r]));
        assert_eq!(o.status.code(), Some(2), "{r}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("would overwrite an input"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(std::fs::read(e).expect("the file"), original);
}
