//! `xbas map check` and `xbas gen`.

use super::Format;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use xbas_xlink::check::{Context, Severity, check as check_map, db_names_from_ini};
use xbas_xlink::fix::{backup_name, fix as fix_map, generate_missing, read_queues};
use xbas_xlink::generate::default_script;
use xbas_xlink::map::AcdMap;
use xbas_xlink::replace;

/// The options of `xbas map check`.
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// The acd_map.ini to check.
    pub map: PathBuf,
    /// isps_ul.ini, to check DbNames against its [DB] section.
    #[arg(long)]
    pub ini: Option<PathBuf>,
    /// CSV `queue_id,parent_id` from WFM, to repair parent conflicts with --fix.
    #[arg(long)]
    pub queues: Option<PathBuf>,
    /// Repair what can be repaired (after writing a backup).
    #[arg(long)]
    pub fix: bool,
    /// History CSV files: warn of every mapped source that has no value in them (a
    /// typo in the map gives its mapping nothing, silently).
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub history: Vec<PathBuf>,
    /// Treat warnings as problems: exit 1 on any.
    #[arg(long)]
    pub strict: bool,
    /// Output format: one line per problem, or one JSON array of `{kind, line,
    /// target, message, severity}`; problems on stdout, the count on stderr.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

pub fn check(a: &CheckArgs) -> ExitCode {
    let (map_path, ini, queues) = (a.map.as_path(), a.ini.as_deref(), a.queues.as_deref());
    let (fix, format, history, strict) = (a.fix, a.format, &a.history, a.strict);
    let queue_parents = match queues.map(std::fs::read_to_string).transpose() {
        Ok(text) => match text.as_deref().map(read_queues).transpose() {
            Ok(q) => q,
            Err(e) => {
                eprintln!("xbas map check: --queues: {e}");
                return ExitCode::from(1);
            }
        },
        Err(e) => {
            eprintln!("xbas map check: --queues: {e}");
            return ExitCode::from(2);
        }
    };
    let map = match AcdMap::read(map_path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("xbas map check: {}: {e}", map_path.display());
            return ExitCode::from(2);
        }
    };
    if map.mappings().is_empty() {
        eprintln!(
            "xbas map check: {}: {}",
            map_path.display(),
            xbas_xlink::map::NO_MAPPINGS
        );
        return ExitCode::from(1);
    }
    let db_names = match ini {
        None => None,
        Some(p) => match std::fs::read(p)
            .map(|b| xbas::syntax::SourceFile::from_bytes("isps_ul.ini", &b).text)
        {
            Ok(text) => match db_names_from_ini(&text) {
                Ok(n) => Some(n),
                Err(e) => {
                    eprintln!("xbas map check: {}: {e}", p.display());
                    return ExitCode::from(1);
                }
            },
            Err(e) => {
                eprintln!("xbas map check: {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let folder = map_path
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .map(Path::to_path_buf);
    let mut problems = check_map(
        &map,
        &Context {
            folder: folder.clone(),
            db_names,
        },
    );
    if !history.is_empty() {
        match read_history(history) {
            Ok(h) => problems.extend(xbas_xlink::check::absent_sources(&map, &h)),
            Err((code, e)) => {
                eprintln!("xbas map check: --history {e}");
                return ExitCode::from(code);
            }
        }
    }
    if fix {
        // Warnings are nothing to repair.
        problems.retain(|p| p.severity == Severity::Error);
        return apply_fix(
            map_path,
            map,
            &problems,
            queue_parents.as_ref(),
            folder.as_deref().unwrap_or(Path::new(".")),
        );
    }
    match format {
        Format::Json => match serde_json::to_string_pretty(&problems) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("xbas map check: {e}"),
        },
        Format::Human => {
            for p in &problems {
                let at = if p.line > 0 {
                    format!("{}:{}", map_path.display(), p.line)
                } else {
                    map_path.display().to_string()
                };
                let warning = if p.severity == Severity::Warning {
                    "warning: "
                } else {
                    ""
                };
                println!("{at}: {warning}{}: {}", p.kind, p.message);
            }
            let mappings = map.mappings().len();
            if !super::quiet() {
                let errors = problems
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                let warnings = problems.len() - errors;
                eprintln!(
                    "{} mappings, {} problem{}{}",
                    mappings,
                    errors,
                    if errors == 1 { "" } else { "s" },
                    match warnings {
                        0 => String::new(),
                        1 => ", 1 warning".to_string(),
                        n => format!(", {n} warnings"),
                    }
                );
            }
        }
    }
    let errors = problems.iter().any(|p| p.severity == Severity::Error);
    if errors || (strict && !problems.is_empty()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads history files over all time, as the import reads them (a long history waits
/// in a temporary file). Err: the exit code (2 for a missing file) and what to say.
fn read_history(files: &[PathBuf]) -> Result<xbas_xlink::history::History, (u8, String)> {
    use xbas_xlink::history::{History, Window, read_file};
    let mut h = History::default();
    h.hold_at_most(xbas_xlink::import::HOLD);
    // Every start from 1899-12-30 on, on any grid.
    let all = Window {
        from: 0,
        to: i64::MAX,
        interval: 1,
    };
    for (k, f) in files.iter().enumerate() {
        if !f.exists() {
            return Err((2, format!("{}: no such file", f.display())));
        }
        h.begin_file(k);
        read_file(f, all, &mut h, &mut |_| {}).map_err(|e| (1, e.to_string()))?;
    }
    h.finish();
    Ok(h)
}

pub fn generate(
    paras: Option<usize>,
    map: Option<&Path>,
    out: Option<&Path>,
    dry_run: bool,
) -> ExitCode {
    if let Some(map_path) = map {
        return generate_for_map(map_path, dry_run);
    }
    let Some(n) = paras else {
        eprintln!("xbas gen: say --paras N (the number of sources) or --map acd_map.ini");
        return ExitCode::from(2);
    };
    if n == 0 || n > 999 {
        eprintln!("xbas gen: --paras {n} is not 1..999");
        return ExitCode::from(2);
    }
    match out {
        None => {
            print!("{}", default_script(n, "\n"));
            ExitCode::SUCCESS
        }
        Some(path) => {
            if path.exists() {
                eprintln!("xbas gen: {} exists; not overwritten", path.display());
                return ExitCode::from(1);
            }
            match std::fs::write(path, default_script(n, "\r\n")) {
                Ok(()) => {
                    eprintln!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xbas gen: {}: {e}", path.display());
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Copies the map to `acd_mapYYMMDDhhmmss.ini` beside it (`-1`, `-2`, … when that
/// exists), complete or not at all, never over another backup; returns its path.
fn backup(map_path: &Path, folder: &Path) -> std::io::Result<std::path::PathBuf> {
    let name = backup_name();
    let stem = name.trim_end_matches(".ini");
    for n in 0..1000 {
        let target = match n {
            0 => folder.join(&name),
            n => folder.join(format!("{stem}-{n}.ini")),
        };
        match replace::copy_new(map_path, &target) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
            Ok(()) => return Ok(target),
        }
    }
    Err(std::io::Error::other(
        "1,000 backups of this second exist already",
    ))
}

fn apply_fix(
    map_path: &Path,
    mut map: AcdMap,
    problems: &[xbas_xlink::check::Problem],
    queues: Option<&std::collections::HashMap<i64, i64>>,
    folder: &Path,
) -> ExitCode {
    match fix_map(&mut map, problems, queues) {
        Err(blocked) => {
            for p in &blocked {
                let at = if p.line > 0 {
                    format!("{}:{}", map_path.display(), p.line)
                } else {
                    map_path.display().to_string()
                };
                println!("{at}: {}: {}", p.kind, p.message);
            }
            eprintln!(
                "nothing was changed: {} problem{} --fix cannot repair{}",
                blocked.len(),
                if blocked.len() == 1 { "" } else { "s" },
                if blocked.iter().any(|p| p.kind == "parent-conflict") {
                    " (parent conflicts need --queues with every queue)"
                } else {
                    ""
                }
            );
            ExitCode::from(1)
        }
        Ok(changes) if changes.is_empty() => {
            eprintln!("nothing to fix");
            ExitCode::SUCCESS
        }
        Ok(changes) => {
            let saved = match backup(map_path, folder) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!(
                        "xbas map check --fix: cannot write the backup: {e}; nothing was changed"
                    );
                    return ExitCode::from(1);
                }
            };
            if let Err(e) = replace::write(map_path, &map.to_bytes()) {
                eprintln!(
                    "xbas map check --fix: {}: {e}; the map is unchanged",
                    map_path.display()
                );
                return ExitCode::from(1);
            }
            for c in &changes {
                println!("fixed: {c}");
            }
            eprintln!("backup: {}", saved.display());
            ExitCode::SUCCESS
        }
    }
}

fn generate_for_map(map_path: &Path, dry_run: bool) -> ExitCode {
    let mut map = match AcdMap::read(map_path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("xbas gen: {}: {e}", map_path.display());
            return ExitCode::from(2);
        }
    };
    let folder = map_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let new = generate_missing(&mut map, &folder);
    if new.is_empty() {
        eprintln!("every mapping has a script; nothing to do");
        return ExitCode::SUCCESS;
    }
    for s in &new {
        let verb = if dry_run { "would write" } else { "writing" };
        println!(
            "{verb} {} ({} source{}) and append {}={}",
            s.file,
            s.sources,
            if s.sources == 1 { "" } else { "s" },
            s.target,
            s.file
        );
    }
    if dry_run {
        return ExitCode::SUCCESS;
    }
    if let Some(s) = new.iter().find(|s| folder.join(&s.file).exists()) {
        eprintln!("xbas gen: {} exists already; nothing was changed", s.file);
        return ExitCode::from(1);
    }
    let saved = match backup(map_path, &folder) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("xbas gen: cannot write the backup: {e}; nothing was changed");
            return ExitCode::from(1);
        }
    };
    for s in &new {
        if let Err(e) = replace::write(&folder.join(&s.file), s.text.as_bytes()) {
            eprintln!("xbas gen: {}: {e}", s.file);
            return ExitCode::from(1);
        }
    }
    if let Err(e) = replace::write(map_path, &map.to_bytes()) {
        eprintln!("xbas gen: {}: {e}", map_path.display());
        return ExitCode::from(1);
    }
    eprintln!("backup: {}", saved.display());
    ExitCode::SUCCESS
}
