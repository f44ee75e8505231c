//! The values a WFM system holds, as exported for `xbas verify`: CSV with the import's
//! output columns (`db,parent_id,queue_id,value_type_id,start,value`; header required,
//! columns found by name, extra ones ignored) or a SQLite file with the import's table.
//! A CSV file streams through in blocks of whole records, each cut into parts parsed on
//! the rayon threads ([`super::split`]); every problem names the file and line.

use super::history::{Minute, parse_start, quoted};
use super::records::{Starts, fill, leading_digits, value};
use super::split::{cut, last_record_end};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// What a value is joined on: DbName (compared without case, as the import's queue key
/// does), queue id, value type id.
pub type Key = (String, i64, i64);

/// The expected values: per key, (start, value) in start order, one per start.
#[derive(Debug, Default)]
pub struct Expected {
    pub series: HashMap<Key, Vec<(Minute, f64)>>,
    /// Rows read (with a value).
    pub rows: u64,
    /// Rows whose key and start an earlier row already gave (the last one counts).
    pub repeated: u64,
    /// Rows with an empty value (nothing to compare).
    pub empty: u64,
}

/// Bytes read per block.
const BLOCK: usize = 8 << 20;

/// The columns a CSV export needs, as named in its header.
const NEEDED: [&str; 5] = ["db", "queue_id", "value_type_id", "start", "value"];

impl Expected {
    /// Reads one file: `.sqlite`/`.db` (the import's table), else CSV. `progress` gets
    /// the bytes read as they go.
    pub fn read(&mut self, path: &Path, progress: &mut dyn FnMut(u64)) -> Result<(), String> {
        let name = path.display().to_string();
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if ext == "sqlite" || ext == "db" {
            return self.read_sqlite(path);
        }
        let file = xbas::syntax::source::open_regular(path).map_err(|e| format!("{name}: {e}"))?;
        self.read_csv(&name, file, progress)
    }

    /// Reads CSV from any reader (`name` is used in messages).
    pub fn read_csv(
        &mut self,
        name: &str,
        reader: impl Read,
        progress: &mut dyn FnMut(u64),
    ) -> Result<(), String> {
        let mut reader = super::linebreaks::LoneCr::new(reader);
        let io = |e: std::io::Error| format!("{name}: {e}");
        let mut buf = Vec::with_capacity(BLOCK + (64 << 10));
        let mut eof = fill(&mut reader, &mut buf, BLOCK).map_err(io)?;
        if buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
            buf.drain(..3);
        }
        let header_end = match memchr::memchr(b'\n', &buf) {
            Some(i) => i + 1,
            None if eof => buf.len(),
            None => return Err(format!("{name}:1: the header line is longer than 8 MB")),
        };
        let cols = header(name, &buf[..header_end])?;
        progress(header_end as u64);
        let mut line = 2u64;
        let mut skip = header_end;
        let parts = rayon::current_num_threads().max(1) * 2;
        loop {
            let rest = &buf[skip..];
            let end = if eof {
                rest.len()
            } else {
                match last_record_end(rest) {
                    Some(e) => e,
                    None if rest.len() > BLOCK => {
                        return Err(format!(
                            "{name}:{line}: a record longer than 8 MB starts here: an unclosed quote?"
                        ));
                    }
                    None => {
                        let more = buf.len().max(BLOCK);
                        eof = fill(&mut reader, &mut buf, more).map_err(io)?;
                        continue;
                    }
                }
            };
            let whole = &rest[..end];
            let n = parts.min(whole.len() / (64 << 10)).max(1);
            let bounds = cut(whole, n);
            let parsed: Vec<Result<Part, (u64, String)>> = {
                use rayon::prelude::*;
                bounds
                    .par_windows(2)
                    .map(|w| parse_part(&cols, &whole[w[0]..w[1]]))
                    .collect()
            };
            for p in parsed {
                // The parts before this one have added their lines.
                let p = p.map_err(|(at, message)| format!("{name}:{}: {message}", line + at))?;
                line += p.lines;
                self.rows += p.rows;
                self.empty += p.empty;
                for (key, mut values) in p.runs {
                    self.series.entry(key).or_default().append(&mut values);
                }
            }
            progress(end as u64);
            if eof && end == rest.len() {
                break;
            }
            buf.drain(..skip + end);
            skip = 0;
            eof = fill(&mut reader, &mut buf, BLOCK).map_err(io)?;
        }
        Ok(())
    }

    /// Reads the import's table `interval_values` from a SQLite file.
    #[cfg(feature = "sqlite")]
    fn read_sqlite(&mut self, path: &Path) -> Result<(), String> {
        let name = path.display().to_string();
        let sql = |e: rusqlite::Error| format!("{name}: {e}");
        let conn =
            rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(sql)?;
        let mut q = conn
            .prepare("SELECT db, queue_id, value_type_id, start, value FROM interval_values")
            .map_err(sql)?;
        let mut rows = q.query([]).map_err(sql)?;
        let mut last: Option<Key> = None;
        let mut run: Vec<(Minute, f64)> = Vec::new();
        while let Some(r) = rows.next().map_err(sql)? {
            let db: String = r.get(0).map_err(sql)?;
            let key = (
                db.to_lowercase(),
                r.get(1).map_err(sql)?,
                r.get(2).map_err(sql)?,
            );
            let start: String = r.get(3).map_err(sql)?;
            let start = parse_start(&start).map_err(|e| format!("{name}: {e}"))?;
            let value: f64 = r.get(4).map_err(sql)?;
            if last.as_ref() != Some(&key) {
                if let Some(k) = last.take() {
                    self.series
                        .entry(k)
                        .or_default()
                        .append(&mut std::mem::take(&mut run));
                }
                last = Some(key);
            }
            run.push((start, value));
            self.rows += 1;
        }
        if let Some(k) = last {
            self.series.entry(k).or_default().append(&mut run);
        }
        Ok(())
    }

    #[cfg(not(feature = "sqlite"))]
    fn read_sqlite(&mut self, path: &Path) -> Result<(), String> {
        Err(format!(
            "{}: this xbas was built without SQLite",
            path.display()
        ))
    }

    /// Sorts every series by start and keeps the last value given for a start (after
    /// reading every file).
    pub fn finish(&mut self) {
        let mut repeated = 0;
        for values in self.series.values_mut() {
            if !values.windows(2).all(|w| w[0].0 < w[1].0) {
                // Stable: equal starts keep reading order, and the last one stays.
                values.sort_by_key(|v| v.0);
                let before = values.len();
                values.reverse();
                values.dedup_by_key(|v| v.0);
                values.reverse();
                repeated += (before - values.len()) as u64;
            }
        }
        self.repeated += repeated;
    }
}

/// Where the needed columns are: db, queue_id, value_type_id, start, value.
fn header(name: &str, line: &[u8]) -> Result<[usize; 5], String> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line);
    let mut rec = csv::ByteRecord::new();
    let names: Vec<String> = match rdr.read_byte_record(&mut rec) {
        Ok(true) => rec
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_lowercase())
            .collect(),
        _ => Vec::new(),
    };
    let mut at = [0; 5];
    for (k, want) in NEEDED.iter().enumerate() {
        at[k] = names.iter().position(|n| n == want).ok_or_else(|| {
            format!(
                "{name}:1: the header has no `{want}` column; an expected export has the import's columns db,parent_id,queue_id,value_type_id,start,value (found: {})",
                quoted(line.trim_ascii_end())
            )
        })?;
    }
    Ok(at)
}

/// What one part of a block gave.
#[derive(Default)]
struct Part {
    /// Consecutive rows of one key.
    runs: Vec<(Key, Vec<(Minute, f64)>)>,
    rows: u64,
    empty: u64,
    lines: u64,
}

/// Parses the records of `bytes`; an error is the line within the part (from 0) and
/// the message. Starts and values go through the history reader's quick paths (a day
/// seen before, a plain integer), and a row of the key before is only compared.
fn parse_part(cols: &[usize; 5], bytes: &[u8]) -> Result<Part, (u64, String)> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rec = csv::ByteRecord::new();
    let mut part = Part::default();
    let mut starts = Starts::default();
    let mut last: (Vec<u8>, i64, i64) = (Vec::new(), 0, 0);
    let mut line = 0u64;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err((line, format!("not CSV: {e}"))),
        }
        line = rec.position().map_or(line, |p| p.line() - 1);
        if rec.len() == 1 && rec.get(0).is_some_and(|f| f.trim_ascii().is_empty()) {
            continue;
        }
        let field = |k: usize| -> Result<&[u8], (u64, String)> {
            rec.get(cols[k]).map(<[u8]>::trim_ascii).ok_or_else(|| {
                (
                    line,
                    format!(
                        "the row has no `{}` column ({} fields)",
                        NEEDED[k],
                        rec.len()
                    ),
                )
            })
        };
        let id = |k: usize| -> Result<i64, (u64, String)> {
            let f = field(k)?;
            let (n, digits) = leading_digits(f);
            if digits > 0 && digits == f.len() {
                return Ok(n as i64);
            }
            std::str::from_utf8(f)
                .ok()
                .and_then(|t| t.parse::<i64>().ok())
                .ok_or_else(|| {
                    (
                        line,
                        format!("{} `{}` is not a whole number", NEEDED[k], quoted(f)),
                    )
                })
        };
        let db = field(0)?;
        let (queue, value_type) = (id(1)?, id(2)?);
        let start = starts.parse(field(3)?).map_err(|e| (line, e))?;
        let Some(value) = value(field(4)?).map_err(|e| (line, e))? else {
            part.empty += 1;
            continue;
        };
        part.rows += 1;
        let same = last.1 == queue && last.2 == value_type && last.0 == db;
        match part.runs.last_mut() {
            Some((_, values)) if same => values.push((start, value)),
            _ => {
                let name = std::str::from_utf8(db)
                    .map_err(|_| (line, format!("the db `{}` is not UTF-8 text", quoted(db))))?;
                last = (db.to_vec(), queue, value_type);
                part.runs.push((
                    (name.to_lowercase(), queue, value_type),
                    vec![(start, value)],
                ));
            }
        }
    }
    part.lines = memchr::memchr_iter(b'\n', bytes).count() as u64;
    Ok(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Expected, String> {
        let mut e = Expected::default();
        e.read_csv("x.csv", text.as_bytes(), &mut |_| {})?;
        e.finish();
        Ok(e)
    }

    /// Columns are found by name (extra ones ignored, any order), keys ignore the
    /// DbName's case, series come out sorted with the last of a repeated start.
    #[test]
    fn reads_by_column_name() {
        let e = read(
            "value,start,extra,db,parent_id,queue_id,value_type_id\n\
             5,2024-03-04 06:15,x,WFM,0,2001,1\n\
             4,2024-03-04 06:00,y,wfm,0,2001,1\n\
             7,2024-03-04 06:15,z,WFM,0,2001,1\n\
             ,2024-03-04 06:30,z,WFM,0,2001,1\n\
             9,2024-03-04 06:00,z,WFM,0,2002,1\n",
        )
        .expect("reads");
        let s = &e.series[&("wfm".to_string(), 2001, 1)];
        let t0 = parse_start("2024-03-04 06:00").expect("start");
        assert_eq!(s, &vec![(t0, 4.0), (t0 + 15, 7.0)]);
        assert_eq!((e.rows, e.repeated, e.empty), (4, 1, 1));
        assert_eq!(e.series.len(), 2);
    }

    /// A missing column and a bad field are errors naming the file and line.
    #[test]
    fn problems_name_the_line() {
        let err = read("db,queue_id,start,value\nWFM,1,2024-01-01 00:00,1\n").unwrap_err();
        assert!(
            err.contains("x.csv:1:") && err.contains("value_type_id"),
            "{err}"
        );
        let err = read(
            "db,parent_id,queue_id,value_type_id,start,value\nW,0,1,1,2024-01-01 00:00,1\nW,0,1,1,2024-01-01 00:15,abc\n",
        )
        .unwrap_err();
        assert!(err.starts_with("x.csv:3:"), "{err}");
    }
}
