//! The import: every mapping of `acd_map.ini`, in order of first appearance,
//! evaluated over the intervals of the history where one of its sources has a value (or
//! every interval of the range with `fill`), one compiled program per script. Rows come
//! out ordered by mapping, then interval start.

use super::check::{Context, Problem, Scripts, check_scripts};
use super::history::{
    Column, Duplicate, Duplicates, History, Minute, Unreadable, Window, format_start, read_file,
};
use super::map::{AcdMap, Target};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use xbas::runtime::datetime::weekday_of;
use xbas::runtime::error::{INTERRUPTED, TIME_LIMIT};
use xbas::vm::Program;

/// One stored value.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub target: &'a Target,
    /// Interval start, minutes since 1899-12-30 00:00.
    pub start: Minute,
    pub value: i64,
    /// The mapping's sources, where the interval's Para values can be looked up.
    pub inputs: Inputs<'a>,
}

/// The sources of a mapping (Para1..N), as the import holds them while its rows are
/// handed over: looking up an interval's values costs a search, so a sink asks only for
/// the rows it shows (`xbas verify`'s largest differences). With the starts of the
/// mapping's intervals that failed and were skipped (keep-going), in order.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    columns: &'a [Option<&'a Column>],
    failed: &'a [Minute],
}

impl Inputs<'_> {
    /// Para1..N at `start`: None where the source has no value (the script saw 0).
    pub fn paras(&self, start: Minute) -> Vec<Option<f64>> {
        self.columns
            .iter()
            .map(|c| c.and_then(|c| c.get(start)))
            .collect()
    }

    /// The starts of the mapping's intervals that failed (skipped with keep-going).
    pub fn failed(&self) -> &[Minute] {
        self.failed
    }
}

impl std::fmt::Debug for Inputs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Inputs({} sources, {} failed)",
            self.columns.len(),
            self.failed.len()
        )
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub map: PathBuf,
    pub history: Vec<PathBuf>,
    pub window: Window,
    pub fill: bool,
    pub keep_going: bool,
    /// A (source, start) given twice, or a queue/value type mapped under two parents:
    /// an error (the default) or resolved by a policy.
    pub duplicates: Duplicates,
    /// Whether the text scripts print (`Print`, `MsgBox`) goes to the log callback;
    /// without a log it is dropped as it comes instead of kept for the whole mapping.
    pub log_output: bool,
    /// Wall time one script run may take (else only the step budget bounds it): a run
    /// that takes longer fails like a runtime error (so `keep_going` skips it).
    pub max_run_time: Option<std::time::Duration>,
    /// When the whole import stops with [`ImportError::Deadline`], running scripts
    /// included, naming the mapping and interval it was at.
    pub deadline: Option<std::time::Instant>,
    /// The most history values (12 bytes each) held in memory: past it they wait in a
    /// temporary file, and mappings are evaluated a few at a time with their sources read
    /// back, so memory stays bounded however long the history ([`HOLD`] by default).
    pub hold: usize,
    /// The order the rows come in.
    pub order: Order,
}

/// The order of an import's rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// By mapping (in order of first appearance in the map), then interval start: the
    /// output's order (spec 4.2).
    #[default]
    Map,
    /// By target as the SQLite table's primary key orders them ([`Target::key`]), then
    /// interval start: the table's own order, in which its b-tree is written fastest.
    Key,
}

/// The default of [`Options::hold`]: 4 million values, 48 MB. Measured on the 10-million-
/// row bench history: spilled with this, 1.5–1.7 s and 100–137 MB peak RSS; held in
/// memory, 1.6–1.7 s and 225–239 MB (alternating runs).
pub const HOLD: usize = 4_000_000;

/// The most printed text one mapping keeps for the log (the rest is counted).
const MAX_LOG_BYTES: usize = 64 << 20;

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub mappings: usize,
    pub intervals: u64,
    pub values: u64,
    pub unused_sources: Vec<String>,
    /// Sources a mapping reads that have no value in the range (mapping, source): a
    /// mistyped source name gives a mapping without values, which is worth a word.
    pub absent_sources: Vec<(String, String)>,
    pub outside: u64,
    /// With `keep_going`: the intervals that failed, one message each.
    pub failures: Vec<String>,
    /// The same intervals: the mapping (as `db:parent:queue:value type`) and the start.
    pub failed_at: Vec<(String, Minute)>,
    /// Records and mappings given twice that the duplicates policy resolved.
    pub duplicates_resolved: u64,
}

/// Why an import could not run or stopped.
#[derive(Debug)]
pub enum ImportError {
    /// The map (its path as given) has problems that make an import wrong.
    Map(String, Vec<Problem>),
    /// A script does not compile.
    Script(String),
    /// A history file is unreadable or malformed.
    History(super::history::HistoryError),
    /// A runtime error in an interval (without keep-going).
    Run(String),
    Io(String),
    /// Stopped by [`Progress::stop`] (an interrupt).
    Interrupted,
    /// A record or a mapping given twice, with no policy to resolve it.
    Duplicate(String),
    /// [`Options::deadline`] passed; where the import was.
    Deadline(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Duplicate(m) => write!(f, "{m}"),
            ImportError::Interrupted => write!(f, "interrupted"),
            ImportError::Map(map, ps) => {
                for p in ps {
                    writeln!(f, "{map}:{}: {}: {}", p.line, p.kind, p.message)?;
                }
                write!(
                    f,
                    "the map has {} problem(s) that stop the import (see `xbas map check`)",
                    ps.len()
                )
            }
            ImportError::Deadline(at) => write!(f, "the import's deadline passed {at}"),
            ImportError::Script(s) | ImportError::Run(s) | ImportError::Io(s) => f.write_str(s),
            ImportError::History(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reports the progress of a long import (a progress bar, or nothing).
pub trait Progress: Sync {
    /// A phase begins; `total` counts its units (bytes read, then intervals evaluated).
    fn begin(&self, _phase: &'static str, _total: u64) {}
    /// `n` more units are done.
    fn advance(&self, _n: u64) {}
    /// A flag that, once set (by a signal handler, say), stops the import where it is,
    /// running scripts included: it fails with [`ImportError::Interrupted`].
    fn stop(&self) -> Option<&Arc<AtomicBool>> {
        None
    }
}

/// Whether the import was asked to stop.
fn stopped(progress: &dyn Progress) -> bool {
    progress.stop().is_some_and(|f| f.load(Ordering::Relaxed))
}

/// Whether the import's deadline has passed.
fn late(opts: &Options) -> bool {
    opts.deadline
        .is_some_and(|d| std::time::Instant::now() >= d)
}

/// No progress reports.
pub struct Quiet;

impl Progress for Quiet {}

/// Turns one mapping's rows into output bytes. It runs on the worker threads, so that
/// formatting millions of rows is shared out like evaluating them.
pub trait Encode: Sync {
    /// Appends `rows` (interval start, stored value) of the mapping to `target`.
    fn rows(&self, target: &Target, rows: &[(Minute, i64)], out: &mut Vec<u8>);
}

/// Where the rows of an import go, in output order.
pub enum Sink<'a> {
    /// One call per row (SQLite, programs embedding the import).
    Rows(&'a mut dyn FnMut(&Row) -> std::io::Result<()>),
    /// Bytes made by an encoder, written to a writer (CSV, JSON Lines).
    Bytes(&'a dyn Encode, &'a mut (dyn std::io::Write + Send)),
}

/// Runs an import; `sink` receives the rows in output order, `log` the text scripts print
/// (after the rows of earlier intervals of the same mapping).
pub fn run(
    opts: &Options,
    sink: Sink,
    mut log: impl FnMut(&Target, Minute, &str) + Send,
    progress: &dyn Progress,
) -> Result<Summary, ImportError> {
    let map = AcdMap::read(&opts.map)
        .map_err(|e| ImportError::Io(format!("{}: {e}", opts.map.display())))?;
    let folder = opts
        .map
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let mut scripts = Scripts::default();
    let problems = check_scripts(
        &map,
        &Context {
            folder: Some(folder.clone()),
            db_names: None,
        },
        &mut scripts,
    );
    if map.mappings().is_empty() {
        return Err(ImportError::Io(format!(
            "{}: {}",
            opts.map.display(),
            super::map::NO_MAPPINGS
        )));
    }
    let blocking: Vec<Problem> = problems.into_iter().filter(|p| p.blocks_import).collect();
    if !blocking.is_empty() {
        return Err(ImportError::Map(opts.map.display().to_string(), blocking));
    }
    let (mut mappings, resolved_mappings) = one_per_target(map.mappings(), opts.duplicates)?;
    if opts.order == Order::Key {
        mappings.sort_by(|a, b| a.target.key().cmp(&b.target.key()));
    }
    // Every mapping has its one script file (else the check blocked), compiled once by
    // the check and shared by all workers: a script that does not compile stops the
    // import before the history is read.
    let program = |file: &str| match scripts.get(file) {
        Some(Ok(p)) => Ok(p),
        Some(Err(e)) => Err(ImportError::Script(e.render(false))),
        None => Err(ImportError::Script(format!("{file}: not found"))),
    };
    for m in &mappings {
        if let Some((_, file)) = m.scripts.first() {
            program(file)?;
        }
    }
    let total_bytes: u64 = opts
        .history
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    progress.begin("reading history", total_bytes);
    let mut history = History::default();
    history.hold_at_most(opts.hold);
    for (k, f) in opts.history.iter().enumerate() {
        if stopped(progress) {
            return Err(ImportError::Interrupted);
        }
        if late(opts) {
            return Err(ImportError::Deadline(format!(
                "before reading {}",
                f.display()
            )));
        }
        history.begin_file(k);
        read_file(f, opts.window, &mut history, &mut |n| progress.advance(n))
            .map_err(ImportError::History)?;
    }
    let duplicate = |d: Duplicate| {
        let file = |k: usize| {
            opts.history
                .get(k)
                .map_or(String::new(), |p| p.display().to_string())
        };
        let (a, b) = (file(d.first_file), file(d.second_file));
        let places = if a == b {
            format!("twice in {a}")
        } else {
            format!("in {a} and in {b}")
        };
        ImportError::Duplicate(format!(
            "{} at {} is given {places} (the hour that repeats when clocks go back does this); choose which value counts with --duplicates first, last or sum",
            d.source,
            format_start(d.start)
        ))
    };
    let resolved_records = history.finish_with(opts.duplicates).map_err(duplicate)?;
    let mut summary = Summary {
        mappings: mappings.len(),
        outside: history.outside,
        duplicates_resolved: resolved_records + resolved_mappings,
        ..Summary::default()
    };
    let mut used: HashSet<&str> = HashSet::new();
    let mut plans = Vec::new();
    for m in &mappings {
        let Some((_, file)) = m.scripts.first() else {
            continue;
        };
        let program = program(file)?;
        let mut seen = HashSet::new();
        let sources: Vec<&str> = m
            .sources
            .iter()
            .map(|(_, p)| p.trim())
            .filter(|p| seen.insert(*p))
            .collect();
        used.extend(sources.iter().copied());
        for s in &sources {
            if !history.values.contains_key(*s) {
                summary
                    .absent_sources
                    .push((m.target.to_string(), s.to_string()));
            }
        }
        let count = if opts.fill {
            opts.window.count()
        } else if history.spilled() {
            // Before its duplicates are resolved: close enough for the progress bar.
            sources.iter().map(|s| history.count(s)).max().unwrap_or(0) as u64
        } else {
            let columns: Vec<Option<&Column>> =
                sources.iter().map(|s| history.values.get(*s)).collect();
            count_starts(&columns)
        };
        plans.push(Plan {
            target: &m.target,
            file,
            program,
            sources,
            count,
        });
    }
    if history.spilled() {
        // The sources no mapping uses are read back once, so that their duplicates stop
        // the import or are counted as they would be in memory.
        let mut unused: Vec<&String> = history
            .values
            .keys()
            .filter(|s| !used.contains(s.as_str()))
            .collect();
        unused.sort();
        let resolved: Vec<u64> = unused
            .par_iter()
            .map(|name| Ok(history.column(name)?.map_or(0, |(_, r)| r)))
            .collect::<Result<_, Unreadable>>()
            .map_err(|e| unreadable(e, &duplicate))?;
        summary.duplicates_resolved += resolved.iter().sum::<u64>();
    }
    progress.begin("evaluating", plans.iter().map(|j| j.count).sum());
    let spares = Spares::default();
    let spares = &spares;
    let env = |encode| Env {
        opts,
        spares,
        progress,
        encode,
        history: &history,
        duplicate: &duplicate,
    };
    // Mappings are evaluated a group at a time; the writer holds at most one group more.
    let chunk = rayon::current_num_threads().max(1) * 2;
    let failed = |what: &str| ImportError::Io(format!("writing the output: {what}"));
    match sink {
        Sink::Rows(emit) => evaluate_all(&plans, chunk, env(None), &mut summary, |t, c, out| {
            deliver(&out.rows, &out.logs, &mut log, t, |rows| {
                for &(start, value) in rows {
                    emit(&Row {
                        target: t,
                        start,
                        value,
                        inputs: Inputs {
                            columns: c,
                            failed: &out.failed_at,
                        },
                    })?;
                }
                Ok(())
            })
            .map_err(|e| failed(&e.to_string()))?;
            spares.give(out);
            Ok(())
        })?,
        // A writer thread writes while the next mappings are evaluated.
        Sink::Bytes(encode, w) => std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<(&Target, Outcome)>(chunk);
            let log = &mut log;
            let writer = scope.spawn(move || -> std::io::Result<()> {
                for (t, out) in rx {
                    deliver(&out.bytes, &out.logs, log, t, |bytes| w.write_all(bytes))?;
                    spares.give(out);
                }
                Ok(())
            });
            let evaluated = evaluate_all(
                &plans,
                chunk,
                env(Some(encode)),
                &mut summary,
                |t, _, out| tx.send((t, out)).map_err(|_| failed("the writer stopped")),
            );
            drop(tx);
            match writer.join() {
                Ok(Ok(())) => evaluated,
                Ok(Err(e)) => Err(failed(&e.to_string())),
                Err(_) => Err(failed("the writer failed")),
            }
        })?,
    }
    let mut unused: Vec<String> = history
        .values
        .keys()
        .filter(|s| !used.contains(s.as_str()))
        .cloned()
        .collect();
    unused.sort();
    summary.unused_sources = unused;
    Ok(summary)
}

/// The mappings to run: one per (db, queue, value type). The same queue/value type under
/// two parent ids would give two rows with one key; it is an error naming both lines,
/// unless `policy` keeps the first or the last of them (`sum` cannot add mappings).
fn one_per_target(
    mappings: Vec<super::map::Mapping>,
    policy: Duplicates,
) -> Result<(Vec<super::map::Mapping>, u64), ImportError> {
    let mut groups: HashMap<(String, i64, i64), Vec<usize>> = HashMap::new();
    for (i, m) in mappings.iter().enumerate() {
        groups.entry(m.target.queue_key()).or_default().push(i);
    }
    let mut keep = vec![true; mappings.len()];
    let mut resolved = 0;
    let mut clashes: Vec<&Vec<usize>> = groups.values().filter(|g| g.len() > 1).collect();
    clashes.sort();
    for group in clashes {
        let (a, b) = (&mappings[group[0]], &mappings[group[1]]);
        let kept = match policy {
            Duplicates::First => group[0],
            Duplicates::Last => group[group.len() - 1],
            Duplicates::Error | Duplicates::Sum => {
                return Err(ImportError::Duplicate(format!(
                    "queue {} / value type {} of {} is mapped under parent {} (acd_map.ini line {}) and under parent {} (line {}): both would write the same rows; choose one with --duplicates first or last, or correct the map (map check --fix --queues)",
                    a.target.queue,
                    a.target.value_type,
                    a.target.db,
                    a.target.parent,
                    a.first_line + 1,
                    b.target.parent,
                    b.first_line + 1
                )));
            }
        };
        for &i in group {
            if i != kept {
                keep[i] = false;
                resolved += 1;
            }
        }
    }
    let kept = mappings
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect();
    Ok((kept, resolved))
}

/// The error of a spilled source that could not be read back.
fn unreadable(e: Unreadable, duplicate: &dyn Fn(Duplicate) -> ImportError) -> ImportError {
    match e {
        Unreadable::Duplicate(d) => duplicate(d),
        Unreadable::Io(e) => {
            ImportError::Io(format!("reading the history back from its spill file: {e}"))
        }
    }
}

/// What evaluating a mapping works with besides the mapping.
#[derive(Clone, Copy)]
struct Env<'a> {
    opts: &'a Options,
    spares: &'a Spares,
    progress: &'a dyn Progress,
    /// For a byte sink: the rows are encoded where they are evaluated.
    encode: Option<&'a dyn Encode>,
    history: &'a History,
    /// The error of a source given twice at one start.
    duplicate: &'a (dyn Fn(Duplicate) -> ImportError + Sync),
}

/// The next group of mappings evaluated together: at most `chunk`, and when the history
/// was spilled, no more than the history may hold in memory (at least one mapping).
fn next_group<'p, 'j>(plans: &'p [Plan<'j>], chunk: usize, env: Env) -> &'p [Plan<'j>] {
    if !env.history.spilled() {
        return &plans[..chunk.min(plans.len())];
    }
    let mut names = HashSet::new();
    let mut values = 0;
    let mut n = 0;
    for p in plans.iter().take(chunk) {
        let more: usize = p
            .sources
            .iter()
            .filter(|s| !names.contains(*s))
            .map(|s| env.history.count(s))
            .sum();
        if n > 0 && values + more > env.opts.hold {
            break;
        }
        names.extend(p.sources.iter().copied());
        values += more;
        n += 1;
    }
    &plans[..n.max(1).min(plans.len())]
}

/// Evaluates the mappings in parallel, a group at a time (with their sources read back
/// when the history was spilled), and hands each one's outcome over in mapping order, so
/// that rows come out in order without holding every mapping's rows at once.
fn evaluate_all<'j>(
    plans: &[Plan<'j>],
    chunk: usize,
    env: Env,
    summary: &mut Summary,
    mut hand_over: impl FnMut(&'j Target, &[Option<&Column>], Outcome) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    // The sources whose resolved duplicates were counted.
    let mut counted: HashSet<&str> = HashSet::new();
    let mut rest = plans;
    while !rest.is_empty() {
        let group = next_group(rest, chunk, env);
        rest = &rest[group.len()..];
        if stopped(env.progress) {
            return Err(ImportError::Interrupted);
        }
        if late(env.opts) {
            return Err(ImportError::Deadline(format!(
                "before mapping {}",
                group[0].target
            )));
        }
        let mut names: Vec<&str> = group
            .iter()
            .flat_map(|p| p.sources.iter().copied())
            .collect();
        names.sort_unstable();
        names.dedup();
        let read = |name: &&str| env.history.column(name);
        let columns: Vec<_> = if env.history.spilled() {
            names.par_iter().map(read).collect()
        } else {
            names.iter().map(read).collect()
        };
        let mut by_name: HashMap<&str, Cow<Column>> = HashMap::new();
        for (name, c) in names.iter().zip(columns) {
            if let Some((c, resolved)) = c.map_err(|e| unreadable(e, env.duplicate))? {
                if counted.insert(name) {
                    summary.duplicates_resolved += resolved;
                }
                by_name.insert(name, c);
            }
        }
        let jobs: Vec<Job> = group
            .iter()
            .map(|p| Job {
                target: p.target,
                file: p.file,
                program: p.program,
                columns: p
                    .sources
                    .iter()
                    .map(|s| by_name.get(s).map(|c| c.as_ref()))
                    .collect(),
            })
            .collect();
        let outcomes: Vec<Outcome> = jobs.par_iter().map(|job| evaluate(job, env)).collect();
        for ((plan, job), mut out) in group.iter().zip(&jobs).zip(outcomes) {
            summary.intervals += out.intervals;
            summary.values += out.rows.len() as u64;
            summary.failures.append(&mut out.failures);
            let target = plan.target.to_string();
            summary
                .failed_at
                .extend(out.failed_at.iter().map(|m| (target.clone(), *m)));
            let error = out.error.take();
            hand_over(plan.target, &job.columns, out)?;
            if let Some(e) = error {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// Passes one mapping's output — its rows, or their bytes — to `write`, with the text its
/// script printed logged where the log entries' places (`at`: an index into `items`) say.
fn deliver<T>(
    items: &[T],
    logs: &[(Minute, String, usize)],
    log: &mut impl FnMut(&Target, Minute, &str),
    target: &Target,
    mut write: impl FnMut(&[T]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut done = 0;
    for (start, text, at) in logs {
        write(&items[done..*at])?;
        done = *at;
        log(target, *start, text);
    }
    write(&items[done..])
}

/// One mapping to evaluate, before its sources are at hand.
struct Plan<'a> {
    target: &'a Target,
    file: &'a str,
    /// Its script, compiled once and shared by all workers.
    program: &'a Program,
    sources: Vec<&'a str>,
    /// Intervals it will evaluate (for the progress bar).
    count: u64,
}

/// One mapping to evaluate, with its sources' values.
struct Job<'a> {
    target: &'a Target,
    file: &'a str,
    program: &'a Program,
    columns: Vec<Option<&'a Column>>,
}

/// What one mapping gave.
#[derive(Default)]
struct Outcome {
    rows: Vec<(Minute, i64)>,
    /// The rows encoded, when the sink takes bytes.
    bytes: Vec<u8>,
    /// Text printed by the script, per interval, with the place it goes: before the row
    /// of that index (once encoded: before that byte).
    logs: Vec<(Minute, String, usize)>,
    failures: Vec<String>,
    /// The starts of those failures, in order.
    failed_at: Vec<Minute>,
    /// The error that stopped this mapping (without keep-going).
    error: Option<ImportError>,
    intervals: u64,
}

/// Buffers of mappings already done, for the next ones: memory already touched is much
/// cheaper to fill than fresh pages (a mapping's rows, bytes and starts are megabytes).
#[derive(Default)]
struct Spares {
    rows: Pool<(Minute, i64)>,
    bytes: Pool<u8>,
    starts: Pool<Minute>,
    days: Pool<i32>,
}

impl Spares {
    fn give(&self, out: Outcome) {
        self.rows.give(out.rows);
        self.bytes.give(out.bytes);
    }
}

/// Vectors handed back for reuse.
struct Pool<T>(std::sync::Mutex<Vec<Vec<T>>>);

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Pool(std::sync::Mutex::default())
    }
}

impl<T> Pool<T> {
    /// An empty vector, with the capacity of one given back when there is one.
    fn take(&self) -> Vec<T> {
        self.0
            .lock()
            .ok()
            .and_then(|mut s| s.pop())
            .unwrap_or_default()
    }

    fn give(&self, mut v: Vec<T>) {
        v.clear();
        if let Ok(mut spare) = self.0.lock() {
            spare.push(v);
        }
    }
}

/// How many starts [`starts`] gives, without building them when the columns agree (a
/// mapping's sources usually have values at the same starts).
fn count_starts(columns: &[Option<&Column>]) -> u64 {
    let mut present = columns.iter().flatten();
    match present.next() {
        None => 0,
        Some(first) if present.all(|c| c.slots == first.slots) => first.len() as u64,
        Some(_) => {
            let mut all = Vec::new();
            starts(columns, &mut all);
            all.len() as u64
        }
    }
}

/// Every start where one of the columns has a value, in order: the columns (each sorted,
/// without repeats) merged, into `merged`.
fn starts(columns: &[Option<&Column>], merged: &mut Vec<Minute>) {
    merged.clear();
    for c in columns.iter().flatten() {
        if merged.is_empty() {
            merged.extend(c.starts());
            continue;
        }
        if c.len() == merged.len() && c.starts().eq(merged.iter().copied()) {
            continue;
        }
        let mut next = Vec::with_capacity(merged.len().max(c.len()));
        let (mut a, mut b) = (merged.iter().copied().peekable(), c.starts().peekable());
        loop {
            let m = match (a.peek(), b.peek()) {
                (Some(&x), Some(&y)) if x == y => {
                    b.next();
                    a.next()
                }
                (Some(&x), Some(&y)) if y < x => b.next(),
                (Some(_), _) => a.next(),
                (None, _) => b.next(),
            };
            match m {
                Some(m) => next.push(m),
                None => break,
            }
        }
        *merged = next;
    }
}

/// Intervals between two progress reports.
const PROGRESS_STEP: u64 = 4096;

/// Evaluates one mapping over its intervals (and encodes its rows for a byte sink), on a
/// worker thread.
fn evaluate(job: &Job, env: Env) -> Outcome {
    let Env {
        opts,
        spares,
        encode,
        ..
    } = env;
    let mut out = Outcome {
        rows: spares.rows.take(),
        bytes: spares.bytes.take(),
        ..Outcome::default()
    };
    let program = job.program;
    let mut all = spares.starts.take();
    if opts.fill {
        all.extend(opts.window.starts());
    } else {
        starts(&job.columns, &mut all);
    }
    let starts = &all[..];
    let batched = if program.has_kernel() {
        batch(program, job, starts, env, &mut out)
    } else {
        Err(0)
    };
    if let Err(reported) = batched {
        one_by_one(program, job, starts, env, reported, &mut out);
    }
    spares.starts.give(all);
    if let Some(e) = encode {
        let mut done = 0;
        // Each log entry's place moves from a row index to a byte offset.
        for log in &mut out.logs {
            e.rows(job.target, &out.rows[done..log.2], &mut out.bytes);
            done = log.2;
            log.2 = out.bytes.len();
        }
        e.rows(job.target, &out.rows[done..], &mut out.bytes);
    }
    out
}

/// The deadline error of a mapping stopped at `start`.
fn deadline_at(job: &Job, start: Minute) -> ImportError {
    ImportError::Deadline(format!(
        "at mapping {} ({}), interval {}",
        job.target,
        job.file,
        format_start(start)
    ))
}

fn weekday_and_minutes(start: Minute) -> (i32, i32) {
    let day = start.div_euclid(1440);
    (weekday_of(day), start.rem_euclid(1440) as i32)
}

/// Intervals per call of [`Program::eval_batch`] (and per progress report).
const BATCH: usize = 1 << 16;

/// Evaluates a script that has a numeric kernel over columns of intervals. When an
/// interval fails, `out` is untouched and the mapping runs interval by interval, which
/// reports the failure as a run without the kernel would; the error holds how many
/// intervals the progress was already told of.
fn batch(
    program: &Program,
    job: &Job,
    starts: &[Minute],
    Env {
        opts,
        spares,
        progress,
        ..
    }: Env,
    out: &mut Outcome,
) -> Result<(), u64> {
    let n = starts.len();
    // A column with a value at every start is used as it is; others are gathered.
    let columns: Vec<std::borrow::Cow<[f64]>> = job
        .columns
        .iter()
        .map(|c| match c {
            Some(c) if c.len() == n => std::borrow::Cow::Borrowed(&c.values[..]),
            Some(c) => {
                let mut cursor = 0;
                let gathered = starts
                    .iter()
                    .map(|&s| c.seek(s, &mut cursor).unwrap_or(0.0));
                std::borrow::Cow::Owned(gathered.collect())
            }
            None => std::borrow::Cow::Owned(vec![0.0; n]),
        })
        .collect();
    let (mut weekday, mut minutes) = (spares.days.take(), spares.days.take());
    let mut dates = Vec::with_capacity(n);
    for &s in starts {
        let (w, m) = weekday_and_minutes(s);
        weekday.push(w);
        minutes.push(m);
        dates.push(s.div_euclid(1440) as f64);
    }
    out.rows.reserve(n);
    let mut values = Vec::new();
    let mut failed = None;
    for lo in (0..n).step_by(BATCH) {
        if stopped(progress) {
            out.error = Some(ImportError::Interrupted);
            break;
        }
        if late(opts) {
            out.error = Some(deadline_at(job, starts[lo]));
            break;
        }
        let hi = (lo + BATCH).min(n);
        let paras: Vec<&[f64]> = columns.iter().map(|c| &c[lo..hi]).collect();
        let b = xbas::vm::Batch {
            paras: &paras,
            weekday: &weekday[lo..hi],
            minutes: &minutes[lo..hi],
            dates: &dates[lo..hi],
        };
        if program.eval_batch(&b, &mut values).is_err() {
            failed = Some(lo as u64);
            break;
        }
        out.rows
            .extend(starts[lo..hi].iter().copied().zip(values.iter().copied()));
        progress.advance((hi - lo) as u64);
    }
    spares.days.give(weekday);
    spares.days.give(minutes);
    if let Some(reported) = failed {
        // The intervals reported so far are evaluated again one by one.
        out.rows.clear();
        return Err(reported);
    }
    out.intervals = n as u64;
    Ok(())
}

/// Evaluates a mapping interval by interval on the VM; the progress is not told again of
/// the first `reported` intervals (a batch run that failed counted them).
fn one_by_one(
    program: &Program,
    job: &Job,
    starts: &[Minute],
    Env { opts, progress, .. }: Env,
    mut reported: u64,
    out: &mut Outcome,
) {
    let mut advance = |n: u64| {
        let skip = n.min(reported);
        reported -= skip;
        if n > skip {
            progress.advance(n - skip);
        }
    };
    out.rows.reserve_exact(starts.len());
    let (mut logged, mut dropped) = (0usize, 0u64);
    let mut runner = program.runner();
    if let Some(flag) = progress.stop() {
        runner.set_interrupt(flag.clone());
    }
    runner.set_limits(xbas::vm::Limits {
        max_time: opts.max_run_time,
        ..xbas::vm::Limits::default()
    });
    runner.set_deadline(opts.deadline);
    let mut paras = vec![0.0; job.columns.len()];
    let mut cursors = vec![0usize; job.columns.len()];
    let mut pending = 0;
    for &start in starts {
        for (k, c) in job.columns.iter().enumerate() {
            paras[k] = c.map_or(0.0, |c| c.seek(start, &mut cursors[k]).unwrap_or(0.0));
        }
        let (weekday, minutes) = weekday_and_minutes(start);
        runner.set_date(Some(start.div_euclid(1440) as f64));
        out.intervals += 1;
        pending += 1;
        if pending == PROGRESS_STEP {
            advance(pending);
            pending = 0;
            if stopped(progress) {
                out.error = Some(ImportError::Interrupted);
                break;
            }
            if late(opts) {
                out.error = Some(deadline_at(job, start));
                break;
            }
        }
        let interval = xbas::vm::Interval {
            paras: &paras,
            weekday,
            minutes,
        };
        match runner.eval(&interval) {
            Ok(value) => {
                let printed = runner.output();
                if opts.log_output && !printed.is_empty() {
                    let at = out.rows.len();
                    if logged + printed.len() <= MAX_LOG_BYTES {
                        logged += printed.len();
                        out.logs.push((start, printed.to_string(), at));
                    } else {
                        dropped += printed.lines().count() as u64;
                    }
                }
                out.rows.push((start, value));
            }
            Err(e) if e.error.number == INTERRUPTED || stopped(progress) => {
                // The VM clears the flag it stopped on; set it again for the other
                // workers.
                if let Some(flag) = progress.stop() {
                    flag.store(true, Ordering::Relaxed);
                }
                out.error = Some(ImportError::Interrupted);
                break;
            }
            Err(e) if e.error.number == TIME_LIMIT && late(opts) => {
                out.error = Some(deadline_at(job, start));
                break;
            }
            Err(e) => {
                let inputs: Vec<String> = paras
                    .iter()
                    .enumerate()
                    .map(|(k, v)| {
                        format!(
                            "Para{}={}",
                            k + 1,
                            xbas::runtime::value::format_float(*v, 15)
                        )
                    })
                    .collect();
                let what = if e.error.is_host_stop() {
                    e.error.description.clone()
                } else {
                    format!("runtime error {}: {}", e.error.number, e.error.description)
                };
                let msg = format!(
                    "mapping {} at {}: {what} in {} line {} ({}, Weekday={weekday}, Minutes={minutes})",
                    job.target,
                    format_start(start),
                    job.file,
                    e.line,
                    inputs.join(" "),
                );
                if opts.keep_going {
                    out.failures.push(msg);
                    out.failed_at.push(start);
                } else {
                    out.error = Some(ImportError::Run(msg));
                    break;
                }
            }
        }
    }
    if dropped > 0 {
        let at = out.rows.len();
        let last = starts.last().copied().unwrap_or(0);
        out.logs.push((
            last,
            format!("{dropped} more printed line(s) not logged: over {MAX_LOG_BYTES} bytes for this mapping"),
            at,
        ));
    }
    advance(pending);
}
