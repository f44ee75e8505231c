//! `xbas verify`: the import run in memory and compared with the values the WFM system
//! holds (`xbas_xlink::verify`); the differences per mapping with their explanations on
//! stdout (text or JSON), and with `--report` a self-contained HTML report. Exit 0 when
//! everything matches within the tolerance, 1 when anything differs (or the import
//! cannot run), 2 on usage errors.

use super::interrupt::Stop;
use super::progress::Bar;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use xbas_xlink::expected::Expected;
use xbas_xlink::history::{Window, format_start};
use xbas_xlink::import::{ImportError, Options as ImportOptions, Progress};
use xbas_xlink::verify::{Diff, Options, Report, verify};

/// The options of `xbas verify`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub source: super::importcmd::Source,
    /// The values exported from the WFM system: CSV with the import's columns
    /// (db,parent_id,queue_id,value_type_id,start,value; header required, extra columns
    /// ignored), or a .sqlite file with the import's table.
    #[arg(long, num_args = 1.., required = true, value_name = "FILE")]
    pub expected: Vec<PathBuf>,
    /// The largest difference that still counts as equal.
    #[arg(long, default_value_t = 0.0, value_name = "N", value_parser = tolerance)]
    pub tolerance: f64,
    /// Write a self-contained HTML report (charts, explanations) to this file.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Output on stdout: text for people, or one JSON object.
    #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
    pub format: VerifyFormat,
    /// Differences listed per mapping (the largest, and the first).
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub show: usize,
    /// Intervals whose script fails are skipped (listed on stderr), so that their
    /// expected values count as only expected, instead of stopping the verification.
    #[arg(long)]
    pub keep_going: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyFormat {
    Text,
    Json,
}

fn tolerance(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(t) if t >= 0.0 && t.is_finite() => Ok(t),
        _ => Err(format!("`{s}` is not a number of 0 or more")),
    }
}

fn usage(msg: String) -> ExitCode {
    eprintln!("xbas verify: {msg}");
    ExitCode::from(2)
}

pub fn run(mut a: Args) -> ExitCode {
    // `--history -`: standard input, copied to a temporary file as for `xbas import`.
    let _stdin_copy = match super::importcmd::stdin_history(&mut a.source.history) {
        Ok(d) => d,
        Err(e) => return usage(e),
    };
    let (expected_files, src) = (&a.expected, &a.source);
    let (from, to) = (src.from.minute, src.to.minute + 1440);
    if to <= from {
        return usage("--to is before --from".into());
    }
    for (what, files) in [("--history", &src.history), ("--expected", expected_files)] {
        for f in files {
            if !f.exists() {
                return usage(format!("{what} {}: no such file", f.display()));
            }
        }
    }
    if !src.map.exists() {
        return usage(format!("--map {}: no such file", src.map.display()));
    }
    if let Some(r) = &a.report {
        if a.expected
            .iter()
            .chain(&src.history)
            .chain([&src.map])
            .any(|f| same_file(f, r))
        {
            return usage(format!("--report {} would overwrite an input", r.display()));
        }
    }
    let stop = Stop::install();
    let bar = Bar::new(super::quiet()).stopped_by(stop.any.clone());
    // The expected values first: a malformed export stops before the import runs.
    let mut expected = Expected::default();
    let total: u64 = a
        .expected
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    bar.begin("reading expected", total);
    for f in &a.expected {
        if let Err(e) = expected.read(f, &mut |n| bar.advance(n)) {
            bar.clear();
            eprintln!("xbas verify: {e}");
            return ExitCode::from(1);
        }
    }
    expected.finish();
    let opts = Options {
        import: ImportOptions {
            map: src.map.clone(),
            history: src.history.clone(),
            window: Window {
                from,
                to,
                interval: src.interval as i64,
            },
            fill: src.fill,
            keep_going: a.keep_going,
            duplicates: src.duplicates.into(),
            log_output: false,
            max_run_time: None,
            deadline: None,
            hold: xbas_xlink::import::HOLD,
            order: Default::default(),
        },
        tolerance: a.tolerance,
        keep: a.show.max(1),
    };
    let result = verify(&opts, expected, &bar);
    bar.clear();
    if let Ok(r) = &result {
        for f in &r.import.failures {
            eprintln!("failed (skipped): {f}");
        }
    }
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("xbas verify: {e}");
            return if matches!(e, ImportError::Interrupted) {
                stop.exit_code()
            } else {
                ExitCode::from(1)
            };
        }
    };
    if let Some(path) = &a.report {
        let html = xbas_xlink::report::html(&report);
        let written = xbas_xlink::replace::Replacement::new(path).and_then(|mut r| {
            r.file().write_all(html.as_bytes())?;
            r.commit()
        });
        if let Err(e) = written {
            eprintln!("xbas verify: --report {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    let out = match a.format {
        VerifyFormat::Text => text(&report, a.report.as_ref()),
        VerifyFormat::Json => json(&report),
    };
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(super::pipe::CLOSED);
    }
    if report.matches() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Whether two paths name one file, as `xbas import` compares its files (canonical
/// paths, and on Unix device and inode: the report must not replace an input).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    use super::importcmd::FileId;
    matches!((FileId::of(a), FileId::of(b)), (Some(x), Some(y)) if x.same(&y))
}

fn paras(d: &Diff) -> String {
    d.paras
        .iter()
        .enumerate()
        .map(|(k, p)| match p {
            Some(v) => format!("Para{}={v}", k + 1),
            None => format!("Para{}=—", k + 1),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn diff_line(d: &Diff) -> String {
    let side = |v: Option<String>| v.unwrap_or_else(|| "—".into());
    format!(
        "{}  xbas {}  expected {}  ({:+}){}",
        format_start(d.start),
        side(d.xbas.map(|v| v.to_string())),
        side(d.expected.map(|v| v.to_string())),
        d.delta(),
        if d.paras.is_empty() {
            String::new()
        } else {
            format!("  {}", paras(d))
        }
    )
}

/// The text report: one block per mapping, the verdict last.
fn text(r: &Report, report: Option<&PathBuf>) -> String {
    let mut o = String::new();
    use std::fmt::Write as _;
    for m in &r.mappings {
        let _ = writeln!(
            o,
            "{} {} ({}): {} compared, {} equal, {} different, {} only in xbas, {} only expected",
            if m.differs() { "DIFF" } else { "ok  " },
            m.target,
            m.script,
            m.compared,
            m.equal,
            m.different,
            m.only_xbas,
            m.only_expected
        );
        for e in &m.explanations {
            let _ = writeln!(o, "     explained ({}): {}", e.kind, e.text);
        }
        for d in &m.largest {
            let _ = writeln!(o, "     {}", diff_line(d));
        }
    }
    for ((db, q, vt), n) in &r.unmapped {
        let _ = writeln!(
            o,
            "DIFF {db} queue {q} value type {vt}: {n} expected values, and the map has no such mapping"
        );
    }
    if r.expected_outside > 0 {
        let _ = writeln!(
            o,
            "note: {} expected value(s) outside --from/--to were not compared",
            r.expected_outside
        );
    }
    let differing = r.mappings.iter().filter(|m| m.differs()).count();
    let _ = writeln!(
        o,
        "{}: {} of {} mapping(s) differ{}{}",
        if r.matches() { "match" } else { "differences" },
        differing,
        r.mappings.len(),
        if r.unmapped.is_empty() {
            String::new()
        } else {
            format!(", {} expected queue(s) not in the map", r.unmapped.len())
        },
        report.map_or(String::new(), |p| format!("; report: {}", p.display()))
    );
    o
}

/// The JSON report: the verdict and each mapping with its counts, explanations and
/// differences.
fn json(r: &Report) -> String {
    let diff = |d: &Diff| {
        serde_json::json!({
            "start": format_start(d.start),
            "xbas": d.xbas,
            "expected": d.expected,
            "difference": d.delta(),
            "paras": d.paras,
        })
    };
    let mappings: Vec<serde_json::Value> = r
        .mappings
        .iter()
        .map(|m| {
            serde_json::json!({
                "mapping": m.target,
                "script": m.script,
                "compared": m.compared,
                "equal": m.equal,
                "different": m.different,
                "only_xbas": m.only_xbas,
                "only_expected": m.only_expected,
                "explanations": m.explanations.iter().map(|e| serde_json::json!({"kind": e.kind, "text": e.text})).collect::<Vec<_>>(),
                "largest": m.largest.iter().map(diff).collect::<Vec<_>>(),
                "first": m.first.iter().map(diff).collect::<Vec<_>>(),
            })
        })
        .collect();
    let unmapped: Vec<serde_json::Value> = r
        .unmapped
        .iter()
        .map(|((db, q, vt), n)| serde_json::json!({"db": db, "queue_id": q, "value_type_id": vt, "values": n}))
        .collect();
    let v = serde_json::json!({
        "matches": r.matches(),
        "tolerance": r.tolerance,
        "expected_values": r.expected_rows,
        "expected_outside_range": r.expected_outside,
        "xbas_values": r.import.values,
        "mappings": mappings,
        "unmapped": unmapped,
    });
    format!("{v}\n")
}
