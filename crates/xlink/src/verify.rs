//! `xbas verify`: the values an import would store (the import itself, run with a sink
//! that writes nothing) against those the WFM system holds ([`super::expected`]), joined
//! on (db, queue, value type, start). Per mapping it counts what is equal, different,
//! only on one side; keeps the largest and the first differences with their Para values;
//! draws a series and a histogram for the report ([`super::report`]); and explains the
//! differences it recognises, each by one entry of [`CLASSIFIERS`].

use super::expected::{Expected, Key};
use super::history::{Minute, format_start};
use super::import::{self, ImportError, Progress, Row, Sink, Summary};
use super::map::{AcdMap, Target};
use std::collections::{HashMap, HashSet};
use xbas::calendar::{weekday_of, ymd_from_serial};

/// How a verification runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The import to run (its map, history, range, `fill`, duplicates policy).
    pub import: import::Options,
    /// The largest difference that still counts as equal.
    pub tolerance: f64,
    /// Differences kept per mapping, largest and first each.
    pub keep: usize,
}

/// Points of a series drawn as they are; a longer one is drawn per day.
pub const MAX_POINTS: usize = 3000;

/// One interval where the two sides differ (or only one has a value).
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    pub start: Minute,
    pub xbas: Option<i64>,
    pub expected: Option<f64>,
    /// Para1..N of the interval (None: no value, the script saw 0); empty for an
    /// interval xbas did not evaluate.
    pub paras: Vec<Option<f64>>,
}

impl Diff {
    /// xbas minus expected, with a missing side as 0.
    pub fn delta(&self) -> f64 {
        self.xbas.map_or(0.0, |x| x as f64) - self.expected.unwrap_or(0.0)
    }
}

/// A point of a mapping's chart: a start (or a day's first minute), the two values (a
/// day's sums), and whether the two differ there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub at: Minute,
    pub xbas: Option<f64>,
    pub expected: Option<f64>,
    pub differs: bool,
}

/// A recognised cause of a mapping's differences, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The classifier's name (`rounding`, `factor-100`, …).
    pub kind: &'static str,
    pub text: String,
}

/// What one mapping gave.
#[derive(Debug, Clone, Default)]
pub struct MappingReport {
    pub target: String,
    pub key: Key,
    pub script: String,
    pub sources: Vec<String>,
    /// Intervals with a value on both sides.
    pub compared: u64,
    pub equal: u64,
    /// Compared and more than the tolerance apart.
    pub different: u64,
    pub only_xbas: u64,
    pub only_expected: u64,
    /// The largest differences (by size), then the first ones (by start).
    pub largest: Vec<Diff>,
    pub first: Vec<Diff>,
    pub explanations: Vec<Explanation>,
    /// The chart's points (per interval, or per day when there are more than
    /// [`MAX_POINTS`]); empty when nothing differs.
    pub series: Vec<Point>,
    pub per_day: bool,
    /// Counts of differences per bucket of [`BUCKETS`] (negative buckets first).
    pub histogram: Vec<(String, u64)>,
}

impl MappingReport {
    /// Whether anything differs.
    pub fn differs(&self) -> bool {
        self.different + self.only_xbas + self.only_expected > 0
    }
}

/// What a verification found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub mappings: Vec<MappingReport>,
    /// Expected series no mapping of the map has: key and rows.
    pub unmapped: Vec<(Key, u64)>,
    pub expected_rows: u64,
    pub expected_repeated: u64,
    /// Expected values outside the range verified (not compared).
    pub expected_outside: u64,
    pub tolerance: f64,
    pub import: Summary,
    pub from: Minute,
    pub to: Minute,
}

impl Report {
    /// Whether everything matches within the tolerance.
    pub fn matches(&self) -> bool {
        self.unmapped.is_empty() && self.mappings.iter().all(|m| !m.differs())
    }
}

/// The facts the classifiers look at, counted as a mapping's rows go by.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    pub different: u64,
    pub only_xbas: u64,
    pub only_expected: u64,
    /// Differences of exactly ±1, and of those, how many have xbas above.
    pub off_by_one: u64,
    pub one_above: u64,
    /// Differences where one side is 100 times the other; of those, xbas the larger.
    pub factor_100: u64,
    pub xbas_100_larger: u64,
    /// Differences of any kind in an hour when clocks change (see [`clock_change`]).
    pub in_clock_change: u64,
    pub clock_days: Vec<Minute>,
    /// Expected values in the range at intervals where the import evaluated nothing.
    pub expected_without_sources: u64,
    /// Expected values at intervals whose script failed (skipped with keep-going).
    pub expected_at_failures: u64,
    /// The expected side's first and last start for this mapping (None: no rows).
    pub expected_span: Option<(Minute, Minute)>,
    /// xbas values outside that span.
    pub xbas_outside_span: u64,
    /// Whether the script's `Result` is truncated when stored (not declared Integer, Long
    /// or Byte, which round).
    pub result_truncated: Option<bool>,
    /// Whether the import ran with `--fill`.
    pub fill: bool,
}

/// A classifier: its name and the sentence it says of the evidence, if it applies.
pub struct Classifier {
    pub kind: &'static str,
    pub explain: fn(&Evidence) -> Option<String>,
}

/// Every recognised cause of differences, one entry each; a mapping gets every one that
/// applies, in this order.
pub const CLASSIFIERS: &[Classifier] = &[
    Classifier {
        kind: "rounding",
        explain: rounding,
    },
    Classifier {
        kind: "factor-100",
        explain: factor_100,
    },
    Classifier {
        kind: "daylight-saving",
        explain: daylight_saving,
    },
    Classifier {
        kind: "empty-intervals",
        explain: empty_intervals,
    },
    Classifier {
        kind: "not-imported",
        explain: not_imported,
    },
    Classifier {
        kind: "script-failed",
        explain: script_failed,
    },
];

fn script_failed(e: &Evidence) -> Option<String> {
    (e.expected_at_failures > 0).then(|| {
        format!(
            "{} expected values are at intervals where the script failed in xbas (skipped with --keep-going; the failures are listed): the legacy engine stored a value where xbas raises an error",
            e.expected_at_failures
        )
    })
}

fn rounding(e: &Evidence) -> Option<String> {
    if e.different == 0 || e.off_by_one != e.different {
        return None;
    }
    let advice = match e.result_truncated {
        Some(true) => {
            "this script's `Result` is not declared As Long (or Integer), so xbas truncates it; if the legacy engine rounded, declare `Dim Result As Long` (rounds half to even) or store `Round(…)`"
        }
        Some(false) => {
            "this script declares `Result` As Long (or Integer), so xbas rounds it (half to even); if the legacy engine truncated, leave `Result` undeclared or store `Fix(…)`"
        }
        None => {
            "declare `Dim Result As Long` to round, or leave `Result` undeclared to truncate, as the legacy engine did"
        }
    };
    Some(format!(
        "every one of the {} differences is exactly ±1 (xbas above in {}): rounding against truncation of `Result` (a `Result` declared As Long or Integer is rounded half to even when stored, any other is truncated toward zero); {advice}",
        e.different, e.one_above
    ))
}

fn factor_100(e: &Evidence) -> Option<String> {
    if e.different == 0 || e.factor_100 != e.different {
        return None;
    }
    let side = if e.xbas_100_larger == e.different {
        "xbas's values are 100 times the expected ones"
    } else if e.xbas_100_larger == 0 {
        "the expected values are 100 times xbas's"
    } else {
        "one side is 100 times the other"
    };
    Some(format!(
        "in every one of the {} differences {side}: the ×100 convention (scripts store hundredths, `Result = … * 100`); the script and the WFM value type disagree on it",
        e.different
    ))
}

fn daylight_saving(e: &Evidence) -> Option<String> {
    let all = e.different + e.only_xbas + e.only_expected;
    if all == 0 || e.in_clock_change != all {
        return None;
    }
    let days: Vec<String> = e
        .clock_days
        .iter()
        .take(4)
        .map(|d| format_start(*d)[..10].to_string())
        .collect();
    Some(format!(
        "all {all} differences lie in the hours when clocks change ({}{}): daylight-saving handling; the repeated autumn hour is a duplicate for xbas (choose with --duplicates first, last or sum as the legacy engine did), and the skipped spring hour has no intervals",
        days.join(", "),
        if e.clock_days.len() > 4 { ", …" } else { "" }
    ))
}

fn empty_intervals(e: &Evidence) -> Option<String> {
    if e.fill || e.expected_without_sources == 0 || e.only_expected != e.expected_without_sources {
        return None;
    }
    Some(format!(
        "the expected data has {} values at intervals where every source of the mapping is missing: the legacy engine evaluated empty intervals; run with --fill to do the same",
        e.expected_without_sources
    ))
}

fn not_imported(e: &Evidence) -> Option<String> {
    if e.only_xbas == 0 {
        return None;
    }
    match e.expected_span {
        None => Some(format!(
            "the expected data has no value for this mapping and xbas has {}: it was not imported before (or under another queue or value type)",
            e.only_xbas
        )),
        Some((a, b)) if e.xbas_outside_span == e.only_xbas => Some(format!(
            "the {} values only xbas has lie outside the expected data's range ({} to {}): that part of the range was not imported before",
            e.only_xbas,
            format_start(a),
            format_start(b)
        )),
        Some(_) => None,
    }
}

/// Whether `start` lies in an hour when clocks change: 01:00–03:00 on the last Sunday of
/// March or October (the European rule) or on the second Sunday of March or the first
/// of November (the North American one).
pub fn clock_change(start: Minute) -> bool {
    let day = start.div_euclid(1440);
    let minute = start.rem_euclid(1440);
    if !(60..180).contains(&minute) || weekday_of(day) != 1 {
        return false;
    }
    let Some((_, month, d)) = ymd_from_serial(day as f64) else {
        return false;
    };
    match month {
        3 => d + 7 > 31 || (8..=14).contains(&d),
        10 => d + 7 > 31,
        11 => d <= 7,
        _ => false,
    }
}

/// Histogram buckets of a difference's size: `|d|` up to each bound (above the last:
/// the last bucket).
pub const BUCKETS: [f64; 10] = [
    1.0,
    2.0,
    5.0,
    10.0,
    100.0,
    1e3,
    1e4,
    1e5,
    1e6,
    f64::INFINITY,
];

fn bucket_labels() -> Vec<String> {
    let mut labels = Vec::new();
    // Short, so that twenty labels fit under their bars: 1k, 10k, 1M.
    let text = |x: f64| match x {
        x if x.is_infinite() => "∞".to_string(),
        x if x >= 1e6 => format!("{}M", x / 1e6),
        x if x >= 1e3 => format!("{}k", x / 1e3),
        x => format!("{x}"),
    };
    for k in (0..BUCKETS.len()).rev() {
        let lo = if k == 0 { 0.0 } else { BUCKETS[k - 1] };
        labels.push(format!("−{}…−{}", text(BUCKETS[k]), text(lo)).replace("−0", "0"));
    }
    for k in 0..BUCKETS.len() {
        let lo = if k == 0 { 0.0 } else { BUCKETS[k - 1] };
        labels.push(format!("+{}…{}", text(lo), text(BUCKETS[k])));
    }
    labels
}

fn bucket_of(d: f64) -> usize {
    let k = BUCKETS
        .iter()
        .position(|b| d.abs() <= *b)
        .unwrap_or(BUCKETS.len() - 1);
    if d < 0.0 {
        BUCKETS.len() - 1 - k
    } else {
        BUCKETS.len() + k
    }
}

/// A difference kept among the largest, ordered by size (the latest start first among
/// equal sizes, so that the earliest stay).
struct Kept(f64, Diff);

impl PartialEq for Kept {
    fn eq(&self, o: &Kept) -> bool {
        self.cmp(o) == std::cmp::Ordering::Equal
    }
}

impl Eq for Kept {}

impl PartialOrd for Kept {
    fn partial_cmp(&self, o: &Kept) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Kept {
    fn cmp(&self, o: &Kept) -> std::cmp::Ordering {
        self.0.total_cmp(&o.0).then(o.1.start.cmp(&self.1.start))
    }
}

/// One mapping as its rows go by.
struct Check {
    report: MappingReport,
    ev: Evidence,
    expected: Vec<(Minute, f64)>,
    /// The next expected value not yet joined.
    at: usize,
    points: Vec<Point>,
    days: Vec<Point>,
    buckets: Vec<u64>,
    tolerance: f64,
    keep: usize,
    /// The largest differences so far, the smallest of them on top: deciding whether
    /// one more is kept costs a look at the top, whatever `keep` is.
    largest: std::collections::BinaryHeap<std::cmp::Reverse<Kept>>,
    window: (Minute, Minute),
    /// The starts where the mapping's script failed (known from its first row, or from
    /// the import's summary for a mapping without rows).
    failed: Option<Vec<Minute>>,
}

impl Check {
    fn new(mut report: MappingReport, expected: Vec<(Minute, f64)>, o: &Options) -> Check {
        report.histogram = Vec::new();
        let ev = Evidence {
            expected_span: expected
                .first()
                .zip(expected.last())
                .map(|(a, b)| (a.0, b.0)),
            fill: o.import.fill,
            ..Evidence::default()
        };
        Check {
            report,
            ev,
            expected,
            at: 0,
            points: Vec::new(),
            days: Vec::new(),
            buckets: vec![0; 2 * BUCKETS.len()],
            tolerance: o.tolerance,
            keep: o.keep.max(1),
            largest: std::collections::BinaryHeap::new(),
            window: (o.import.window.from, o.import.window.to),
            failed: None,
        }
    }

    /// Joins one xbas row (in start order), after the expected values before it.
    fn row(&mut self, r: &Row) {
        if self.failed.is_none() {
            self.failed = Some(r.inputs.failed().to_vec());
        }
        while let Some(&(s, v)) = self.expected.get(self.at) {
            if s >= r.start {
                break;
            }
            self.at += 1;
            self.only_expected(s, v);
        }
        let expected = match self.expected.get(self.at) {
            Some(&(s, v)) if s == r.start => {
                self.at += 1;
                Some(v)
            }
            _ => None,
        };
        let x = r.value as f64;
        match expected {
            Some(e) => {
                self.report.compared += 1;
                let d = x - e;
                if d.abs() <= self.tolerance {
                    self.report.equal += 1;
                    self.point(r.start, Some(x), Some(e), false);
                    return;
                }
                self.report.different += 1;
                self.ev.different += 1;
                if d.abs() == 1.0 {
                    self.ev.off_by_one += 1;
                    self.ev.one_above += (d > 0.0) as u64;
                }
                if e != 0.0 && (x == e * 100.0 || e == x * 100.0) {
                    self.ev.factor_100 += 1;
                    self.ev.xbas_100_larger += (x == e * 100.0) as u64;
                }
            }
            None => {
                self.report.only_xbas += 1;
                self.ev.only_xbas += 1;
                if let Some((a, b)) = self.ev.expected_span {
                    self.ev.xbas_outside_span += (r.start < a || r.start > b) as u64;
                }
            }
        }
        self.clock(r.start);
        self.point(r.start, Some(x), expected, true);
        // The Para values are looked up only for a difference that is kept.
        if self.wants((x - expected.unwrap_or(0.0)).abs()) {
            self.keep_diff(Diff {
                start: r.start,
                xbas: Some(r.value),
                expected,
                paras: r.inputs.paras(r.start),
            });
        }
    }

    /// Whether a difference of `size` would be kept (among the first or the largest).
    fn wants(&self, size: f64) -> bool {
        self.report.first.len() < self.keep
            || self.largest.len() < self.keep
            || self.largest.peek().is_some_and(|k| k.0.0 < size)
    }

    fn only_expected(&mut self, s: Minute, v: f64) {
        self.report.only_expected += 1;
        self.ev.only_expected += 1;
        let failed = self
            .failed
            .as_ref()
            .is_some_and(|f| f.binary_search(&s).is_ok());
        if failed {
            self.ev.expected_at_failures += 1;
        } else if !self.ev.fill && s >= self.window.0 && s < self.window.1 {
            self.ev.expected_without_sources += 1;
        }
        self.clock(s);
        self.point(s, None, Some(v), true);
        self.keep_diff(Diff {
            start: s,
            xbas: None,
            expected: Some(v),
            paras: Vec::new(),
        });
    }

    fn clock(&mut self, s: Minute) {
        if clock_change(s) {
            self.ev.in_clock_change += 1;
            let day = s.div_euclid(1440) * 1440;
            if self.ev.clock_days.last() != Some(&day) && self.ev.clock_days.len() < 64 {
                self.ev.clock_days.push(day);
            }
        }
    }

    fn point(&mut self, at: Minute, xbas: Option<f64>, expected: Option<f64>, differs: bool) {
        if differs {
            let d = xbas.unwrap_or(0.0) - expected.unwrap_or(0.0);
            self.buckets[bucket_of(d)] += 1;
        }
        if self.points.len() <= MAX_POINTS {
            self.points.push(Point {
                at,
                xbas,
                expected,
                differs,
            });
        }
        let day = at.div_euclid(1440) * 1440;
        let add = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => Some(a + b),
            (a, b) => a.or(b),
        };
        match self.days.last_mut() {
            Some(p) if p.at == day => {
                p.xbas = add(p.xbas, xbas);
                p.expected = add(p.expected, expected);
                p.differs |= differs;
            }
            _ => self.days.push(Point {
                at: day,
                xbas,
                expected,
                differs,
            }),
        }
    }

    /// Keeps `d` among the largest and the first differences.
    fn keep_diff(&mut self, d: Diff) {
        if self.report.first.len() < self.keep {
            self.report.first.push(d.clone());
        }
        let size = d.delta().abs();
        if self.largest.len() < self.keep {
            self.largest.push(std::cmp::Reverse(Kept(size, d)));
        } else if self.largest.peek().is_some_and(|k| k.0.0 < size) {
            self.largest.pop();
            self.largest.push(std::cmp::Reverse(Kept(size, d)));
        }
    }

    /// The rest of the expected values, the explanations and the chart.
    fn finish(mut self) -> MappingReport {
        while let Some(&(s, v)) = self.expected.get(self.at) {
            self.at += 1;
            self.only_expected(s, v);
        }
        let mut r = self.report;
        // Largest first, then by start.
        r.largest = self
            .largest
            .into_sorted_vec()
            .into_iter()
            .map(|k| k.0.1)
            .collect();
        if r.differs() {
            r.explanations = CLASSIFIERS
                .iter()
                .filter_map(|c| {
                    (c.explain)(&self.ev).map(|text| Explanation { kind: c.kind, text })
                })
                .collect();
            r.per_day = self.points.len() > MAX_POINTS;
            r.series = if r.per_day { self.days } else { self.points };
            r.histogram = bucket_labels()
                .into_iter()
                .zip(self.buckets)
                .filter(|(_, n)| *n > 0)
                .collect();
        }
        r
    }
}

/// Whether the script's `Result` is truncated when stored: anything but an integral
/// declared type (spec 1.1; None: the script does not compile here).
fn result_truncated(folder: &std::path::Path, file: &str) -> Option<bool> {
    let source = xbas::syntax::source::SourceFile::read(&folder.join(file)).ok()?;
    let p = xbas::vm::Program::compile_source(source).ok()?;
    let m = p.module();
    let g = m.globals.get(m.result as usize)?;
    use xbas::syntax::ast::TypeName;
    Some(!matches!(
        g.ty,
        TypeName::Integer | TypeName::Long | TypeName::Byte
    ))
}

/// Runs the import of `o` into memory and joins its rows with `expected`.
pub fn verify(
    o: &Options,
    mut expected: Expected,
    progress: &dyn Progress,
) -> Result<Report, ImportError> {
    let map = AcdMap::read(&o.import.map)
        .map_err(|e| ImportError::Io(format!("{}: {e}", o.import.map.display())))?;
    let folder = o
        .import
        .map
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."))
        .to_path_buf();
    // The mappings as the import runs them: one per queue key, in map order.
    let mut seen = HashSet::new();
    let mut truncation: HashMap<String, Option<bool>> = HashMap::new();
    let mut order: Vec<(Target, MappingReport, Option<bool>)> = Vec::new();
    for m in map.mappings() {
        let key = m.target.queue_key();
        if !seen.insert(key.clone()) {
            continue;
        }
        let script = m.scripts.first().map(|s| s.1.clone()).unwrap_or_default();
        // Compiled once per script, however many mappings share it.
        let truncated = *truncation
            .entry(script.clone())
            .or_insert_with(|| result_truncated(&folder, &script));
        order.push((
            m.target.clone(),
            MappingReport {
                target: m.target.to_string(),
                key,
                script,
                sources: m.sources.iter().map(|s| s.1.trim().to_string()).collect(),
                ..MappingReport::default()
            },
            truncated,
        ));
    }
    let index: HashMap<Key, usize> = order
        .iter()
        .enumerate()
        .map(|(i, m)| (m.1.key.clone(), i))
        .collect();
    // Only the range verified is compared: an export of a longer period is no
    // difference outside it.
    let (from, to) = (o.import.window.from, o.import.window.to);
    let mut outside = 0u64;
    for values in expected.series.values_mut() {
        let before = values.len();
        values.retain(|(s, _)| *s >= from && *s < to);
        outside += (before - values.len()) as u64;
    }
    let mut done: Vec<Option<MappingReport>> = vec![None; order.len()];
    let mut current: Option<(usize, Check)> = None;
    let start = |i: usize, expected: &mut Expected| {
        let (_, report, truncated) = &order[i];
        let values = expected.series.remove(&report.key).unwrap_or_default();
        let mut c = Check::new(report.clone(), values, o);
        c.ev.result_truncated = *truncated;
        c
    };
    let summary = {
        // The mapping of the row before (rows come mapping by mapping).
        let mut last: Option<(*const Target, Option<usize>)> = None;
        let mut emit = |r: &Row| -> std::io::Result<()> {
            let i = match last {
                Some((t, i)) if std::ptr::eq(t, r.target) => i,
                _ => {
                    let i = index.get(&r.target.queue_key()).copied();
                    last = Some((r.target, i));
                    i
                }
            };
            let Some(i) = i else {
                return Ok(());
            };
            if current.as_ref().map(|c| c.0) != Some(i) {
                if let Some((j, c)) = current.take() {
                    done[j] = Some(c.finish());
                }
                current = Some((i, start(i, &mut expected)));
            }
            if let Some((_, c)) = current.as_mut() {
                c.row(r);
            }
            Ok(())
        };
        import::run(&o.import, Sink::Rows(&mut emit), |_, _, _| {}, progress)?
    };
    if let Some((j, c)) = current.take() {
        done[j] = Some(c.finish());
    }
    // Mappings without any xbas row: all their expected values are on one side.
    for (i, d) in done.iter_mut().enumerate() {
        if d.is_none() {
            let mut c = start(i, &mut expected);
            let target = order[i].0.to_string();
            let mut failed: Vec<Minute> = summary
                .failed_at
                .iter()
                .filter(|(t, _)| *t == target)
                .map(|(_, m)| *m)
                .collect();
            failed.sort_unstable();
            c.failed = Some(failed);
            *d = Some(c.finish());
        }
    }
    let mut unmapped: Vec<(Key, u64)> = expected
        .series
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.clone(), v.len() as u64))
        .collect();
    unmapped.sort();
    Ok(Report {
        mappings: done.into_iter().flatten().collect(),
        unmapped,
        expected_rows: expected.rows,
        expected_repeated: expected.repeated,
        expected_outside: outside,
        tolerance: o.tolerance,
        import: summary,
        from: o.import.window.from,
        to: o.import.window.to,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::parse_start;

    fn at(text: &str) -> Minute {
        parse_start(text).expect("a start")
    }

    /// The hours when clocks change, by both rules; an hour beside them is not one.
    #[test]
    fn clock_change_hours() {
        for s in [
            "2024-03-31 02:00",
            "2024-10-27 02:15",
            "2024-03-10 02:00",
            "2024-11-03 01:30",
        ] {
            assert!(clock_change(at(s)), "{s}");
        }
        for s in ["2024-03-31 03:00", "2024-03-24 02:00", "2024-10-27 00:45"] {
            assert!(!clock_change(at(s)), "{s}");
        }
    }

    /// Each classifier applies to its own evidence and not to another's.
    #[test]
    fn each_classifier_recognises_its_evidence() {
        let off_by_one = Evidence {
            different: 3,
            off_by_one: 3,
            one_above: 3,
            result_truncated: Some(false),
            expected_span: Some((0, 1)),
            ..Evidence::default()
        };
        let hundred = Evidence {
            different: 2,
            factor_100: 2,
            xbas_100_larger: 2,
            expected_span: Some((0, 1)),
            ..Evidence::default()
        };
        let dst = Evidence {
            different: 1,
            only_xbas: 1,
            in_clock_change: 2,
            clock_days: vec![at("2024-10-27 00:00")],
            expected_span: Some((0, i64::MAX)),
            ..Evidence::default()
        };
        let fill = Evidence {
            only_expected: 5,
            expected_without_sources: 5,
            expected_span: Some((0, 1)),
            ..Evidence::default()
        };
        let absent = Evidence {
            only_xbas: 4,
            ..Evidence::default()
        };
        let failed = Evidence {
            only_expected: 2,
            expected_at_failures: 2,
            expected_span: Some((0, 1)),
            ..Evidence::default()
        };
        let kinds = |e: &Evidence| -> Vec<&str> {
            CLASSIFIERS
                .iter()
                .filter(|c| (c.explain)(e).is_some())
                .map(|c| c.kind)
                .collect()
        };
        assert_eq!(kinds(&off_by_one), ["rounding"]);
        assert_eq!(kinds(&hundred), ["factor-100"]);
        assert_eq!(kinds(&dst), ["daylight-saving"]);
        assert_eq!(kinds(&fill), ["empty-intervals"]);
        assert_eq!(kinds(&absent), ["not-imported"]);
        assert_eq!(kinds(&failed), ["script-failed"]);
        assert!(rounding(&off_by_one).is_some_and(|t| t.contains("Fix(")));
    }

    /// Buckets: each difference in the one its size and sign say.
    #[test]
    fn buckets_by_size_and_sign() {
        let labels = bucket_labels();
        assert_eq!(labels[bucket_of(1.0)], "+0…1");
        assert_eq!(labels[bucket_of(-1.0)], "−1…0");
        assert_eq!(labels[bucket_of(150.0)], "+100…1k");
        assert_eq!(labels[bucket_of(-1e12)], "−∞…−1M");
    }
}
