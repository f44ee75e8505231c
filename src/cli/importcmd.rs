//! `xbas import`: history through acd_map.ini to CSV, JSON Lines or SQLite. The output
//! appears only complete ([`xbas_xlink::replace`]): a file is written beside its final
//! place and renamed on success; rows for standard output are spooled and copied out on
//! success (a pipe gets the CSV header early, so that `| head -1` can end the import).
//! Files named by the options must be different files.

use super::interrupt::Stop;
use super::pipe;
use super::progress::Bar;
use super::values::{OutputKind as Kind, output_kind};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use xbas_xlink::history::{Duplicates, Window, format_start};
use xbas_xlink::import::{Encode, ImportError, Options, Progress, Sink, run};
use xbas_xlink::output::{CSV_HEADER, Csv, Jsonl};
use xbas_xlink::replace::Replacement;

/// What an import reads, shared by `xbas import` and `xbas verify`.
#[derive(clap::Args, Debug)]
pub struct Source {
    /// The mapping file; scripts are found beside it.
    #[arg(long)]
    pub map: PathBuf,
    /// History CSV files (long `source,start,value` or wide `start,<source>,…`); `-`
    /// reads one from standard input.
    #[arg(long, num_args = 1.., required = true)]
    pub history: Vec<PathBuf>,
    /// First day, YYYY-MM-DD (inclusive).
    #[arg(long, value_name = "DAY", value_parser = super::values::day)]
    pub from: super::values::Day,
    /// Last day, YYYY-MM-DD (inclusive).
    #[arg(long, value_name = "DAY", value_parser = super::values::day)]
    pub to: super::values::Day,
    /// Interval length in minutes (a divisor of a day).
    #[arg(long, default_value_t = 15, value_name = "MINUTES", value_parser = super::values::interval)]
    pub interval: u32,
    /// Evaluate every interval of the range, also those without any value.
    #[arg(long)]
    pub fill: bool,
    /// A (source, start) given twice (the autumn hour that repeats does this), or one
    /// queue/value type mapped under two parents: `error` names both places and stops;
    /// `first`/`last` keep one, `sum` adds the values of duplicate records.
    #[arg(long, value_enum, default_value_t = DuplicatesArg::Error)]
    pub duplicates: DuplicatesArg,
}

/// The options of `xbas import`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub source: Source,
    /// Allow --fill over more than 10 million intervals per mapping.
    #[arg(long)]
    pub force: bool,
    /// Output file: .csv (default, stdout without --out), .jsonl, or .sqlite (also .db).
    /// CSV and JSON Lines rows come by mapping in map order; into SQLite (table
    /// interval_values) the mappings run in the table's key order: db, queue, value type.
    #[arg(long, value_name = "FILE", value_parser = super::values::output)]
    pub out: Option<PathBuf>,
    /// Skip failing intervals, list them, write the rest, exit 1.
    #[arg(long)]
    pub keep_going: bool,
    /// Where Print/MsgBox text of the scripts goes.
    #[arg(long)]
    pub log: Option<PathBuf>,
    /// Print/MsgBox text to stderr, above the progress bar.
    #[arg(long)]
    pub verbose: bool,
    /// SQLite output: how long to wait, in seconds, for another program that holds the
    /// database locked.
    #[arg(long, default_value = "10", value_name = "SECONDS", value_parser = super::values::wait)]
    pub busy_timeout: std::time::Duration,
    /// Wall time one script run may take; a run that takes longer fails like a runtime
    /// error (--keep-going skips it). Without it only the step budget bounds a run.
    #[arg(long, value_name = "SECONDS", value_parser = super::values::seconds)]
    pub max_seconds: Option<std::time::Duration>,
    /// Wall time the whole import may take; past it the import stops, naming the mapping
    /// and interval it was at, and writes nothing.
    #[arg(long, value_name = "SECONDS", value_parser = super::values::seconds)]
    pub max_total_seconds: Option<std::time::Duration>,
    /// The most history values (12 bytes each) held in memory. A longer history waits in
    /// a temporary file (in TMPDIR) and is read back a few mappings at a time, so memory
    /// stays bounded however many rows the files have.
    #[arg(long, value_name = "VALUES", default_value_t = xbas_xlink::import::HOLD)]
    pub in_memory: usize,
}

/// `--duplicates`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DuplicatesArg {
    Error,
    First,
    Last,
    Sum,
}

impl From<DuplicatesArg> for Duplicates {
    fn from(d: DuplicatesArg) -> Duplicates {
        match d {
            DuplicatesArg::Error => Duplicates::Error,
            DuplicatesArg::First => Duplicates::First,
            DuplicatesArg::Last => Duplicates::Last,
            DuplicatesArg::Sum => Duplicates::Sum,
        }
    }
}

/// Where the text scripts print goes: `--log FILE`, and stderr with `--verbose`; each
/// line is prefixed with the mapping and the interval. The log file is a replacement too:
/// it appears when the import ends (failed or not), and a write error (a full disk) is
/// reported, not lost.
struct Log {
    file: Option<(std::io::BufWriter<std::fs::File>, Replacement, PathBuf)>,
    verbose: bool,
    error: Option<std::io::Error>,
}

impl Log {
    fn open(a: &Args) -> Result<Log, String> {
        let file = match &a.log {
            None => None,
            Some(p) => {
                let mut r =
                    Replacement::new(p).map_err(|e| format!("--log {}: {e}", p.display()))?;
                let f = r
                    .file()
                    .try_clone()
                    .map_err(|e| format!("--log {}: {e}", p.display()))?;
                Some((std::io::BufWriter::new(f), r, p.clone()))
            }
        };
        Ok(Log {
            file,
            verbose: a.verbose,
            error: None,
        })
    }

    fn write(&mut self, target: &xbas_xlink::map::Target, start: i64, text: &str) {
        for line in text.lines() {
            let entry = format!("{target} {}: {line}", format_start(start));
            if let Some((f, _, _)) = self.file.as_mut() {
                if self.error.is_none() {
                    if let Err(e) = writeln!(f, "{entry}") {
                        self.error = Some(e);
                    }
                }
            }
            if self.verbose {
                eprintln!("{entry}");
            }
        }
    }

    /// Flushes and puts the log file in place.
    fn finish(self) -> Result<(), String> {
        let Some((mut f, r, path)) = self.file else {
            return Ok(());
        };
        let flushed = match self.error {
            Some(e) => Err(e),
            None => f.flush(),
        };
        drop(f);
        flushed.and_then(|()| r.commit()).map_err(|e| {
            format!(
                "--log {}: {e}; the log is incomplete and was not written",
                path.display()
            )
        })
    }
}

/// The most intervals `--fill` evaluates per mapping without `--force` (285 years of
/// quarter hours; a mistyped year would otherwise allocate tens of gigabytes).
const MAX_FILL: u64 = 10_000_000;

fn usage(msg: String) -> ExitCode {
    eprintln!("xbas import: {msg}");
    ExitCode::from(2)
}

pub fn import(a: Args) -> ExitCode {
    let (from, to) = (a.source.from.minute, a.source.to.minute + 1440);
    if to <= from {
        return usage(format!(
            "--to {} is before --from {}",
            format_day(a.source.to.minute),
            format_day(a.source.from.minute)
        ));
    }
    let window = Window {
        from,
        to,
        interval: a.source.interval as i64,
    };
    if a.source.fill && !a.force && window.count() > MAX_FILL {
        return usage(format!(
            "--fill from {} to {} is {} intervals per mapping (more than {MAX_FILL}); narrow the range, or add --force",
            format_day(a.source.from.minute),
            format_day(a.source.to.minute),
            window.count()
        ));
    }
    // `values::output` let only known kinds through.
    let Some(kind) = a.out.as_deref().map_or(Some(Kind::Csv), output_kind) else {
        return usage("--out: unknown output kind".into());
    };
    // `--history -`: standard input, copied to a temporary file first (the history is
    // read in parallel blocks, which needs a file); removed when the import ends.
    let mut a = a;
    let _stdin_copy = match stdin_history(&mut a.source.history) {
        Ok(d) => d,
        Err(e) => return usage(e),
    };
    for h in &a.source.history {
        if !h.exists() {
            return usage(format!("--history {}: no such file", h.display()));
        }
    }
    if !a.source.map.exists() {
        return usage(format!("--map {}: no such file", a.source.map.display()));
    }
    if let Some(e) = clash(&a) {
        return usage(e);
    }
    let stop = Stop::install();
    let opts = Options {
        map: a.source.map.clone(),
        history: a.source.history.clone(),
        window,
        fill: a.source.fill,
        keep_going: a.keep_going,
        duplicates: a.source.duplicates.into(),
        log_output: a.log.is_some() || a.verbose,
        max_run_time: a.max_seconds,
        deadline: a
            .max_total_seconds
            .and_then(|d| std::time::Instant::now().checked_add(d)),
        hold: a.in_memory,
        order: Default::default(),
    };
    if kind == Kind::Sqlite {
        if let Some(out) = &a.out {
            return import_sqlite(&a, &opts, out, &stop);
        }
    }
    // The output: a replacement of --out (renamed over it on success), or, for stdout,
    // an anonymous spool copied out on success: a failed import writes no row anywhere.
    let out_name = a
        .out
        .as_ref()
        .map_or("standard output".to_string(), |o| o.display().to_string());
    let mut target = match &a.out {
        Some(out) => match Replacement::new(out) {
            Ok(r) => Target::File(r),
            Err(e) => {
                eprintln!("xbas import: cannot write {out_name}: {e}");
                return ExitCode::from(1);
            }
        },
        None => match tempfile::tempfile() {
            Ok(f) => Target::Stdout(f),
            Err(e) => {
                eprintln!("xbas import: cannot make a temporary file for the output: {e}");
                return ExitCode::from(1);
            }
        },
    };
    let mut log = match Log::open(&a) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("xbas import: {e}");
            return ExitCode::from(1);
        }
    };
    let bar = Bar::new(super::quiet()).stopped_by(stop.any.clone());
    // A pipe's reader may stop early (`| head -1`): it gets the CSV header as soon as the
    // scripts have compiled and the history is being read, and when it goes away the
    // import stops there. The rows still come only after success.
    let to_pipe = matches!(target, Target::Stdout(_)) && pipe::stdout_is_pipe();
    let header_now = to_pipe && kind == Kind::Csv;
    let closed = Arc::new(AtomicBool::new(false));
    if to_pipe {
        pipe::watch_stdout(closed.clone(), stop.any.clone());
    }
    let progress = HeaderFirst {
        bar: &bar,
        header: std::sync::Once::new(),
        wanted: header_now,
    };
    let (result, flushed) = {
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, target.file());
        let result =
            if kind == Kind::Csv && !header_now && writeln!(writer, "{CSV_HEADER}").is_err() {
                Err(xbas_xlink::import::ImportError::Io(
                    "cannot write the output".into(),
                ))
            } else {
                let encode: &dyn Encode = if kind == Kind::Jsonl { &Jsonl } else { &Csv };
                run(
                    &opts,
                    Sink::Bytes(encode, &mut writer),
                    |target, start, text| bar.suspend(|| log.write(target, start, text)),
                    &progress,
                )
            };
        (result, writer.flush())
    };
    bar.clear();
    let logged = log.finish();
    let interrupted = matches!(result, Err(ImportError::Interrupted));
    if interrupted && closed.load(Ordering::SeqCst) {
        // The reader has all it wanted; the spool and temporary files are gone with it.
        return ExitCode::from(pipe::CLOSED);
    }
    let summary = match (result, flushed) {
        (Ok(s), Ok(())) => s,
        (Err(e), _) => {
            eprintln!("xbas import: {e}");
            eprintln!(
                "nothing was written{}",
                a.out.as_ref().map_or(String::new(), |o| format!(
                    " ({} is unchanged)",
                    o.display()
                ))
            );
            return if interrupted {
                stop.exit_code()
            } else {
                ExitCode::from(1)
            };
        }
        (Ok(_), Err(e)) => {
            eprintln!("xbas import: writing {out_name}: {e}; nothing was written");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = target.commit() {
        eprintln!("xbas import: {out_name}: {e}; nothing was written");
        return ExitCode::from(1);
    }
    if let Err(e) = logged {
        eprintln!("xbas import: {e}");
        return ExitCode::from(1);
    }
    finish(&summary)
}

/// Replaces a `-` among the history files by a copy of standard input (in a temporary
/// folder, returned so that it lives as long as the import).
pub(super) fn stdin_history(history: &mut [PathBuf]) -> Result<Option<tempfile::TempDir>, String> {
    let mut dashes = history.iter_mut().filter(|h| super::is_stdin(h));
    let Some(slot) = dashes.next() else {
        return Ok(None);
    };
    if dashes.next().is_some() {
        return Err("--history: `-` (standard input) can be given once".into());
    }
    let copy = || -> std::io::Result<(tempfile::TempDir, PathBuf)> {
        let dir = tempfile::Builder::new().prefix("xbas-stdin-").tempdir()?;
        let path = dir.path().join("stdin.csv");
        let mut file = std::fs::File::create(&path)?;
        std::io::copy(&mut std::io::stdin().lock(), &mut file)?;
        file.flush()?;
        Ok((dir, path))
    };
    let (dir, path) = copy().map_err(|e| format!("--history -: reading standard input: {e}"))?;
    *slot = path;
    Ok(Some(dir))
}

/// Two options naming the same file (`--log history.csv` would empty the history):
/// compared before anything is opened, by canonical path, and on Unix by device and
/// inode too (hard links). Files that are no regular files (`/dev/null`) may repeat.
fn clash(a: &Args) -> Option<String> {
    let mut named: Vec<(String, &std::path::Path)> = vec![("--map".into(), a.source.map.as_path())];
    named.extend(
        a.source
            .history
            .iter()
            .map(|h| ("--history".into(), h.as_path())),
    );
    named.extend(a.out.iter().map(|o| ("--out".into(), o.as_path())));
    named.extend(a.log.iter().map(|l| ("--log".into(), l.as_path())));
    let ids: Vec<Option<FileId>> = named.iter().map(|(_, p)| FileId::of(p)).collect();
    for i in 0..named.len() {
        for j in i + 1..named.len() {
            if let (Some(x), Some(y)) = (&ids[i], &ids[j]) {
                if x.same(y) {
                    let ((o1, p1), (o2, p2)) = (&named[i], &named[j]);
                    return Some(format!(
                        "{o1} {} and {o2} {} are the same file",
                        p1.display(),
                        p2.display()
                    ));
                }
            }
        }
    }
    None
}

/// What identifies a regular file, existing or about to be written.
pub(super) struct FileId {
    path: PathBuf,
    #[cfg(unix)]
    inode: Option<(u64, u64)>,
}

impl FileId {
    pub(super) fn of(p: &std::path::Path) -> Option<FileId> {
        let target = xbas_xlink::replace::resolve(p);
        let meta = std::fs::metadata(&target).ok();
        if meta.as_ref().is_some_and(|m| !m.is_file()) {
            return None;
        }
        let path = match std::fs::canonicalize(&target) {
            Ok(c) => c,
            Err(_) => {
                let folder = target
                    .parent()
                    .filter(|f| !f.as_os_str().is_empty())
                    .unwrap_or(std::path::Path::new("."));
                std::fs::canonicalize(folder)
                    .ok()?
                    .join(target.file_name()?)
            }
        };
        #[cfg(unix)]
        let inode = {
            use std::os::unix::fs::MetadataExt;
            meta.map(|m| (m.dev(), m.ino()))
        };
        Some(FileId {
            path,
            #[cfg(unix)]
            inode,
        })
    }

    pub(super) fn same(&self, other: &FileId) -> bool {
        #[cfg(unix)]
        if let (Some(a), Some(b)) = (self.inode, other.inode) {
            return a == b;
        }
        same_name(&self.path, &other.path)
    }
}

/// Windows file names are case-insensitive.
#[cfg(windows)]
fn same_name(a: &std::path::Path, b: &std::path::Path) -> bool {
    a.to_string_lossy()
        .eq_ignore_ascii_case(&b.to_string_lossy())
}

#[cfg(not(windows))]
fn same_name(a: &std::path::Path, b: &std::path::Path) -> bool {
    a == b
}

/// The import's progress, which also writes the CSV header to standard output when the
/// first phase begins (after every script has compiled), when `wanted`.
struct HeaderFirst<'a> {
    bar: &'a Bar,
    header: std::sync::Once,
    wanted: bool,
}

impl Progress for HeaderFirst<'_> {
    fn begin(&self, phase: &'static str, total: u64) {
        if self.wanted {
            self.header.call_once(|| {
                let mut out = std::io::stdout().lock();
                // A closed pipe ends the process here (see `pipe`); other errors show
                // again when the rows are copied out.
                let _ = writeln!(out, "{CSV_HEADER}").and_then(|()| out.flush());
            });
        }
        self.bar.begin(phase, total);
    }

    fn advance(&self, n: u64) {
        self.bar.advance(n);
    }

    fn stop(&self) -> Option<&Arc<AtomicBool>> {
        self.bar.stop()
    }
}

/// Where the rows go until the import has succeeded.
enum Target {
    File(Replacement),
    /// The spool of standard output.
    Stdout(std::fs::File),
}

impl Target {
    fn file(&mut self) -> &mut std::fs::File {
        match self {
            Target::File(r) => r.file(),
            Target::Stdout(f) => f,
        }
    }

    /// Puts the rows in place: renames the new file over --out, or copies the spool to
    /// standard output.
    fn commit(self) -> std::io::Result<()> {
        match self {
            Target::File(r) => r.commit(),
            Target::Stdout(mut f) => {
                use std::io::{Seek, SeekFrom};
                f.seek(SeekFrom::Start(0))?;
                let mut out = std::io::stdout().lock();
                std::io::copy(&mut f, &mut out)?;
                out.flush()
            }
        }
    }
}

/// `YYYY-MM-DD` of a day's first minute.
fn format_day(minute: i64) -> String {
    format_start(minute)
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The unused sources for the summary line: the first ten, then how many more.
fn unused_list(unused: &[String]) -> String {
    const SHOWN: usize = 10;
    match unused.len() {
        0 => String::new(),
        n if n <= SHOWN => format!(" ({})", unused.join(", ")),
        n => format!(" ({}, and {} more)", unused[..SHOWN].join(", "), n - SHOWN),
    }
}

/// Prints the closing summary; exit 1 when intervals failed (keep-going).
fn finish(summary: &xbas_xlink::import::Summary) -> ExitCode {
    for f in &summary.failures {
        eprintln!("failed: {f}");
    }
    // A mapped source without a value in the range is most often a typo in acd_map.ini:
    // its mapping gets no values from it, which would otherwise pass unseen. (Records
    // outside the range are skipped before their source is read, so it may also be one
    // the history has only on other days.)
    const SHOWN: usize = 10;
    for (target, source) in summary.absent_sources.iter().take(SHOWN) {
        eprintln!(
            "warning: {target} reads `{source}`, which has no value in the range (a typo in acd_map.ini?)"
        );
    }
    if summary.absent_sources.len() > SHOWN {
        eprintln!(
            "warning: and {} more mapped source(s) without a value in the range",
            summary.absent_sources.len() - SHOWN
        );
    }
    if summary.intervals == 0 && summary.failures.is_empty() {
        // A header and nothing else is most often a wrong --from/--to or history file.
        eprintln!(
            "warning: no interval of the range has a value of a mapped source: nothing to write ({} record(s) outside the range)",
            summary.outside
        );
    }
    if super::quiet() {
        return if summary.failures.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    eprintln!(
        "imported {} mappings: {} intervals, {} values written, {} failed, {} unused source(s){}, {} record(s) outside the range",
        summary.mappings,
        summary.intervals,
        summary.values,
        summary.failures.len(),
        summary.unused_sources.len(),
        unused_list(&summary.unused_sources),
        summary.outside
    );
    if summary.duplicates_resolved > 0 {
        eprintln!(
            "{} duplicate record(s) or mapping(s) resolved by --duplicates",
            summary.duplicates_resolved
        );
    }
    if summary.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// SQLite: table `interval_values`, primary key (db, queue_id, value_type_id, start).
/// The imported range of every mapped queue/value type is replaced in one transaction;
/// on any error the transaction is rolled back and the file keeps its rows. A new file
/// appears only complete, and no database file is ever deleted.
fn import_sqlite(a: &Args, opts: &Options, out: &std::path::Path, stop: &Stop) -> ExitCode {
    let existed = out.exists();
    match write_sqlite(a, opts, out, stop) {
        Ok(summary) => finish(&summary),
        Err(e) => {
            eprintln!("xbas import: {e}");
            if existed {
                eprintln!("nothing was written ({} keeps its rows)", out.display());
            } else {
                eprintln!("nothing was written");
            }
            if stop.any.load(std::sync::atomic::Ordering::SeqCst) {
                stop.exit_code()
            } else {
                ExitCode::from(1)
            }
        }
    }
}

#[cfg(feature = "sqlite")]
fn write_sqlite(
    a: &Args,
    opts: &Options,
    out: &std::path::Path,
    stop: &Stop,
) -> Result<xbas_xlink::import::Summary, String> {
    let mut log = Log::open(a)?;
    let bar = Bar::new(super::quiet()).stopped_by(stop.any.clone());
    let summary = xbas_xlink::output::to_sqlite(
        opts,
        out,
        a.busy_timeout,
        |target, start, text| bar.suspend(|| log.write(target, start, text)),
        &bar,
    );
    bar.clear();
    let logged = log.finish();
    let summary = summary?;
    logged?;
    Ok(summary)
}

#[cfg(not(feature = "sqlite"))]
fn write_sqlite(
    _: &Args,
    _: &Options,
    out: &std::path::Path,
    _: &Stop,
) -> Result<xbas_xlink::import::Summary, String> {
    Err(format!(
        "{}: this xbas was built without SQLite (feature `sqlite`)",
        out.display()
    ))
}
