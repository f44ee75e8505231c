//! `xbas import`: history through acd_map.ini to CSV or JSON Lines. The output file
//! appears only complete: it is written beside its final place and renamed on success.

use super::progress::Bar;
use crate::xlink::history::{Minute, StartText, Window, format_start, parse_start};
use crate::xlink::import::{Encode, Options, Sink, run};
use crate::xlink::map::Target;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

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

    fn write(&mut self, target: &crate::xlink::map::Target, start: i64, text: &str) {
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

/// Appends each row as `before` start `between` value `after`.
fn encode_rows(rows: &[(Minute, i64)], out: &mut Vec<u8>, [before, between, after]: [&str; 3]) {
    let (mut start_text, mut num) = (StartText::default(), itoa::Buffer::new());
    out.reserve(rows.len() * (before.len() + between.len() + after.len() + 24));
    for &(start, value) in rows {
        out.extend_from_slice(before.as_bytes());
        start_text.write(start, out);
        out.extend_from_slice(between.as_bytes());
        out.extend_from_slice(num.format(value).as_bytes());
        out.extend_from_slice(after.as_bytes());
    }
}

/// CSV rows: `db,parent_id,queue_id,value_type_id,start,value`.
struct Csv;

impl Encode for Csv {
    fn rows(&self, t: &Target, rows: &[(Minute, i64)], out: &mut Vec<u8>) {
        let db = if t.db.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", t.db.replace('"', "\"\""))
        } else {
            t.db.clone()
        };
        let before = format!("{db},{},{},{},", t.parent, t.queue, t.value_type);
        encode_rows(rows, out, [&before, ",", "\n"]);
    }
}

/// JSON Lines rows, keys in alphabetical order.
struct Jsonl;

impl Encode for Jsonl {
    fn rows(&self, t: &Target, rows: &[(Minute, i64)], out: &mut Vec<u8>) {
        let before = format!(
            "{{\"db\":{},\"parent_id\":{},\"queue_id\":{},\"start\":\"",
            serde_json::Value::from(t.db.as_str()),
            t.parent,
            t.queue
        );
        let after = format!(",\"value_type_id\":{}}}\n", t.value_type);
        encode_rows(rows, out, [&before, "\",\"value\":", &after]);
    }
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
    let header = kind == Kind::Csv
        && writeln!(writer, "db,parent_id,queue_id,value_type_id,start,value").is_err();
    let bar = Bar::new(a.verbose);
    let result = if header {
        Err(crate::xlink::import::ImportError::Io(
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
fn finish(summary: &crate::xlink::import::Summary) -> ExitCode {
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

fn write_sqlite(
    a: &Args,
    opts: &Options,
    out: &std::path::Path,
) -> Result<crate::xlink::import::Summary, String> {
    let sql = |e: rusqlite::Error| format!("{}: {e}", out.display());
    let mut conn = rusqlite::Connection::open(out).map_err(sql)?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS interval_values (
            db TEXT NOT NULL, parent_id INTEGER NOT NULL, queue_id INTEGER NOT NULL,
            value_type_id INTEGER NOT NULL, start TEXT NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (db, queue_id, value_type_id, start));",
    )
    .map_err(sql)?;
    let tx = conn.transaction().map_err(sql)?;
    let from = format_start(opts.window.from);
    let to = format_start(opts.window.to);
    let map = crate::xlink::map::AcdMap::read(&opts.map)
        .map_err(|e| format!("{}: {e}", opts.map.display()))?;
    for m in map.mappings() {
        let t = &m.target;
        tx.execute(
            "DELETE FROM interval_values WHERE db = ?1 AND queue_id = ?2 AND value_type_id = ?3 AND start >= ?4 AND start < ?5",
            rusqlite::params![t.db, t.queue, t.value_type, from, to],
        )
        .map_err(sql)?;
    }
    let mut log = Log::open(a)?;
    let summary = {
        let bar = Bar::new(a.verbose);
        let mut insert = tx
            .prepare(
                "INSERT OR REPLACE INTO interval_values (db, parent_id, queue_id, value_type_id, start, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(sql)?;
        let mut emit = |r: &crate::xlink::import::Row| {
            let t = &r.target;
            insert
                .execute(rusqlite::params![
                    t.db,
                    t.parent,
                    t.queue,
                    t.value_type,
                    format_start(r.start),
                    r.value
                ])
                .map(|_| ())
                .map_err(std::io::Error::other)
        };
        run(
            opts,
            Sink::Rows(&mut emit),
            |target, start, text| log.write(target, start, text),
            &bar,
        )
        .map_err(|e| e.to_string())?
    };
    tx.commit().map_err(sql)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets() -> Vec<Target> {
        [
            "DB:0:1:2",
            "Zürich \"Nord\", 2:10:-3:4",
            "a\\b\t\u{1}:1:2:3",
        ]
        .iter()
        .map(|t| Target::parse(t).unwrap())
        .collect()
    }

    const ROWS: &[(Minute, i64)] = &[
        (0, 0),
        (45_000 * 1440 + 15, -7),
        (45_000 * 1440 + 1425, i64::MAX),
    ];

    #[test]
    fn jsonl_rows_are_serde_json_objects() {
        for t in targets() {
            let mut out = Vec::new();
            Jsonl.rows(&t, ROWS, &mut out);
            let want: String = ROWS
                .iter()
                .map(|&(start, value)| {
                    let j = serde_json::json!({
                        "db": t.db, "parent_id": t.parent, "queue_id": t.queue,
                        "value_type_id": t.value_type, "start": format_start(start), "value": value,
                    });
                    format!("{j}\n")
                })
                .collect();
            assert_eq!(String::from_utf8(out).unwrap(), want);
        }
    }

    #[test]
    fn csv_rows_quote_the_db_name() {
        let mut out = Vec::new();
        Csv.rows(&targets()[1], &ROWS[1..2], &mut out);
        let want = format!(
            "\"Zürich \"\"Nord\"\", 2\",10,-3,4,{},-7\n",
            format_start(ROWS[1].0)
        );
        assert_eq!(String::from_utf8(out).unwrap(), want);
        let mut out = Vec::new();
        Csv.rows(&targets()[0], ROWS, &mut out);
        let text = String::from_utf8(out).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let got: Vec<Vec<String>> = r
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(
            got[2],
            [
                "DB",
                "0",
                "1",
                "2",
                &format_start(ROWS[2].0),
                &i64::MAX.to_string()
            ]
        );
    }
}
