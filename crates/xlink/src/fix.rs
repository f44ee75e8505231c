//! Repairs of `acd_map.ini` (`xbas map check --fix` and `xbas gen --map`). Every change is
//! described in a sentence; callers write a timestamped backup before the new file.
//!
//! Parent conflicts need the right parent of each queue from WFM (`--queues`): a mapping
//! under a wrong parent is rewritten to the right one, or, when the queue is already
//! mapped under the right parent (the mapping was made again after the parent changed),
//! dropped whole — merging its lines would change Para1..N of the current mapping.

use super::check::{Problem, distinct_sources, script_files, script_number};
use super::generate::default_script;
use super::map::{AcdMap, LineKind, Target};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Problems `--fix` repairs; any other problem blocks every change.
fn fixable(p: &Problem, queues: Option<&HashMap<i64, i64>>) -> bool {
    match p.kind {
        "duplicate-line" | "unused-script" => true,
        "parent-conflict" => queues.is_some(),
        _ => false,
    }
}

/// Reads the `queue_id,parent_id` CSV of WFM's queues.
pub fn read_queues(text: &str) -> Result<HashMap<i64, i64>, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(q), Some(p)) = (col("queue_id"), col("parent_id")) else {
        return Err("the queues file needs the header queue_id,parent_id".into());
    };
    let mut out = HashMap::new();
    for rec in rdr.records() {
        // Lines counted from the byte offset: the reader's own line numbers leave out
        // the blank lines it skips, which its offset (where it began to read the
        // record) still has in front.
        let line_at = |byte: u64| {
            let bytes = text.as_bytes();
            let mut end = (byte as usize).min(bytes.len());
            while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
                end += 1;
            }
            bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
        };
        let rec = rec.map_err(|e| match e.position() {
            Some(p) => format!("line {}: {e}", line_at(p.byte())),
            None => e.to_string(),
        })?;
        let line = rec.position().map_or(0, |p| line_at(p.byte()));
        let num = |k: usize| -> Result<i64, String> {
            rec.get(k).unwrap_or("").parse().map_err(|_| {
                format!(
                    "line {line}: `{}` is not a whole number",
                    rec.get(k).unwrap_or("")
                )
            })
        };
        out.insert(num(q)?, num(p)?);
    }
    Ok(out)
}

/// Repairs the map in place. Err: the problems that cannot be repaired (nothing changed).
pub fn fix(
    map: &mut AcdMap,
    problems: &[Problem],
    queues: Option<&HashMap<i64, i64>>,
) -> Result<Vec<String>, Vec<Problem>> {
    let blocked: Vec<Problem> = problems
        .iter()
        .filter(|p| !fixable(p, queues))
        .cloned()
        .collect();
    if !blocked.is_empty() {
        return Err(blocked);
    }
    let mut changes = Vec::new();
    let mut drop: HashSet<usize> = HashSet::new();
    if let Some(queues) = queues {
        let conflicts: HashSet<(String, i64, i64)> = problems
            .iter()
            .filter(|p| p.kind == "parent-conflict")
            .filter_map(|p| Target::parse(&p.target).ok())
            .map(|t| t.queue_key())
            .collect();
        let mappings = map.mappings();
        // A conflict on a queue WFM does not know cannot be repaired.
        let unknown: Vec<Problem> = problems
            .iter()
            .filter(|p| p.kind == "parent-conflict")
            .filter(|p| {
                Target::parse(&p.target)
                    .map(|t| !queues.contains_key(&t.queue))
                    .unwrap_or(true)
            })
            .cloned()
            .collect();
        if !unknown.is_empty() {
            return Err(unknown);
        }
        for m in &mappings {
            let Some(&right) = queues.get(&m.target.queue) else {
                continue;
            };
            if m.target.parent == right || !conflicts.contains(&m.target.queue_key()) {
                continue;
            }
            let current = mappings
                .iter()
                .any(|o| o.target.queue_key() == m.target.queue_key() && o.target.parent == right);
            let lines: Vec<usize> = m
                .sources
                .iter()
                .map(|s| s.0)
                .chain(m.scripts.iter().map(|s| s.0))
                .collect();
            if current {
                for &i in &lines {
                    drop.insert(i);
                }
                changes.push(format!(
                    "removed lines {} of {} (the queue is mapped again under its parent {right})",
                    join_lines(&lines),
                    m.target
                ));
            } else {
                let fixed = Target {
                    parent: right,
                    ..m.target.clone()
                };
                for &i in &lines {
                    let value = map.lines[i]
                        .text
                        .split_once('=')
                        .map(|x| x.1)
                        .unwrap_or("")
                        .to_string();
                    map.lines[i].text = format!("{fixed}={value}");
                    map.lines[i].kind = super::map::classify(&map.lines[i].text);
                }
                changes.push(format!(
                    "line(s) {}: parent of {} set to {right}",
                    join_lines(&lines),
                    m.target
                ));
            }
        }
    }
    // Exact duplicates (also those the rewrites made).
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (i, l) in map.lines.iter().enumerate() {
        if drop.contains(&i) {
            continue;
        }
        let key = match &l.kind {
            LineKind::Source { target, path } => {
                (target.to_string().to_lowercase(), path.trim().to_string())
            }
            LineKind::Script { target, file } => (
                target.to_string().to_lowercase(),
                file.trim().to_lowercase(),
            ),
            _ => continue,
        };
        if let Some(first) = seen.get(&key) {
            drop.insert(i);
            changes.push(format!(
                "removed line {} (the same as line {})",
                i + 1,
                first + 1
            ));
        } else {
            seen.insert(key, i);
        }
    }
    let mut i = 0;
    map.lines.retain(|_| {
        let keep = !drop.contains(&i);
        i += 1;
        keep
    });
    Ok(changes)
}

fn join_lines(lines: &[usize]) -> String {
    lines
        .iter()
        .map(|l| (l + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A script `gen --map` would write.
#[derive(Debug, Clone, PartialEq)]
pub struct NewScript {
    pub file: String,
    pub target: Target,
    pub sources: usize,
    pub text: String,
}

/// Default scripts for every mapping without one, numbered after the highest `$n.BAS`
/// in the folder or the map; their `target=$K.BAS` lines are appended to the map.
pub fn generate_missing(map: &mut AcdMap, folder: &Path) -> Vec<NewScript> {
    let files = script_files(folder);
    let mut next = files
        .keys()
        .filter_map(|f| script_number(f))
        .chain(map.lines.iter().filter_map(|l| match &l.kind {
            LineKind::Script { file, .. } => script_number(file),
            _ => None,
        }))
        .max()
        .unwrap_or(0);
    let end = map.line_end();
    let mut out = Vec::new();
    for m in map.mappings() {
        if !m.scripts.is_empty() {
            continue;
        }
        next += 1;
        let file = format!("${next}.BAS");
        let n = distinct_sources(&m);
        out.push(NewScript {
            file: file.clone(),
            target: m.target.clone(),
            sources: n,
            text: default_script(n, end),
        });
    }
    for s in &out {
        map.push_line(format!("{}={}", s.target, s.file));
    }
    out
}

/// The backup name `acd_mapYYMMDDhhmmss.ini` for now.
pub fn backup_name() -> String {
    format!("acd_map{}.ini", chrono::Local::now().format("%y%m%d%H%M%S"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error names the line it is on, blank lines counted (issue 21: they were not).
    #[test]
    fn queue_errors_name_their_line_across_blank_lines() {
        let q = read_queues("queue_id,parent_id\n\n7,1\n\n\n8,x\n").unwrap_err();
        assert_eq!(q, "line 6: `x` is not a whole number");
        let q = read_queues("queue_id,parent_id\n7,1\n\n8,2\n").unwrap();
        assert_eq!(q.get(&8), Some(&2));
    }
}
