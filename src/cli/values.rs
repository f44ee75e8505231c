//! The value parsers of the command line's options: every value is checked by clap as it
//! is parsed, so a bad one is a usage error (exit 2) in clap's one style, `error: invalid
//! value 'X' for '--from <DAY>': …`, before anything runs.

use std::time::Duration;

/// A day `YYYY-MM-DD` (`--from`, `--to`, `--date`): its start in minutes since
/// 0001-01-01 and its date serial.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Day {
    /// Minutes of its 00:00 in the import's time line.
    pub minute: i64,
    /// VBA's date serial (what `Date` reports).
    pub serial: f64,
}

/// Parses a day, years 1 to 9999.
pub fn day(s: &str) -> Result<Day, String> {
    let bad = || "not a date (YYYY-MM-DD, years 1 to 9999)".to_string();
    let t = s.trim();
    let year = t.split('-').next().unwrap_or("");
    if year.len() != 4 || year == "0000" {
        return Err(bad());
    }
    let minute = xbas_xlink::history::parse_start(&format!("{t} 00:00")).map_err(|_| bad())?;
    let mut parts = t.split('-').map(str::parse::<i32>);
    let serial = match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => {
            xbas::runtime::datetime::serial_from_ymd(y, m as u32, d as u32).ok_or_else(bad)?
        }
        _ => return Err(bad()),
    };
    Ok(Day { minute, serial })
}

/// A time in seconds (`--max-seconds 2.5`): from a millisecond to a year.
pub fn seconds(s: &str) -> Result<Duration, String> {
    seconds_in(s, 0.001, 31_536_000.0)
}

/// A wait in seconds from 0 to a day (`--busy-timeout`).
pub fn wait(s: &str) -> Result<Duration, String> {
    seconds_in(s, 0.0, 86_400.0)
}

fn seconds_in(s: &str, low: f64, high: f64) -> Result<Duration, String> {
    let bad = || format!("not a number of seconds from {low} to {high}");
    let x: f64 = s.trim().parse().map_err(|_| bad())?;
    if !(low..=high).contains(&x) {
        return Err(bad());
    }
    Duration::try_from_secs_f64(x).map_err(|_| bad())
}

/// An interval length in minutes that divides a day (`--interval`).
pub fn interval(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n) if n > 0 && 1440 % n == 0 => Ok(n),
        _ => Err("not a number of minutes that divides a day (1, 5, 15, 30, 60, …)".into()),
    }
}

/// The kinds of `--out` file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    Csv,
    Jsonl,
    Sqlite,
}

/// The kind of output a file name asks for by its extension (none: CSV, so that
/// `/dev/stdout` and the like work); None for an unknown extension.
pub fn output_kind(path: &std::path::Path) -> Option<OutputKind> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    match ext.as_deref() {
        None | Some("csv") => Some(OutputKind::Csv),
        Some("jsonl") => Some(OutputKind::Jsonl),
        Some("sqlite" | "db") => Some(OutputKind::Sqlite),
        Some(_) => None,
    }
}

/// `--out FILE`: a file name whose extension says the kind of output.
pub fn output(s: &str) -> Result<std::path::PathBuf, String> {
    let path = std::path::PathBuf::from(s);
    match output_kind(&path) {
        Some(_) => Ok(path),
        None => Err(format!(
            "unknown output kind `.{}` (use .csv, .jsonl, or .sqlite or .db for SQLite)",
            path.extension().unwrap_or_default().to_string_lossy()
        )),
    }
}

/// `--para 1,2.5,-3`: Para1..N.
#[derive(Clone, Debug, PartialEq)]
pub struct Paras(pub Vec<f64>);

/// Parses `--para`: numbers separated by commas, decimals with `.`.
pub fn paras(s: &str) -> Result<Paras, String> {
    s.split(',')
        .enumerate()
        .map(|(i, x)| {
            let t = x.trim();
            t.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| format!("`{t}` (Para{}) is not a number", i + 1))
        })
        .collect::<Result<Vec<f64>, String>>()
        .map(Paras)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_seconds_intervals_and_paras() {
        let d = day("2024-01-01").unwrap();
        assert_eq!(d.serial, xbas::DEFAULT_DATE);
        assert_eq!(day("2024-01-02").unwrap().minute - d.minute, 1440);
        for bad in [
            "2024-13-01",
            "24-01-01",
            "0000-01-01",
            "2024-02-30",
            "",
            "x",
        ] {
            assert!(day(bad).is_err(), "{bad}");
        }
        assert_eq!(seconds("2.5"), Ok(Duration::from_millis(2500)));
        assert!(seconds("0").is_err() && seconds("nan").is_err());
        assert_eq!(wait("0"), Ok(Duration::ZERO));
        assert!(wait("-1").is_err() && wait("86401").is_err());
        assert_eq!(interval("15"), Ok(15));
        assert!(interval("7").is_err() && interval("0").is_err());
        assert_eq!(paras("1, 2.5,-3"), Ok(Paras(vec![1.0, 2.5, -3.0])));
        assert!(paras("1,,2").unwrap_err().contains("Para2"));
        assert!(paras("inf").is_err());
        for ok in ["a.csv", "b.JSONL", "c.sqlite", "d.db", "/dev/null"] {
            assert!(output(ok).is_ok(), "{ok}");
        }
        assert!(output("o.txt").unwrap_err().contains(".sqlite or .db"));
    }
}
