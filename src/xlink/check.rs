//! The problems of an `acd_map.ini` (spec §3.1), each with its line: lines that are not
//! mappings, duplicates, mappings without a script or with two, missing script files,
//! scripts whose highest ParaN differs from the mapping's sources, one queue/value type
//! under two parent ids, unknown DbNames, and `.BAS` files no mapping uses.

use super::map::{AcdMap, LineKind, Mapping, Target};
use crate::vm::Program;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub kind: &'static str,
    /// 1-based line; 0 for problems that belong to no line (an unused script file).
    pub line: usize,
    pub target: String,
    pub message: String,
}

/// What the check can look at besides the map itself.
#[derive(Debug, Default)]
pub struct Context {
    /// The folder scripts resolve against (the map's folder).
    pub folder: Option<PathBuf>,
    /// DB names from `isps_ul.ini`, when given.
    pub db_names: Option<Vec<String>>,
}

/// The DB names of `isps_ul.ini`: `[DB]` lines `1=WFM,0,xlink,<password>`, first field.
pub fn db_names_from_ini(text: &str) -> Result<Vec<String>, String> {
    let ini = ini::Ini::load_from_str(text).map_err(|e| format!("isps_ul.ini: {e}"))?;
    let section = ini
        .section(Some("DB"))
        .ok_or("isps_ul.ini has no [DB] section")?;
    Ok(section
        .iter()
        .filter_map(|(_, v)| v.split(',').next())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect())
}

/// Script files in a folder, by lower-case name.
pub fn script_files(folder: &Path) -> HashMap<String, PathBuf> {
    let mut out = HashMap::new();
    if let Ok(entries) = std::fs::read_dir(folder) {
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("bas")) {
                if let Some(name) = p.file_name() {
                    out.insert(name.to_string_lossy().to_lowercase(), p);
                }
            }
        }
    }
    out
}

/// The number in `$12.BAS`.
pub fn script_number(name: &str) -> Option<u64> {
    let lower = name.to_ascii_lowercase();
    lower.strip_prefix('$')?.strip_suffix(".bas")?.parse().ok()
}

/// Reports line `i` when its target already has the same source or script (`value`).
fn duplicate(
    out: &mut Vec<Problem>,
    seen: &mut HashMap<(String, String), usize>,
    i: usize,
    target: &Target,
    value: String,
) {
    let key = (target.to_string().to_lowercase(), value);
    if let Some(first) = seen.get(&key) {
        out.push(Problem {
            kind: "duplicate-line",
            line: i + 1,
            target: target.to_string(),
            message: format!("the same line as line {first}"),
        });
    } else {
        seen.insert(key, i + 1);
    }
}

/// Every problem of the map, sorted by line.
pub fn check(map: &AcdMap, ctx: &Context) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (i, l) in map.lines.iter().enumerate() {
        match &l.kind {
            LineKind::Bad(why) => out.push(Problem {
                kind: "bad-line",
                line: i + 1,
                target: String::new(),
                message: format!("not a mapping line: {why}"),
            }),
            // Source paths compare as written, script names case-insensitively.
            LineKind::Source { target, path } => {
                duplicate(&mut out, &mut seen, i, target, path.trim().to_string())
            }
            LineKind::Script { target, file } => {
                duplicate(&mut out, &mut seen, i, target, file.trim().to_lowercase())
            }
            _ => {}
        }
    }
    let mappings = map.mappings();
    let files = ctx.folder.as_deref().map(script_files);
    let mut used: HashSet<String> = HashSet::new();
    let mut compiled: HashMap<String, Option<usize>> = HashMap::new();
    for m in &mappings {
        let target = m.target.to_string();
        let scripts = distinct_scripts(m);
        match scripts.len() {
            0 => out.push(Problem {
                kind: "no-script",
                line: m.first_line + 1,
                target: target.clone(),
                message: format!(
                    "{target} has {} source(s) but no script line (target=$n.BAS)",
                    m.sources.len()
                ),
            }),
            1 => {}
            _ => out.push(Problem {
                kind: "two-scripts",
                line: scripts[1].0 + 1,
                target: target.clone(),
                message: format!(
                    "{target} has more than one script: {}",
                    scripts
                        .iter()
                        .map(|s| s.1.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }),
        }
        for (line, file) in &scripts {
            used.insert(file.to_lowercase());
            let Some(files) = &files else { continue };
            let Some(path) = files.get(&file.to_lowercase()) else {
                out.push(Problem {
                    kind: "missing-script-file",
                    line: line + 1,
                    target: target.clone(),
                    message: format!("{file} is not in the map's folder"),
                });
                continue;
            };
            let paras = *compiled
                .entry(file.to_lowercase())
                .or_insert_with(|| Program::compile_file(path).ok().map(|p| p.para_count()));
            let sources = distinct_sources(m);
            if let Some(n) = paras {
                if n != sources {
                    out.push(Problem {
                        kind: "para-count",
                        line: line + 1,
                        target: target.clone(),
                        message: format!(
                            "{file} uses Para1..Para{n} but the mapping has {sources} source(s)"
                        ),
                    });
                }
            }
        }
        if let Some(names) = &ctx.db_names {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&m.target.db)) {
                out.push(Problem {
                    kind: "unknown-db",
                    line: m.first_line + 1,
                    target: target.clone(),
                    message: format!(
                        "`{}` is not a DB of isps_ul.ini ({})",
                        m.target.db,
                        names.join(", ")
                    ),
                });
            }
        }
    }
    // One queue and value type under two parent ids.
    let mut by_queue: BTreeMap<(String, i64, i64), Vec<&Mapping>> = BTreeMap::new();
    for m in &mappings {
        by_queue.entry(m.target.queue_key()).or_default().push(m);
    }
    for group in by_queue.values().filter(|g| g.len() > 1) {
        for m in &group[1..] {
            out.push(Problem {
                kind: "parent-conflict",
                line: m.first_line + 1,
                target: m.target.to_string(),
                message: format!(
                    "queue {} / value type {} is also mapped under parent {} (line {}); only WFM knows which parent is right (use --queues)",
                    m.target.queue,
                    m.target.value_type,
                    group[0].target.parent,
                    group[0].first_line + 1
                ),
            });
        }
    }
    if let Some(files) = &files {
        let mut unused: Vec<&String> = files
            .keys()
            .filter(|f| script_number(f).is_some() && !used.contains(*f))
            .collect();
        unused.sort_by_key(|f| script_number(f));
        for f in unused {
            let shown = files[f]
                .file_name()
                .map_or(f.clone(), |n| n.to_string_lossy().to_string());
            out.push(Problem {
                kind: "unused-script",
                line: 0,
                target: String::new(),
                message: format!("{shown} is used by no mapping"),
            });
        }
    }
    out.sort_by_key(|p| (p.line == 0, p.line));
    out
}

/// Script lines of a mapping, duplicates (same file) counted once.
fn distinct_scripts(m: &Mapping) -> Vec<(usize, String)> {
    let mut seen = HashSet::new();
    m.scripts
        .iter()
        .filter(|(_, f)| seen.insert(f.trim().to_lowercase()))
        .cloned()
        .collect()
}

/// Number of sources, duplicates counted once.
pub fn distinct_sources(m: &Mapping) -> usize {
    let mut seen = HashSet::new();
    m.sources
        .iter()
        .filter(|(_, p)| seen.insert(p.trim().to_string()))
        .count()
}
