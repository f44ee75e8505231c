//! The problems of an `acd_map.ini`, each with its line: lines that are not
//! mappings, duplicates, mappings without a script or with two, missing script files,
//! scripts that do not compile (as the import compiles them), scripts whose highest ParaN
//! differs from the mapping's sources, one queue/value type under two parent ids, unknown
//! DbNames, and `.BAS` files no mapping uses.

use super::map::{AcdMap, LineKind, Mapping, Target};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use xbas::vm::{CompileError, Program};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub kind: &'static str,
    /// 1-based line; 0 for problems that belong to no line (an unused script file).
    pub line: usize,
    pub target: String,
    pub message: String,
    /// An error, or a warning for what an import runs with but most likely did not mean
    /// (a mapped source without a value in the history): `map check` exits 1 on errors,
    /// and on warnings too with `--strict`.
    pub severity: Severity,
    /// Whether it stops an import: a line that is not a mapping, a mapping
    /// without its one script file, or a script that reads a ParaN its mapping does not
    /// provide. The one place this is decided; `map check` reports all problems.
    #[serde(skip)]
    pub blocks_import: bool,
}

/// How bad a [`Problem`] is (`"error"` or `"warning"` in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Problem {
    fn new(kind: &'static str, line: usize, target: String, message: String) -> Problem {
        Problem {
            kind,
            line,
            target,
            message,
            severity: Severity::Error,
            blocks_import: matches!(
                kind,
                "bad-line" | "no-script" | "two-scripts" | "missing-script-file"
            ),
        }
    }
}

/// The map's scripts, each compiled once (by lower-case file name): the check compiles
/// them to compare their ParaN with the mappings' sources, and the import runs the same
/// programs on all its workers.
#[derive(Debug, Default)]
pub struct Scripts {
    programs: HashMap<String, Result<Program, CompileError>>,
}

impl Scripts {
    /// The program of a script file (lower-case name), compiled at its first request.
    fn compile(&mut self, key: &str, path: &Path) -> &Result<Program, CompileError> {
        self.programs
            .entry(key.to_string())
            .or_insert_with(|| Program::compile_file(path))
    }

    /// The compiled program of a script the check has seen, by file name (any case).
    pub fn get(&self, file: &str) -> Option<&Result<Program, CompileError>> {
        self.programs.get(&file.to_lowercase())
    }
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
    script_files_and_clashes(folder).0
}

/// Script files in a folder by lower-case name, and the names several files answer to
/// (`$1.BAS` and `$1.bas` side by side on a case-sensitive file system): which one a
/// mapping means cannot be told, so they are not picked by directory order.
fn script_files_and_clashes(
    folder: &Path,
) -> (HashMap<String, PathBuf>, HashMap<String, Vec<String>>) {
    let mut out = HashMap::new();
    let mut clashes: HashMap<String, Vec<String>> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir(folder) {
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("bas")) {
                if let Some(name) = p.file_name() {
                    let shown = name.to_string_lossy().to_string();
                    let key = shown.to_lowercase();
                    if let Some(prev) = out.insert(key.clone(), p.clone()) {
                        let names = clashes.entry(key).or_default();
                        if names.is_empty() {
                            names.push(
                                prev.file_name()
                                    .map_or(String::new(), |n| n.to_string_lossy().to_string()),
                            );
                        }
                        names.push(shown);
                    }
                }
            }
        }
    }
    for names in clashes.values_mut() {
        names.sort();
    }
    (out, clashes)
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
        out.push(Problem::new(
            "duplicate-line",
            i + 1,
            target.to_string(),
            format!("the same line as line {first}"),
        ));
    } else {
        seen.insert(key, i + 1);
    }
}

/// Every problem of the map, sorted by line.
pub fn check(map: &AcdMap, ctx: &Context) -> Vec<Problem> {
    check_scripts(map, ctx, &mut Scripts::default())
}

/// The mapped sources without a value in `history` (read over all time), one warning
/// each at its line: most often a typo in `acd_map.ini` (`ACD1:Suport:Offered`), which
/// the import would run with, giving that mapping nothing from it.
pub fn absent_sources(map: &AcdMap, history: &crate::history::History) -> Vec<Problem> {
    let mut out = Vec::new();
    for m in map.mappings() {
        let mut seen = HashSet::new();
        for (i, path) in &m.sources {
            let path = path.trim();
            if seen.insert(path) && !history.values.contains_key(path) {
                out.push(Problem {
                    severity: Severity::Warning,
                    ..Problem::new(
                        "absent-source",
                        i + 1,
                        m.target.to_string(),
                        format!("`{path}` has no value in the history (a typo?)"),
                    )
                });
            }
        }
    }
    out
}

/// [`check`], keeping the compiled scripts in `scripts` (for an import to run them).
pub fn check_scripts(map: &AcdMap, ctx: &Context, compiled: &mut Scripts) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (i, l) in map.lines.iter().enumerate() {
        match &l.kind {
            LineKind::Bad(why) => out.push(Problem::new(
                "bad-line",
                i + 1,
                String::new(),
                format!("not a mapping line: {why}"),
            )),
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
    let (files, clashes) = match ctx.folder.as_deref().map(script_files_and_clashes) {
        Some((f, c)) => (Some(f), c),
        None => (None, HashMap::new()),
    };
    let mut used: HashSet<String> = HashSet::new();
    for m in &mappings {
        let target = m.target.to_string();
        let scripts = distinct_scripts(m);
        match scripts.len() {
            0 => out.push(Problem::new(
                "no-script",
                m.first_line + 1,
                target.clone(),
                format!(
                    "{target} has {} source(s) but no script line (target=$n.BAS)",
                    m.sources.len()
                ),
            )),
            1 => {}
            _ => out.push(Problem::new(
                "two-scripts",
                scripts[1].0 + 1,
                target.clone(),
                format!(
                    "{target} has more than one script: {}",
                    scripts
                        .iter()
                        .map(|s| s.1.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        }
        for (line, file) in &scripts {
            used.insert(file.to_lowercase());
            let Some(files) = &files else { continue };
            if let Some(names) = clashes.get(&file.to_lowercase()) {
                out.push(Problem::new(
                    "two-scripts",
                    line + 1,
                    target.clone(),
                    format!(
                        "{file} could be any of {} (names that differ only in case); rename or remove all but one",
                        names.join(", ")
                    ),
                ));
                continue;
            }
            let Some(path) = files.get(&file.to_lowercase()) else {
                out.push(Problem::new(
                    "missing-script-file",
                    line + 1,
                    target.clone(),
                    format!("{file} is not in the map's folder"),
                ));
                continue;
            };
            let paras = match compiled.compile(&file.to_lowercase(), path) {
                Ok(p) => Some(p.para_count()),
                Err(e) => {
                    // A script that cannot be read at all (a folder, a FIFO, a device
                    // named like a script) is as good as missing (spec 3.1's kinds).
                    if let Some(d) = e.diagnostics.iter().find(|d| d.code == "E0002") {
                        out.push(Problem::new(
                            "missing-script-file",
                            line + 1,
                            target.clone(),
                            d.message.clone(),
                        ));
                    } else if let Some(d) = e.diagnostics.iter().find(|d| d.is_error()) {
                        // The import stops on it too (it renders the whole diagnostic
                        // itself, so the problem does not block here).
                        out.push(Problem::new(
                            "script-error",
                            line + 1,
                            target.clone(),
                            format!("{} does not compile: {}", file, d.one_line(&e.source)),
                        ));
                    }
                    None
                }
            };
            let sources = distinct_sources(m);
            if let Some(n) = paras {
                if n != sources {
                    let mut p = Problem::new(
                        "para-count",
                        line + 1,
                        target.clone(),
                        format!(
                            "{file} uses Para1..Para{n} but the mapping has {sources} source(s)"
                        ),
                    );
                    // Reading a source the mapping does not have would store wrong values;
                    // not reading one it has is only suspicious.
                    p.blocks_import = n > sources;
                    out.push(p);
                }
            }
        }
        if let Some(names) = &ctx.db_names {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&m.target.db)) {
                out.push(Problem::new(
                    "unknown-db",
                    m.first_line + 1,
                    target.clone(),
                    format!(
                        "`{}` is not a DB of isps_ul.ini ({})",
                        m.target.db,
                        names.join(", ")
                    ),
                ));
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
            out.push(Problem::new("parent-conflict", m.first_line + 1, m.target.to_string(), format!(
                    "queue {} / value type {} is also mapped under parent {} (line {}); only WFM knows which parent is right (use --queues)",
                    m.target.queue,
                    m.target.value_type,
                    group[0].target.parent,
                    group[0].first_line + 1
                )));
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
            out.push(Problem::new(
                "unused-script",
                0,
                String::new(),
                format!("{shown} is used by no mapping"),
            ));
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

/// The scripts of an acd_map.ini and the mappings that use each (`xbas check --map`,
/// and the language server for a script beside a map).
pub struct ScriptUses {
    /// Script path (as found in the map's folder), the same canonical (to compare with a
    /// path given), the mapping and its distinct sources.
    uses: Vec<(PathBuf, Option<PathBuf>, String, usize)>,
}

impl ScriptUses {
    /// Reads the map at `path` and finds its scripts in its folder.
    pub fn read(path: &Path) -> Result<ScriptUses, String> {
        let map =
            crate::map::AcdMap::read(path).map_err(|e| format!("--map {}: {e}", path.display()))?;
        let folder = path.parent().map_or(PathBuf::from("."), |p| {
            if p.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                p.to_path_buf()
            }
        });
        let files = script_files(&folder);
        let mut canonical: HashMap<&PathBuf, Option<PathBuf>> = HashMap::new();
        let mut uses = Vec::new();
        for m in map.mappings() {
            let sources = distinct_sources(&m);
            for (_, file) in &m.scripts {
                if let Some(p) = files.get(&file.trim().to_lowercase()) {
                    let id = canonical
                        .entry(p)
                        .or_insert_with(|| std::fs::canonicalize(p).ok())
                        .clone();
                    uses.push((p.clone(), id, m.target.to_string(), sources));
                }
            }
        }
        Ok(ScriptUses { uses })
    }

    /// Every script the map uses, once each, in the order first used.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut seen = HashSet::new();
        self.uses
            .iter()
            .filter(|(p, ..)| seen.insert(p.clone()))
            .map(|(p, ..)| p.clone())
            .collect()
    }

    /// The mappings (name, sources) that use the script at `path`.
    pub fn mappings_of(&self, path: &Path) -> Vec<(String, usize)> {
        let Some(me) = std::fs::canonicalize(path).ok() else {
            return Vec::new();
        };
        self.uses
            .iter()
            .filter(|(_, id, ..)| id.as_ref() == Some(&me))
            .map(|(_, _, target, sources)| (target.clone(), *sources))
            .collect()
    }
}
