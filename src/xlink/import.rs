//! The import (spec §4.2): every mapping of `acd_map.ini`, in order of first appearance,
//! evaluated over the intervals of the history where one of its sources has a value (or
//! every interval of the range with `fill`), one compiled program per script. Rows come
//! out ordered by mapping, then interval start.

use super::check::{Context, Problem, check, distinct_sources};
use super::history::{History, Minute, Window, format_start, read_file};
use super::map::{AcdMap, Target};
use crate::vm::Program;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One stored value.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub target: Target,
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

/// Runs an import; `emit` receives the rows in output order, `log` the text scripts print.
pub fn run(
    opts: &Options,
    mut emit: impl FnMut(&Row) -> std::io::Result<()>,
    mut log: impl FnMut(&Target, Minute, &str),
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
    let mut history = History::default();
    for f in &opts.history {
        read_file(f, opts.window, &mut history).map_err(ImportError::History)?;
    }
    history.finish();
    let mut summary = Summary {
        mappings: mappings.len(),
        outside: history.outside,
        ..Summary::default()
    };
    let mut used: HashSet<&str> = HashSet::new();
    let all: Vec<Minute> = (opts.window.from..opts.window.to)
        .step_by(opts.window.interval.max(1) as usize)
        .collect();
    for m in &mappings {
        let Some((_, file)) = m.scripts.first() else {
            continue;
        };
        let Some(program) = programs.get(&file.to_lowercase()) else {
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
        let columns: Vec<Option<&super::history::Column>> =
            sources.iter().map(|s| history.values.get(*s)).collect();
        let starts: Vec<Minute> = if opts.fill {
            all.clone()
        } else {
            let mut s: Vec<Minute> = columns.iter().flatten().flat_map(|c| c.starts()).collect();
            s.sort_unstable();
            s.dedup();
            s
        };
        let mut runner = program.runner();
        let mut paras = vec![0.0; sources.len()];
        for &start in &starts {
            for (k, c) in columns.iter().enumerate() {
                paras[k] = c.and_then(|c| c.get(start)).unwrap_or(0.0);
            }
            let day = start.div_euclid(1440);
            let minutes = start.rem_euclid(1440) as i32;
            let weekday = ((day - 1).rem_euclid(7) + 1) as i32;
            runner.set_date(Some(day as f64));
            summary.intervals += 1;
            let interval = crate::vm::Interval {
                paras: &paras,
                weekday,
                minutes,
            };
            match runner.eval(&interval) {
                Ok(value) => {
                    if !runner.output().is_empty() {
                        log(&m.target, start, runner.output());
                    }
                    let row = Row {
                        target: m.target.clone(),
                        start,
                        value,
                    };
                    emit(&row).map_err(|e| ImportError::Io(format!("writing the output: {e}")))?;
                    summary.values += 1;
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
                        m.target,
                        format_start(start),
                        e.error.number,
                        e.error.description,
                        file,
                        e.line,
                        inputs.join(" "),
                    );
                    if opts.keep_going {
                        summary.failures.push(msg);
                    } else {
                        return Err(ImportError::Run(msg));
                    }
                }
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
