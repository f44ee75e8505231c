//! The import (spec §4.2): every mapping of `acd_map.ini`, in order of first appearance,
//! evaluated over the intervals of the history where one of its sources has a value (or
//! every interval of the range with `fill`), one compiled program per script. Rows come
//! out ordered by mapping, then interval start.

use super::check::{Context, Problem, check, distinct_sources};
use super::history::{Column, History, Minute, Window, format_start, read_file};
use super::map::{AcdMap, Target};
use crate::vm::Program;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One stored value.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub target: &'a Target,
    /// Interval start, minutes since 1899-12-30 00:00.
    pub start: Minute,
    pub value: i64,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub map: PathBuf,
    pub history: Vec<PathBuf>,
    pub window: Window,
    pub fill: bool,
    pub keep_going: bool,
}

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub mappings: usize,
    pub intervals: u64,
    pub values: u64,
    pub unused_sources: Vec<String>,
    pub outside: u64,
    /// With `keep_going`: the intervals that failed, one message each.
    pub failures: Vec<String>,
}

/// Why an import could not run or stopped.
#[derive(Debug)]
pub enum ImportError {
    /// The map has problems that make an import wrong.
    Map(Vec<Problem>),
    /// A script does not compile.
    Script(String),
    /// A history file is unreadable or malformed.
    History(super::history::HistoryError),
    /// A runtime error in an interval (without keep-going).
    Run(String),
    Io(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Map(ps) => {
                for p in ps {
                    writeln!(f, "acd_map.ini:{}: {}: {}", p.line, p.kind, p.message)?;
                }
                write!(
                    f,
                    "the map has {} problem(s) that stop the import (see `xbas map check`)",
                    ps.len()
                )
            }
            ImportError::Script(s) | ImportError::Run(s) | ImportError::Io(s) => f.write_str(s),
            ImportError::History(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Problems that make an import wrong (spec §4.2); a script using a ParaN beyond its
/// mapping's sources is checked against the compiled program below.
fn blocks_import(p: &Problem) -> bool {
    matches!(
        p.kind,
        "bad-line" | "no-script" | "two-scripts" | "missing-script-file"
    )
}

/// Reports the progress of a long import (a progress bar, or nothing).
pub trait Progress: Sync {
    /// A phase begins; `total` counts its units (bytes read, then intervals evaluated).
    fn begin(&self, _phase: &'static str, _total: u64) {}
    /// `n` more units are done.
    fn advance(&self, _n: u64) {}
}

/// No progress reports.
pub struct Quiet;

impl Progress for Quiet {}

/// Runs an import; `emit` receives the rows in output order, `log` the text scripts print
/// (after the rows of earlier intervals of the same mapping).
pub fn run(
    opts: &Options,
    mut emit: impl FnMut(&Row) -> std::io::Result<()>,
    mut log: impl FnMut(&Target, Minute, &str),
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
    let problems = check(
        &map,
        &Context {
            folder: Some(folder.clone()),
            db_names: None,
        },
    );
    if map.mappings().is_empty() {
        return Err(ImportError::Io(format!(
            "{}: no mappings (the file is empty or holds only comments and blank lines)",
            opts.map.display()
        )));
    }
    let blocking: Vec<Problem> = problems.into_iter().filter(blocks_import).collect();
    if !blocking.is_empty() {
        return Err(ImportError::Map(blocking));
    }
    let files = super::check::script_files(&folder);
    let mut programs: HashMap<String, Program> = HashMap::new();
    let mappings = map.mappings();
    for m in &mappings {
        let Some((_, file)) = m.scripts.first() else {
            continue;
        };
        let key = file.to_lowercase();
        if programs.contains_key(&key) {
            continue;
        }
        let path = files
            .get(&key)
            .ok_or_else(|| ImportError::Script(format!("{file}: not found")))?;
        let p = Program::compile_file(path).map_err(|e| ImportError::Script(e.render(false)))?;
        programs.insert(key, p);
    }
    let beyond: Vec<Problem> = mappings
        .iter()
        .filter_map(|m| {
            let (line, file) = m.scripts.first()?;
            let n = programs.get(&file.to_lowercase())?.para_count();
            let sources = distinct_sources(m);
            (n > sources).then(|| Problem {
                kind: "para-count",
                line: line + 1,
                target: m.target.to_string(),
                message: format!("{file} uses Para{n} but the mapping has {sources} source(s)"),
            })
        })
        .collect();
    if !beyond.is_empty() {
        return Err(ImportError::Map(beyond));
    }
    let total_bytes: u64 = opts
        .history
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    progress.begin("reading history", total_bytes);
    let mut history = History::default();
    for f in &opts.history {
        read_file(f, opts.window, &mut history, &mut |n| progress.advance(n))
            .map_err(ImportError::History)?;
    }
    history.finish();
    let mut summary = Summary {
        mappings: mappings.len(),
        outside: history.outside,
        ..Summary::default()
    };
    let mut used: HashSet<&str> = HashSet::new();
    let mut jobs = Vec::new();
    for m in &mappings {
        let Some((_, file)) = m.scripts.first() else {
            continue;
        };
        let Some(path) = files.get(&file.to_lowercase()) else {
            continue;
        };
        let mut seen = HashSet::new();
        let sources: Vec<&str> = m
            .sources
            .iter()
            .map(|(_, p)| p.trim())
            .filter(|p| seen.insert(*p))
            .collect();
        used.extend(sources.iter().copied());
        let columns: Vec<Option<&Column>> =
            sources.iter().map(|s| history.values.get(*s)).collect();
        let count = if opts.fill {
            opts.window.count()
        } else {
            starts(&columns).len() as u64
        };
        jobs.push(Job {
            target: &m.target,
            file,
            path,
            columns,
            count,
        });
    }
    progress.begin("evaluating", jobs.iter().map(|j| j.count).sum());
    // Mappings run in parallel, a chunk at a time, so that rows are written in mapping
    // order without holding every mapping's rows at once.
    let chunk = rayon::current_num_threads().max(1) * 2;
    for group in jobs.chunks(chunk) {
        let outcomes: Vec<Outcome> = group
            .par_iter()
            .map(|job| evaluate(job, opts, progress))
            .collect();
        for (job, out) in group.iter().zip(outcomes) {
            summary.intervals += out.intervals;
            let mut logs = out.logs.iter().peekable();
            for &(start, value) in &out.rows {
                while let Some((_, text)) = logs.next_if(|(s, _)| *s <= start) {
                    log(job.target, start, text);
                }
                emit(&Row {
                    target: job.target,
                    start,
                    value,
                })
                .map_err(|e| ImportError::Io(format!("writing the output: {e}")))?;
                summary.values += 1;
            }
            for (start, text) in logs {
                log(job.target, *start, text);
            }
            summary.failures.extend(out.failures);
            if let Some(e) = out.error {
                return Err(e);
            }
        }
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

/// One mapping to evaluate.
struct Job<'a> {
    target: &'a Target,
    file: &'a str,
    path: &'a Path,
    columns: Vec<Option<&'a Column>>,
    /// Intervals it will evaluate.
    count: u64,
}

/// What one mapping gave.
#[derive(Default)]
struct Outcome {
    rows: Vec<(Minute, i64)>,
    /// Text printed by the script, per interval.
    logs: Vec<(Minute, String)>,
    failures: Vec<String>,
    /// The error that stopped this mapping (without keep-going).
    error: Option<ImportError>,
    intervals: u64,
}

/// Every start where one of the columns has a value, in order.
fn starts(columns: &[Option<&Column>]) -> Vec<Minute> {
    let mut s: Vec<Minute> = columns.iter().flatten().flat_map(|c| c.starts()).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// Intervals between two progress reports.
const PROGRESS_STEP: u64 = 4096;

/// Evaluates one mapping over its intervals. Runs on a worker thread, so it compiles its
/// own program (a program is not shared between threads; compiling takes microseconds and
/// the script was already compiled once, so errors are not expected here).
fn evaluate(job: &Job, opts: &Options, progress: &dyn Progress) -> Outcome {
    let mut out = Outcome::default();
    let program = match Program::compile_file(job.path) {
        Ok(p) => p,
        Err(e) => {
            out.error = Some(ImportError::Script(e.render(false)));
            return out;
        }
    };
    let starts: Vec<Minute> = if opts.fill {
        opts.window.starts().collect()
    } else {
        starts(&job.columns)
    };
    out.rows.reserve_exact(starts.len());
    let mut runner = program.runner();
    let mut paras = vec![0.0; job.columns.len()];
    let mut cursors = vec![0usize; job.columns.len()];
    let mut pending = 0;
    for &start in &starts {
        for (k, c) in job.columns.iter().enumerate() {
            paras[k] = c.map_or(0.0, |c| c.seek(start, &mut cursors[k]).unwrap_or(0.0));
        }
        let day = start.div_euclid(1440);
        let minutes = start.rem_euclid(1440) as i32;
        let weekday = ((day - 1).rem_euclid(7) + 1) as i32;
        runner.set_date(Some(day as f64));
        out.intervals += 1;
        pending += 1;
        if pending == PROGRESS_STEP {
            progress.advance(pending);
            pending = 0;
        }
        let interval = crate::vm::Interval {
            paras: &paras,
            weekday,
            minutes,
        };
        match runner.eval(&interval) {
            Ok(value) => {
                if !runner.output().is_empty() {
                    out.logs.push((start, runner.output().to_string()));
                }
                out.rows.push((start, value));
            }
            Err(e) => {
                let inputs: Vec<String> = paras
                    .iter()
                    .enumerate()
                    .map(|(k, v)| {
                        format!(
                            "Para{}={}",
                            k + 1,
                            crate::runtime::value::format_float(*v, 15)
                        )
                    })
                    .collect();
                let msg = format!(
                    "mapping {} at {}: runtime error {}: {} in {} line {} ({}, Weekday={weekday}, Minutes={minutes})",
                    job.target,
                    format_start(start),
                    e.error.number,
                    e.error.description,
                    job.file,
                    e.line,
                    inputs.join(" "),
                );
                if opts.keep_going {
                    out.failures.push(msg);
                } else {
                    out.error = Some(ImportError::Run(msg));
                    break;
                }
            }
        }
    }
    progress.advance(pending);
    out
}
