//! Interval history from the ACD: CSV files in the long form
//! (`source,start,value`) or the wide form (`start,<source>,<source>,…`), read with the
//! `csv` crate. Every problem names the file, line and column.

use super::spill::Spill;
use std::borrow::Cow;
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
    /// Which files the values came from, in reading order: per run of files, the file's
    /// number (see [`History::begin_file`]) and how many values were read up to its end.
    pub files: Vec<(usize, u64)>,
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

    /// Notes that `n` more values were read from file number `file`.
    pub(crate) fn read_from_file(&mut self, file: usize, n: usize) {
        let read = self.files.last().map_or(0, |f| f.1) + n as u64;
        match self.files.last_mut() {
            Some(last) if last.0 == file => last.1 = read,
            _ => self.files.push((file, read)),
        }
    }

    /// The number of the file the value read `at`-th (from 0) came from.
    fn file_of(&self, at: usize) -> usize {
        self.files
            .iter()
            .find(|f| f.1 > at as u64)
            .map_or(0, |f| f.0)
    }

    /// Sorts the values by start and resolves values given twice for one start by
    /// `policy` (`name` is the source's, for the error): Ok(how many it resolved).
    fn finish(&mut self, name: &str, policy: Duplicates) -> Result<u64, Duplicate> {
        if self.slots.windows(2).all(|w| w[0] < w[1]) {
            return Ok(0);
        }
        let mut resolved = 0;
        let mut order: Vec<u32> = (0..self.slots.len() as u32).collect();
        // Stable: equal starts keep reading order.
        order.sort_by_key(|&i| self.slots[i as usize]);
        let mut slots = Vec::with_capacity(order.len());
        let mut values: Vec<f64> = Vec::with_capacity(order.len());
        let mut first_of: Vec<u32> = Vec::with_capacity(order.len());
        for i in order {
            let (s, v) = (self.slots[i as usize], self.values[i as usize]);
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
                    let first = first_of.last().copied().unwrap_or(0) as usize;
                    return Err(Duplicate {
                        start: self.interval * s as i64,
                        source: name.to_string(),
                        first_file: self.file_of(first),
                        second_file: self.file_of(i as usize),
                    });
                }
                Duplicates::First => {}
                Duplicates::Last => *last = v,
                Duplicates::Sum => *last += v,
            }
        }
        self.slots = slots;
        self.values = values;
        Ok(resolved)
    }
}

/// The values read, per source path. A history may hold at most a given number of values
/// in memory ([`History::hold_at_most`]): past it, values go to a [`Spill`] file as they
/// are read, and [`History::column`] reads a source back when it is needed.
#[derive(Default)]
pub struct History {
    /// Per source, its values (empty once spilled: then only its file runs are kept).
    pub values: HashMap<String, Column>,
    /// Records skipped because they lie outside the imported range.
    pub outside: u64,
    /// The number of the file being read.
    file: usize,
    /// Values in memory, and how many may be before they are spilled.
    held: usize,
    hold: Option<usize>,
    spill: Option<Spill>,
    /// How a spilled source's duplicates are resolved when it is read back.
    policy: Duplicates,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History")
            .field("values", &self.values)
            .field("outside", &self.outside)
            .field("spilled", &self.spill.is_some())
            .finish()
    }
}

/// What to do with a (source, start) given twice (an error unless a policy
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

/// A (source, start) given twice: the source, the start, and the numbers of the files
/// (see [`History::begin_file`]) of the two records.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    pub source: String,
    pub start: Minute,
    pub first_file: usize,
    pub second_file: usize,
}

/// Why a spilled source could not be read back.
#[derive(Debug)]
pub enum Unreadable {
    Duplicate(Duplicate),
    Io(std::io::Error),
}

impl History {
    /// Keeps at most `values` values in memory while reading: past that, every source's
    /// values go to a temporary file (12 bytes a value) and are read back per source.
    pub fn hold_at_most(&mut self, values: usize) {
        self.hold = Some(values);
    }

    /// The values read next come from file number `k` (for messages on duplicates).
    pub fn begin_file(&mut self, k: usize) {
        self.file = k;
    }

    pub(crate) fn file(&self) -> usize {
        self.file
    }

    /// Whether values went to a spill file.
    pub fn spilled(&self) -> bool {
        self.spill.is_some()
    }

    /// After `n` values were added to the columns: spills them when over the limit, or
    /// (`file_end`) at the end of a file once spilling began.
    pub(crate) fn added(&mut self, n: usize, file_end: bool) -> std::io::Result<()> {
        self.held += n;
        let over = self.hold.is_some_and(|most| self.held > most);
        if over || (file_end && self.spill.is_some()) {
            let spill = match &mut self.spill {
                Some(s) => s,
                None => self.spill.insert(Spill::new()?),
            };
            let mut names: Vec<&String> = self.values.keys().collect();
            names.sort();
            for name in names {
                let c = &self.values[name];
                spill.write(name, &c.slots, &c.values)?;
            }
            // The buffers are kept for the next values.
            for c in self.values.values_mut() {
                c.slots.clear();
                c.values.clear();
            }
            self.held = 0;
            if file_end {
                spill.flush()?;
            }
        }
        Ok(())
    }

    /// Sorts every source's values by start; of two values for one start the later read
    /// wins (see [`History::finish_with`] for the other policies).
    pub fn finish(&mut self) {
        let _ = self.finish_with(Duplicates::Last);
    }

    /// Sorts every source's values by start and resolves values given twice for one start
    /// by `policy`: Ok(how many it resolved), or with [`Duplicates::Error`] the first
    /// duplicate found (by source name, then start). When values were spilled, this is
    /// done per source as [`History::column`] reads it back, and this only frees the
    /// buffers.
    pub fn finish_with(&mut self, policy: Duplicates) -> Result<u64, Duplicate> {
        self.policy = policy;
        if self.spill.is_some() {
            for c in self.values.values_mut() {
                c.slots = Vec::new();
                c.values = Vec::new();
            }
            return Ok(0);
        }
        let mut resolved = 0;
        let mut names: Vec<&String> = self.values.keys().collect();
        names.sort();
        let names: Vec<String> = names.into_iter().cloned().collect();
        for name in names {
            if let Some(c) = self.values.get_mut(&name) {
                resolved += c.finish(&name, policy)?;
            }
        }
        Ok(resolved)
    }

    /// How many values a source has (before duplicates are resolved when spilled).
    pub fn count(&self, name: &str) -> usize {
        match &self.spill {
            Some(s) => s.count(name),
            None => self.values.get(name).map_or(0, Column::len),
        }
    }

    /// A source's values, finished ([`History::finish_with`] ran first), and how many
    /// duplicates reading it back resolved (0 when it was in memory: `finish_with`
    /// counted them); None for a source that has no values.
    pub fn column(&self, name: &str) -> Result<Option<(Cow<'_, Column>, u64)>, Unreadable> {
        let Some(c) = self.values.get(name) else {
            return Ok(None);
        };
        let Some(spill) = &self.spill else {
            return Ok(Some((Cow::Borrowed(c), 0)));
        };
        let mut col = Column {
            interval: c.interval,
            files: c.files.clone(),
            ..Column::default()
        };
        spill.read(name, &mut col).map_err(Unreadable::Io)?;
        let resolved = col
            .finish(name, self.policy)
            .map_err(Unreadable::Duplicate)?;
        Ok(Some((Cow::Owned(col), resolved)))
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
