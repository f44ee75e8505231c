//! Dates as VBA keeps them: a Double counting days since 1899-12-30 (serial day 0), the
//! fraction being the time of day. Conversions between serials and calendar dates, and the
//! parser for the text of date literals (`#2024-03-04#`, `#3/4/2024 08:15#`, `#08:15 PM#`).

use chrono::{Datelike, NaiveDate};

/// English day names, Sunday first (VBA's `WeekdayName`, `Format` "dddd").
pub const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
/// English month names (VBA's `MonthName`, `Format` "mmmm").
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Serial day of 1899-12-30 as a chrono date.
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default()
}

/// The serial day of a calendar date, or None when the date does not exist.
pub fn serial_from_ymd(year: i32, month: u32, day: u32) -> Option<f64> {
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some((date - epoch()).num_days() as f64)
}

/// The weekday of a serial day, 1 = Sunday … 7 = Saturday (serial 1, 1899-12-31, was a
/// Sunday): the host's `Weekday` and VBA's `Weekday(d)`.
pub fn weekday_of(day: i64) -> i32 {
    ((day - 1).rem_euclid(7) + 1) as i32
}

/// The calendar date of a serial day (the integer part, rounded toward minus infinity for
/// the date as VBA does for dates before 1899-12-30 only in the date part).
/// The week of the year of day `serial` (DatePart "ww", Format "ww"): weeks start on
/// `first_day` (1 = Sunday … 7 = Saturday) and week 1 is, by `first_week` (date
/// constants page), the week of January 1 (1, and 0 "use system"), the first week with at
/// least four days of the new year (2), or the first full week (3); a day before week 1
/// is in the last week of the year before.
pub fn week_of_year(serial: f64, first_day: i64, first_week: i64) -> i64 {
    let day = serial.floor() as i64;
    let week1 = |year: i32| -> i64 {
        let jan1 = serial_from_ymd(year, 1, 1).map_or(day, |s| s as i64);
        let offset = (weekday_of(jan1) as i64 - first_day).rem_euclid(7);
        let start = jan1 - offset;
        match first_week {
            2 if offset > 3 => start + 7,
            3 if offset > 0 => start + 7,
            _ => start,
        }
    };
    let year = ymd_from_serial(day as f64).map_or(1900, |(y, _, _)| y);
    let mut start = week1(year);
    if day < start {
        start = week1(year - 1);
    }
    (day - start).div_euclid(7) + 1
}

pub fn ymd_from_serial(serial: f64) -> Option<(i32, u32, u32)> {
    if !serial.is_finite() || serial.abs() > 3_000_000.0 {
        return None;
    }
    let days = serial.trunc() as i64;
    let date = epoch().checked_add_signed(chrono::TimeDelta::try_days(days)?)?;
    Some((date.year(), date.month(), date.day()))
}

/// The time-of-day part of a serial (VBA keeps it positive for dates before 1899-12-30).
pub fn day_fraction(serial: f64) -> f64 {
    (serial - serial.trunc()).abs()
}

/// Parses text as a date for `CDate`/`IsDate`: the literal forms, without `#`.
pub fn parse_date_text(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() || !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // IsDate page: "04.28.14" is "a valid time value" (dots between hours, minutes and
    // seconds) and "04.28.2014" an invalid one.
    if t.contains('.') && !t.contains([':', '/', '-', ' ']) && t.matches('.').count() == 2 {
        return parse_time(&t.replace('.', ":")).ok();
    }
    parse_date_literal(t.trim_matches('#')).ok()
}

/// Text of a month and a day alone, `"3/15"` (no year): the month and the day.
pub fn month_day(text: &str) -> Option<(u32, u32)> {
    let (m, d) = text.trim().split_once('/')?;
    Some((m.trim().parse().ok()?, d.trim().parse().ok()?))
}

/// Time of day as a fraction of a day.
pub fn time_fraction(hour: u32, minute: u32, second: u32) -> f64 {
    (hour as f64 * 3600.0 + minute as f64 * 60.0 + second as f64) / 86400.0
}

/// Parses the inside of a date literal `#…#`. Accepted: `yyyy-mm-dd`, `m/d/yyyy`
/// (month first, as VBA literals are), either optionally followed by a time, or a time
/// alone: `h:mm`, `h:mm:ss`, each optionally with `AM`/`PM`.
pub fn parse_date_literal(text: &str) -> Result<f64, String> {
    let text = text.trim();
    if let Some(v) = named_month_date(text) {
        return v;
    }
    let (date_part, time_part) = match text.split_once(char::is_whitespace) {
        Some((d, t)) if !d.contains(':') => (Some(d), Some(t.trim())),
        _ if text.contains(':') => (None, Some(text)),
        _ => (Some(text), None),
    };
    let mut value = 0.0;
    if let Some(d) = date_part {
        value = parse_date(d)?;
    }
    if let Some(t) = time_part {
        value += parse_time(t)?;
    }
    Ok(value)
}

/// A date written with an English month name, as en-US VBA reads them (Format function
/// page: `#January 27, 1993#`; DateAdd page: "31-Jan-95"; Year page: "February 12,
/// 1969"): the month (full or three letters) and two numbers, the day and the year
/// (month first: `Month d, yyyy`; day first: `d-Mon-yy`, `d Month yyyy`), then an
/// optional time. None when no word is a month.
fn named_month_date(text: &str) -> Option<Result<f64, String>> {
    let (date, time) = match text.find(':') {
        // The time starts at the word holding the first `:`.
        Some(colon) => {
            let start = text[..colon].rfind(|c: char| c.is_whitespace())?;
            (&text[..start], Some(text[start..].trim()))
        }
        None => (text, None),
    };
    let words: Vec<&str> = date
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '.' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let month_at = words
        .iter()
        .position(|w| w.chars().all(|c| c.is_ascii_alphabetic()))?;
    let word = words[month_at];
    let month = MONTH_NAMES.iter().position(|m| {
        m.eq_ignore_ascii_case(word) || (word.len() == 3 && m[..3].eq_ignore_ascii_case(word))
    })? as u32
        + 1;
    let numbers: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != month_at)
        .map(|(_, w)| *w)
        .collect();
    let [day, year] = numbers[..] else {
        return Some(Err(format!("`{text}` is not a date")));
    };
    Some((|| {
        let day = number::<u32>(day, "day")?;
        let mut y = number::<i32>(year, "year")?;
        if year.len() <= 2 {
            y += if y < 30 { 2000 } else { 1900 };
        }
        let mut v = serial_from_ymd(y, month, day)
            .filter(|_| (100..=9999).contains(&y))
            .ok_or_else(|| format!("`{text}` is not a day of the calendar"))?;
        if let Some(t) = time {
            v += parse_time(t)?;
        }
        Ok(v)
    })())
}

fn number<T: std::str::FromStr>(s: &str, what: &str) -> Result<T, String> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{s}` is not a valid {what}"));
    }
    s.parse()
        .map_err(|_| format!("`{s}` is not a valid {what}"))
}

fn parse_date(d: &str) -> Result<f64, String> {
    let (y, m, day) = if let Some((y, rest)) = d.split_once('-') {
        let (m, day) = rest
            .split_once('-')
            .ok_or_else(|| format!("`{d}` is not a date"))?;
        (
            number::<i32>(y, "year")?,
            number::<u32>(m, "month")?,
            number::<u32>(day, "day")?,
        )
    } else {
        let mut parts = d.split('/');
        let (Some(m), Some(day), Some(y), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(format!("`{d}` is not a date: write yyyy-mm-dd or m/d/yyyy"));
        };
        let mut y = number::<i32>(y, "year")?;
        if y < 30 {
            y += 2000;
        } else if y < 100 {
            y += 1900;
        }
        (y, number::<u32>(m, "month")?, number::<u32>(day, "day")?)
    };
    if !(100..=9999).contains(&y) {
        return Err(format!("year {y} is outside 100..9999"));
    }
    serial_from_ymd(y, m, day)
        .ok_or_else(|| format!("{y:04}-{m:02}-{day:02} is not a day of the calendar"))
}

fn parse_time(t: &str) -> Result<f64, String> {
    let upper = t.to_ascii_uppercase();
    let (clock, ampm) = if let Some(c) = upper.strip_suffix("AM") {
        (c.trim(), Some(false))
    } else if let Some(c) = upper.strip_suffix("PM") {
        (c.trim(), Some(true))
    } else {
        (upper.as_str(), None)
    };
    let parts: Vec<&str> = clock.split(':').collect();
    if parts.len() < 2 || parts.len() > 3 {
        return Err(format!("`{t}` is not a time: write hh:mm or hh:mm:ss"));
    }
    let mut h: u32 = number(parts[0], "hour")?;
    let m: u32 = number(parts[1], "minute")?;
    let s: u32 = if parts.len() == 3 {
        number(parts[2], "second")?
    } else {
        0
    };
    match ampm {
        Some(pm) => {
            if !(1..=12).contains(&h) {
                return Err(format!("hour {h} does not go with AM/PM"));
            }
            h = h % 12 + if pm { 12 } else { 0 };
        }
        None if h > 23 => return Err(format!("hour {h} is outside 0..23")),
        None => {}
    }
    if m > 59 || s > 59 {
        return Err(format!("`{t}` is not a time of day"));
    }
    Ok(time_fraction(h, m, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_epoch_and_known_days() {
        assert_eq!(serial_from_ymd(1899, 12, 30), Some(0.0));
        assert_eq!(serial_from_ymd(1900, 1, 1), Some(2.0));
        assert_eq!(serial_from_ymd(2024, 1, 1), Some(45292.0));
        assert_eq!(serial_from_ymd(2024, 2, 30), None);
        assert_eq!(ymd_from_serial(45292.75), Some((2024, 1, 1)));
    }

    #[test]
    fn literal_forms() {
        assert_eq!(parse_date_literal("2024-03-04"), Ok(45355.0));
        assert_eq!(parse_date_literal("3/4/2024"), Ok(45355.0));
        assert_eq!(parse_date_literal("3/4/2024 06:00"), Ok(45355.25));
        assert_eq!(parse_date_literal("12:00"), Ok(0.5));
        assert_eq!(parse_date_literal("6:00 PM"), Ok(0.75));
        assert!(parse_date_literal("2024-02-30").is_err());
        assert!(parse_date_literal("25:00").is_err());
        assert!(parse_date_literal("hello").is_err());
    }
}
