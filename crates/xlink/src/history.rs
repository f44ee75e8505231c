//! Interval history from the ACD (spec §4.1): CSV files in the long form
//! (`source,start,value`) or the wide form (`start,<source>,<source>,…`), read with the
//! `csv` crate. Every problem names the file, line and column.

use std::collections::HashMap;
use std::fmt;
use xbas::runtime::datetime::serial_from_ymd;

/// An interval start as minutes since 1899-12-30 00:00 (VBA serial day × 1440).
pub type Minute = i64;

/// A problem in a history file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryError {
    pub file: String,
    pub line: u64,
    /// 1-based column (field), 0 when the whole line or file is meant.
    pub column: usize,
    pub message: String,
}

impl HistoryError {
    pub fn new(file: &str, line: u64, column: usize, message: String) -> HistoryError {
        HistoryError {
            file: file.to_string(),
            line,
            column,
            message,
        }
    }
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for HistoryError {}

/// One source's values: interval numbers (minutes since 1899-12-30 divided by the
/// interval) and values side by side, 12 bytes a value; sorted by start with one value per
/// start once [`History::finish`] ran.
#[derive(Debug, Default, Clone)]
pub struct Column {
    pub slots: Vec<u32>,
    pub values: Vec<f64>,
    /// Interval length in minutes.
    pub interval: i64,
}

impl Column {
    pub fn len(&self) -> usize {
        self.slots.len()
    }
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
    /// The value at an interval start.
    pub fn get(&self, start: Minute) -> Option<f64> {
        self.seek(start, &mut 0)
    }
    /// The value at an interval start, for starts asked in increasing order: `cursor`
    /// (start it at 0) remembers where the last lookup ended, so a pass is linear.
    pub fn seek(&self, start: Minute, cursor: &mut usize) -> Option<f64> {
        let slot = u32::try_from(start / self.interval).ok()?;
        let rest = self.slots.get(*cursor..)?;
        // Usually the next value is the one asked for; otherwise search the rest.
        let skip = match rest.first() {
            Some(s) if *s >= slot => 0,
            _ => rest.partition_point(|s| *s < slot),
        };
        *cursor += skip;
        (rest.get(skip) == Some(&slot)).then(|| self.values[*cursor])
    }
    /// Every start that has a value, in order.
    pub fn starts(&self) -> impl Iterator<Item = Minute> + '_ {
        self.slots.iter().map(|s| *s as i64 * self.interval)
    }
}

/// The values read, per source path.
#[derive(Debug, Default)]
pub struct History {
    pub values: HashMap<String, Column>,
    /// Records skipped because they lie outside the imported range.
    pub outside: u64,
}

/// What to do with a (source, start) given twice (spec §4.2: an error unless a policy
/// is chosen). The hour that occurs twice when clocks go back in autumn is the usual
/// cause: its wall-clock starts 02:00–02:45 come twice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Duplicates {
    /// The import fails, naming both places.
    #[default]
    Error,
    /// The value read first is kept.
    First,
    /// The value read last is kept.
    Last,
    /// The values are added.
    Sum,
}

/// A (source, start) given twice: the source, the start, and the two records' positions
/// in reading order (indexes into that source's values as read).
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    pub source: String,
    pub start: Minute,
    pub first: usize,
    pub second: usize,
}

impl History {
    /// Sorts every source's values by start; of two values for one start the later read
    /// wins (see [`History::finish_with`] for the other policies).
    pub fn finish(&mut self) {
        let _ = self.finish_with(Duplicates::Last);
    }

    /// Sorts every source's values by start and resolves values given twice for one start
    /// by `policy`: Ok(how many it resolved), or with [`Duplicates::Error`] the first
    /// duplicate found (by source name, then start).
    pub fn finish_with(&mut self, policy: Duplicates) -> Result<u64, Duplicate> {
        let mut resolved = 0;
        let mut names: Vec<&String> = self.values.keys().collect();
        names.sort();
        let names: Vec<String> = names.into_iter().cloned().collect();
        for name in names {
            let Some(c) = self.values.get_mut(&name) else {
                continue;
            };
            let sorted = c.slots.windows(2).all(|w| w[0] < w[1]);
            if sorted {
                continue;
            }
            let mut order: Vec<u32> = (0..c.slots.len() as u32).collect();
            // Stable: equal starts keep reading order.
            order.sort_by_key(|&i| c.slots[i as usize]);
            let mut slots = Vec::with_capacity(order.len());
            let mut values: Vec<f64> = Vec::with_capacity(order.len());
            let mut first_of: Vec<u32> = Vec::with_capacity(order.len());
            for i in order {
                let (s, v) = (c.slots[i as usize], c.values[i as usize]);
                if slots.last() != Some(&s) {
                    slots.push(s);
                    values.push(v);
                    first_of.push(i);
                    continue;
                }
                resolved += 1;
                let Some(last) = values.last_mut() else {
                    continue;
                };
                match policy {
                    Duplicates::Error => {
                        return Err(Duplicate {
                            start: c.interval * s as i64,
                            source: name,
                            first: first_of.last().copied().unwrap_or(0) as usize,
                            second: i as usize,
                        });
                    }
                    Duplicates::First => {}
                    Duplicates::Last => *last = v,
                    Duplicates::Sum => *last += v,
                }
            }
            c.slots = slots;
            c.values = values;
        }
        Ok(resolved)
    }
}

/// Parses `YYYY-MM-DD HH:MM` (a `T` separator and `:SS` accepted) to minutes.
pub fn parse_start(text: &str) -> Result<Minute, String> {
    let t = text.trim();
    let (date, time) = t.split_once(['T', ' ']).ok_or_else(|| {
        format!(
            "`{}` is not a start time (YYYY-MM-DD HH:MM)",
            quoted(t.as_bytes())
        )
    })?;
    let mut d = date.split('-');
    let (Some(y), Some(m), Some(day), None) = (d.next(), d.next(), d.next(), d.next()) else {
        return Err(format!(
            "`{}` is not a start time (YYYY-MM-DD HH:MM)",
            quoted(t.as_bytes())
        ));
    };
    let num = |s: &str| {
        s.trim().parse::<u32>().map_err(|_| {
            format!(
                "`{}` is not a start time (YYYY-MM-DD HH:MM)",
                quoted(t.as_bytes())
            )
        })
    };
    let (y, m, day) = (num(y)? as i32, num(m)?, num(day)?);
    let serial = serial_from_ymd(y, m, day)
        .ok_or_else(|| format!("`{date}` is not a day of the calendar"))?;
    let mut tp = time.trim().split(':');
    let (Some(h), Some(mi)) = (tp.next(), tp.next()) else {
        return Err(format!(
            "`{}` has no time of day (HH:MM)",
            quoted(t.as_bytes())
        ));
    };
    let s = tp.next();
    if tp.next().is_some() {
        return Err(format!(
            "`{}` is not a start time (YYYY-MM-DD HH:MM)",
            quoted(t.as_bytes())
        ));
    }
    let (h, mi) = (num(h)?, num(mi)?);
    let sec = match s {
        Some(s) => num(s)?,
        None => 0,
    };
    if h > 23 || mi > 59 || sec > 59 {
        return Err(format!("`{time}` is not a time of day (00:00 to 23:59)"));
    }
    if sec != 0 {
        return Err(format!(
            "`{}` does not start on a whole minute",
            quoted(t.as_bytes())
        ));
    }
    Ok(serial as i64 * 1440 + h as i64 * 60 + mi as i64)
}

/// Formats minutes as `YYYY-MM-DD HH:MM`.
pub fn format_start(m: Minute) -> String {
    let day = m.div_euclid(1440);
    let rem = m.rem_euclid(1440);
    let (y, mo, d) = xbas::runtime::datetime::ymd_from_serial(day as f64).unwrap_or((1899, 12, 30));
    format!("{y:04}-{mo:02}-{d:02} {:02}:{:02}", rem / 60, rem % 60)
}

/// Writes starts as [`format_start`] does, the text of the last day kept, for the
/// millions of rows of an import.
#[derive(Debug, Default)]
pub struct StartText {
    day: Option<i64>,
    text: String,
}

impl StartText {
    pub fn write(&mut self, m: Minute, out: &mut Vec<u8>) {
        let day = m.div_euclid(1440);
        if self.day != Some(day) {
            let full = format_start(day * 1440);
            self.text = full[..full.len() - 5].to_string();
            self.day = Some(day);
        }
        let rem = m.rem_euclid(1440);
        let (h, mi) = ((rem / 60) as u8, (rem % 60) as u8);
        out.extend_from_slice(self.text.as_bytes());
        out.extend_from_slice(&[
            b'0' + h / 10,
            b'0' + h % 10,
            b':',
            b'0' + mi / 10,
            b'0' + mi % 10,
        ]);
    }
}

/// Input bytes quoted in a message: at most 200 bytes of them, then how many more (a
/// 100 MB field is not echoed whole).
pub fn quoted(b: &[u8]) -> String {
    const SHOWN: usize = 200;
    if b.len() <= SHOWN {
        return String::from_utf8_lossy(b).into_owned();
    }
    let mut cut = SHOWN;
    // Not inside a UTF-8 sequence.
    while cut > 0 && b[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    format!(
        "{}… ({} more bytes)",
        String::from_utf8_lossy(&b[..cut]),
        b.len() - cut
    )
}

/// Parses a value: a decimal number with `.`; empty is missing (None).
pub fn parse_value(text: &str) -> Result<Option<f64>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let ok = t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    match t.parse::<f64>() {
        Ok(v) if ok && v.is_finite() => Ok(Some(v)),
        _ => Err(format!(
            "`{}` is not a number (decimals are written with `.`, no thousands separators)",
            quoted(t.as_bytes())
        )),
    }
}

/// Which range of starts is kept, and the interval grid.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    /// First minute of the first day.
    pub from: Minute,
    /// First minute after the last day.
    pub to: Minute,
    pub interval: i64,
}

impl Window {
    /// Every interval start of the window.
    pub fn starts(&self) -> impl Iterator<Item = Minute> + use<> {
        (self.from..self.to).step_by(self.interval.max(1) as usize)
    }
    /// How many intervals the window has.
    pub fn count(&self) -> u64 {
        ((self.to - self.from).max(0) / self.interval.max(1)) as u64
    }
}

pub use super::records::{Split, read_bytes, read_file, read_from};

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// 2024-03-04, one day of 15-minute intervals.
    pub(crate) fn window() -> Window {
        Window {
            from: parse_start("2024-03-04 00:00").unwrap(),
            to: parse_start("2024-03-05 00:00").unwrap(),
            interval: 15,
        }
    }

    #[test]
    fn starts() {
        let m = parse_start("2024-03-04 08:15").unwrap();
        assert_eq!(format_start(m), "2024-03-04 08:15");
        assert_eq!(parse_start("2024-03-04T08:15:00"), Ok(m));
        assert!(parse_start("2024-02-30 00:00").is_err());
        assert!(parse_start("2024-03-04 24:00").is_err());
        assert!(parse_start("2024-03-04").is_err());
        assert!(parse_start("04.03.2024 08:15").is_err());
    }

    #[test]
    fn start_text_is_format_start() {
        let mut t = StartText::default();
        let mut out = Vec::new();
        let first = parse_start("2024-03-04 00:00").unwrap();
        for m in [
            0,
            1439,
            first,
            first + 15,
            first + 1440 * 400 + 1425,
            first,
            -1,
            -1440,
        ] {
            out.clear();
            t.write(m, &mut out);
            assert_eq!(String::from_utf8_lossy(&out), format_start(m), "{m}");
        }
    }

    #[test]
    fn values() {
        assert_eq!(parse_value(" 12.5 "), Ok(Some(12.5)));
        assert_eq!(parse_value(""), Ok(None));
        for bad in ["1,5", "NaN", "inf", "1e400", "12a", "1,000"] {
            assert!(parse_value(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn long_and_wide_forms() {
        let mut h = History::default();
        read_bytes("l.csv", b"source,start,value\nA:Calls,2024-03-04 08:00,5\nA:Calls,2024-03-03 08:00,9\nB:Calls,2024-03-04 08:15,\n", window(), &mut h).unwrap();
        assert_eq!(h.values["A:Calls"].len(), 1);
        assert!(!h.values.contains_key("B:Calls"));
        assert_eq!(h.outside, 1);
        read_bytes(
            "w.csv",
            b"start,A:Calls,C:Q:Calls\n2024-03-04 08:30,1,2.5\n2024-03-04 08:45,,3\n",
            window(),
            &mut h,
        )
        .unwrap();
        assert_eq!(h.values["A:Calls"].len(), 2);
        assert_eq!(h.values["C:Q:Calls"].len(), 2);
    }

    #[test]
    fn the_later_of_two_values_for_one_start_wins() {
        let mut h = History::default();
        read_bytes("a.csv", b"source,start,value\nS:Q,2024-03-04 08:15,1\nS:Q,2024-03-04 08:00,2\nS:Q,2024-03-04 08:15,3\n", window(), &mut h).unwrap();
        h.finish();
        let col = &h.values["S:Q"];
        assert_eq!(col.len(), 2);
        assert_eq!(col.get(parse_start("2024-03-04 08:15").unwrap()), Some(3.0));
        assert_eq!(col.get(parse_start("2024-03-04 08:00").unwrap()), Some(2.0));
        assert_eq!(col.get(parse_start("2024-03-04 08:30").unwrap()), None);
    }

    #[test]
    fn errors_name_line_and_column() {
        let mut h = History::default();
        let e = read_bytes(
            "x.csv",
            b"source,start,value\nA:B,2024-03-04 08:00,five\n",
            window(),
            &mut h,
        )
        .unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        let e = read_bytes(
            "x.csv",
            b"source,start,value\nA:B,2024-03-04 08:10,5\n",
            window(),
            &mut h,
        )
        .unwrap_err();
        assert_eq!((e.line, e.column), (2, 2));
        assert!(e.message.contains("off the 15-minute grid"));
        let e = read_bytes("x.csv", b"when,what\n1,2\n", window(), &mut h).unwrap_err();
        assert!(e.message.contains("unknown header"));
        let e = read_bytes(
            "x.csv",
            b"source,start,value\nA:B,2024-02-30 08:00,5\n",
            window(),
            &mut h,
        )
        .unwrap_err();
        assert_eq!((e.line, e.column), (2, 2));
        let e = read_bytes("x.csv", b"start,A:B,A:B\n", window(), &mut h).unwrap_err();
        assert!(e.message.contains("twice"));
        let e = read_bytes("x.csv", b"", window(), &mut h).unwrap_err();
        assert!(e.message.contains("header"));
    }
}
