//! `xbas import`: history through acd_map.ini to CSV or JSON Lines. The output file
//! appears only complete: it is written beside its final place and renamed on success.

use super::progress::Bar;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use xbas_xlink::history::{Window, format_start, parse_start};
use xbas_xlink::import::{Encode, Options, Sink, run};
use xbas_xlink::output::{CSV_HEADER, Csv, Jsonl};

/// The options of `xbas import`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The mapping file; scripts are found beside it.
    #[arg(long)]
    pub map: PathBuf,
    /// History CSV files (long `source,start,value` or wide `start,<source>,…`).
    #[arg(long, num_args = 1.., required = true)]
    pub history: Vec<PathBuf>,
    /// First day, YYYY-MM-DD (inclusive).
    #[arg(long)]
    pub from: String,
    /// Last day, YYYY-MM-DD (inclusive).
    #[arg(long)]
    pub to: String,
    /// Interval length in minutes.
    #[arg(long, default_value_t = 15)]
    pub interval: u32,
    /// Evaluate every interval of the range, also those without any value.
    #[arg(long)]
    pub fill: bool,
    /// Output file: .csv (default, stdout without --out), .jsonl or .sqlite.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Skip failing intervals, list them, write the rest, exit 1.
    #[arg(long)]
    pub keep_going: bool,
    /// Where Print/MsgBox text of the scripts goes.
    #[arg(long)]
    pub log: Option<PathBuf>,
    /// Print/MsgBox text to stderr.
    #[arg(long)]
    pub verbose: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Csv,
    Jsonl,
    Sqlite,
}

/// Where the text scripts print goes: `--log FILE`, and stderr with `--verbose`; each
/// line is prefixed with the mapping and the interval.
struct Log {
    file: Option<std::io::BufWriter<std::fs::File>>,
    verbose: bool,
}

impl Log {
    fn open(a: &Args) -> Result<Log, String> {
        let file = match &a.log {
            None => None,
            Some(p) => Some(std::io::BufWriter::new(
                std::fs::File::create(p).map_err(|e| format!("--log {}: {e}", p.display()))?,
            )),
        };
        Ok(Log {
            file,
            verbose: a.verbose,
        })
    }

    fn write(&mut self, target: &xbas_xlink::map::Target, start: i64, text: &str) {
        for line in text.lines() {
            let entry = format!("{target} {}: {line}", format_start(start));
            if let Some(f) = self.file.as_mut() {
                let _ = writeln!(f, "{entry}");
            }
            if self.verbose {
                eprintln!("{entry}");
            }
        }
    }
}

fn usage(msg: String) -> ExitCode {
    eprintln!("xbas import: {msg}");
    ExitCode::from(2)
}

pub fn import(a: Args) -> ExitCode {
    let day = |s: &str, what: &str| {
        parse_start(&format!("{s} 00:00"))
            .map_err(|_| format!("--{what}: `{s}` is not a date (YYYY-MM-DD)"))
    };
    let (from, to) = match (day(&a.from, "from"), day(&a.to, "to")) {
        (Ok(f), Ok(t)) => (f, t + 1440),
        (Err(e), _) | (_, Err(e)) => return usage(e),
    };
    if to <= from {
        return usage(format!("--to {} is before --from {}", a.to, a.from));
    }
    if a.interval == 0 || 1440 % a.interval != 0 {
        return usage(format!(
            "--interval {} does not divide a day into whole intervals",
            a.interval
        ));
    }
    let kind = match a
        .out
        .as_ref()
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase())
    {
        None => Kind::Csv,
        Some(e) if e == "csv" => Kind::Csv,
        Some(e) if e == "jsonl" => Kind::Jsonl,
        Some(e) if e == "sqlite" || e == "db" => Kind::Sqlite,
        Some(e) => {
            return usage(format!(
                "--out: unknown output kind `.{e}` (use .csv or .jsonl)"
            ));
        }
    };
    for h in &a.history {
        if !h.exists() {
            return usage(format!("--history {}: no such file", h.display()));
        }
    }
    if !a.map.exists() {
        return usage(format!("--map {}: no such file", a.map.display()));
    }
    let opts = Options {
        map: a.map.clone(),
        history: a.history.clone(),
        window: Window {
            from,
            to,
            interval: a.interval as i64,
        },
        fill: a.fill,
        keep_going: a.keep_going,
    };
    if kind == Kind::Sqlite {
        if let Some(out) = &a.out {
            return import_sqlite(&a, &opts, out);
        }
    }
    // The output: stdout, or a temporary file beside --out.
    let tmp = a.out.as_ref().map(|out| {
        let name = out
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy().to_string());
        out.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
    });
    let mut writer: Box<dyn Write + Send> = match &tmp {
        None => Box::new(std::io::BufWriter::with_capacity(
            1 << 20,
            std::io::stdout(),
        )),
        Some(t) => match std::fs::File::create(t) {
            Ok(f) => Box::new(std::io::BufWriter::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!(
                    "xbas import: cannot write {}: {e}",
                    a.out
                        .as_ref()
                        .map_or(String::new(), |o| o.display().to_string())
                );
                return ExitCode::from(1);
            }
        },
    };
    let mut log = match Log::open(&a) {
        Ok(l) => l,
        Err(e) => {
            if let Some(t) = &tmp {
                let _ = std::fs::remove_file(t);
            }
            eprintln!("xbas import: {e}");
            return ExitCode::from(1);
        }
    };
    let header = kind == Kind::Csv && writeln!(writer, "{CSV_HEADER}").is_err();
    let bar = Bar::new(a.verbose);
    let result = if header {
        Err(xbas_xlink::import::ImportError::Io(
            "cannot write the output".into(),
        ))
    } else {
        let encode: &dyn Encode = if kind == Kind::Jsonl { &Jsonl } else { &Csv };
        run(
            &opts,
            Sink::Bytes(encode, &mut *writer),
            |target, start, text| log.write(target, start, text),
            &bar,
        )
    };
    bar.clear();
    let flushed = writer.flush();
    drop(writer);
    let summary = match (result, flushed) {
        (Ok(s), Ok(())) => s,
        (Err(e), _) => {
            if let Some(t) = &tmp {
                let _ = std::fs::remove_file(t);
            }
            eprintln!("xbas import: {e}");
            eprintln!(
                "nothing was written{}",
                a.out.as_ref().map_or(String::new(), |o| format!(
                    " ({} is unchanged)",
                    o.display()
                ))
            );
            return ExitCode::from(1);
        }
        (Ok(_), Err(e)) => {
            if let Some(t) = &tmp {
                let _ = std::fs::remove_file(t);
            }
            eprintln!("xbas import: writing the output: {e}");
            return ExitCode::from(1);
        }
    };
    if let (Some(t), Some(out)) = (&tmp, &a.out) {
        if let Err(e) = std::fs::rename(t, out) {
            let _ = std::fs::remove_file(t);
            eprintln!("xbas import: {}: {e}", out.display());
            return ExitCode::from(1);
        }
    }
    finish(&summary)
}

/// Prints the closing summary; exit 1 when intervals failed (keep-going).
fn finish(summary: &xbas_xlink::import::Summary) -> ExitCode {
    for f in &summary.failures {
        eprintln!("failed: {f}");
    }
    eprintln!(
        "imported {} mappings: {} intervals, {} values written, {} failed, {} unused source(s){}, {} record(s) outside the range",
        summary.mappings,
        summary.intervals,
        summary.values,
        summary.failures.len(),
        summary.unused_sources.len(),
        if summary.unused_sources.is_empty() {
            String::new()
        } else {
            format!(" ({})", summary.unused_sources.join(", "))
        },
        summary.outside
    );
    if summary.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// SQLite: table `interval_values`, primary key (db, queue_id, value_type_id, start).
/// The imported range of every mapped queue/value type is replaced in one transaction;
/// on any error the transaction is rolled back and the file keeps its rows (a file this
/// import created is removed again).
fn import_sqlite(a: &Args, opts: &Options, out: &std::path::Path) -> ExitCode {
    let existed = out.exists();
    match write_sqlite(a, opts, out) {
        Ok(summary) => finish(&summary),
        Err(e) => {
            if !existed {
                let _ = std::fs::remove_file(out);
            }
            eprintln!("xbas import: {e}");
            if existed {
                eprintln!("nothing was written ({} keeps its rows)", out.display());
            } else {
                eprintln!("nothing was written");
            }
            ExitCode::from(1)
        }
    }
}

#[cfg(feature = "sqlite")]
fn write_sqlite(
    a: &Args,
    opts: &Options,
    out: &std::path::Path,
) -> Result<xbas_xlink::import::Summary, String> {
    let mut log = Log::open(a)?;
    let bar = Bar::new(a.verbose);
    let summary = xbas_xlink::output::to_sqlite(
        opts,
        out,
        |target, start, text| log.write(target, start, text),
        &bar,
    );
    bar.clear();
    summary
}

#[cfg(not(feature = "sqlite"))]
fn write_sqlite(
    _: &Args,
    _: &Options,
    out: &std::path::Path,
) -> Result<xbas_xlink::import::Summary, String> {
    Err(format!(
        "{}: this xbas was built without SQLite (feature `sqlite`)",
        out.display()
    ))
}
