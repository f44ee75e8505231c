//! `Format(value, pattern)`: VBA's user-defined numeric formats (`0`, `#`, `.`, `,`, `%`,
//! literal text, `;` sections) and date formats (`yyyy mm dd hh nn ss`, `ddd dddd mmm
//! mmmm`, `AM/PM`), plus the named formats `General Number`, `Fixed`, `Standard`,
//! `Percent`, `Short Date`, `Long Date`, `Short Time`, `Long Time`.

use super::datetime::{DAY_NAMES, MONTH_NAMES, day_fraction, ymd_from_serial};
use super::error::{TYPE_MISMATCH, VResult, err};
use super::value::{Value, parse_number};

/// Formats a value with a pattern (empty pattern: as `CStr`, Null as "").
pub fn format_value(v: &Value, pattern: &str) -> VResult<String> {
    if matches!(v, Value::Null | Value::Empty) && pattern.is_empty() {
        return Ok(String::new());
    }
    let named = match pattern.to_ascii_lowercase().as_str() {
        "general number" => Some(""),
        "fixed" => Some("0.00"),
        "standard" => Some("#,##0.00"),
        "percent" => Some("0.00%"),
        "short date" => Some("yyyy-mm-dd"),
        "long date" => Some("dddd, mmmm d, yyyy"),
        "short time" => Some("hh:nn"),
        "long time" => Some("hh:nn:ss"),
        "yes/no" => return Ok(if v.to_f64()? != 0.0 { "Yes" } else { "No" }.into()),
        "true/false" => return Ok(if v.to_f64()? != 0.0 { "True" } else { "False" }.into()),
        _ => None,
    };
    let pattern = named.unwrap_or(pattern);
    if pattern.is_empty() {
        return Ok(v.display());
    }
    if is_date_pattern(pattern) {
        let serial = match v {
            Value::Str(s) => match super::datetime::parse_date_text(s) {
                Some(d) => d,
                None => return Ok(s.to_string()),
            },
            other => other.to_f64()?,
        };
        return Ok(format_date(serial, pattern));
    }
    let x = match v {
        Value::Str(s) => match parse_number(s) {
            Some(x) => x,
            None => return Ok(s.to_string()),
        },
        Value::Array(_) => return err(TYPE_MISMATCH),
        other => other.to_f64()?,
    };
    Ok(format_number(x, pattern))
}

fn is_date_pattern(p: &str) -> bool {
    let mut in_quote = false;
    let mut numeric = false;
    let mut date = false;
    for c in p.chars() {
        match c {
            '"' => in_quote = !in_quote,
            _ if in_quote => {}
            '0' | '#' | '%' => numeric = true,
            'y' | 'Y' | 'd' | 'D' | 'h' | 'H' | 'n' | 'N' | 's' | 'S' | 'm' | 'M' | 'w' | 'W'
            | 'q' | 'Q' => date = true,
            _ => {}
        }
    }
    date && !numeric
}

/// Date formats: runs of letters are tokens.
pub fn format_date(serial: f64, p: &str) -> String {
    let (y, m, d) = ymd_from_serial(serial.floor()).unwrap_or((1899, 12, 30));
    let secs = (day_fraction(serial) * 86400.0).round() as i64;
    let (h, mi, s) = (secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let weekday = ((serial.floor() as i64 - 1).rem_euclid(7)) as usize;
    let ampm = p.to_ascii_lowercase().contains("am/pm");
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    // `m` after an hour token means minutes.
    let mut after_hour = false;
    while i < chars.len() {
        if let Some(next) = escaped(&chars, i, &mut out) {
            i = next;
            continue;
        }
        let c = chars[i];
        let run = chars[i..]
            .iter()
            .take_while(|&&x| x.eq_ignore_ascii_case(&c))
            .count();
        let lc = c.to_ascii_lowercase();
        match lc {
            'a' if chars[i..]
                .iter()
                .collect::<String>()
                .to_ascii_lowercase()
                .starts_with("am/pm") =>
            {
                out.push_str(if h < 12 { "AM" } else { "PM" });
                i += 5;
                continue;
            }
            'y' => {
                if run >= 3 {
                    out.push_str(&format!("{y:04}"));
                } else if run == 2 {
                    out.push_str(&format!("{:02}", y.rem_euclid(100)));
                } else {
                    let start = super::datetime::serial_from_ymd(y, 1, 1).unwrap_or(serial);
                    out.push_str(&((serial.floor() - start) as i64 + 1).to_string());
                }
            }
            'd' => match run {
                1 => out.push_str(&d.to_string()),
                2 => out.push_str(&format!("{d:02}")),
                3 => out.push_str(&DAY_NAMES[weekday][..3]),
                _ => out.push_str(DAY_NAMES[weekday]),
            },
            'w' => out.push_str(&(weekday + 1).to_string()),
            'q' => out.push_str(&((m - 1) / 3 + 1).to_string()),
            'm' => {
                let next_is_sec = chars[i + run..]
                    .iter()
                    .find(|c| c.is_ascii_alphabetic())
                    .is_some_and(|c| c.eq_ignore_ascii_case(&'s'));
                if (after_hour || next_is_sec) && run <= 2 {
                    out.push_str(&if run == 2 {
                        format!("{mi:02}")
                    } else {
                        mi.to_string()
                    });
                } else {
                    match run {
                        1 => out.push_str(&m.to_string()),
                        2 => out.push_str(&format!("{m:02}")),
                        3 => out.push_str(&MONTH_NAMES[m as usize - 1][..3]),
                        _ => out.push_str(MONTH_NAMES[m as usize - 1]),
                    }
                }
            }
            'h' => {
                let hh = if ampm { (h + 11) % 12 + 1 } else { h };
                out.push_str(&if run >= 2 {
                    format!("{hh:02}")
                } else {
                    hh.to_string()
                });
            }
            'n' => out.push_str(&if run >= 2 {
                format!("{mi:02}")
            } else {
                mi.to_string()
            }),
            's' => out.push_str(&if run >= 2 {
                format!("{s:02}")
            } else {
                s.to_string()
            }),
            _ => {
                out.push(c);
                i += 1;
                continue;
            }
        }
        after_hour = lc == 'h' || (after_hour && !matches!(lc, 'd' | 'y'));
        i += run;
    }
    out
}

/// Numeric formats.
pub fn format_number(x: f64, pattern: &str) -> String {
    let sections: Vec<&str> = split_sections(pattern);
    let (section, value, negative_literal) = match sections.len() {
        1 => (sections[0], x, false),
        2 => {
            if x < 0.0 {
                (sections[1], -x, true)
            } else {
                (sections[0], x, false)
            }
        }
        _ => {
            if x < 0.0 {
                (sections[1], -x, true)
            } else if x == 0.0 {
                (sections[2], x, false)
            } else {
                (sections[0], x, false)
            }
        }
    };
    let mut body = format_section(value, section);
    if value < 0.0 && !negative_literal {
        // Only one section: the sign comes first (unless rounding made it 0).
        if body.chars().any(|c| c.is_ascii_digit() && c != '0') {
            body.insert(0, '-');
        }
    }
    body
}

fn split_sections(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_quote = false;
    let mut start = 0;
    for (i, c) in p.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            ';' if !in_quote => {
                out.push(&p[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&p[start..]);
    out
}

fn format_section(x: f64, p: &str) -> String {
    let x = x.abs();
    let chars: Vec<char> = p.chars().collect();
    // Find the digit placeholders' layout.
    let mut int_min = 0; // '0's before the point
    let mut frac_min = 0;
    let mut frac_max = 0;
    let mut seen_point = false;
    let mut grouping = false;
    let mut percent = false;
    let mut in_quote = false;
    let mut first_ph = None;
    let mut last_ph = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '"' {
            in_quote = !in_quote;
            continue;
        }
        if in_quote {
            continue;
        }
        match c {
            '0' | '#' => {
                first_ph.get_or_insert(i);
                last_ph = i;
                if seen_point {
                    frac_max += 1;
                    if c == '0' {
                        frac_min = frac_max;
                    }
                } else if c == '0' {
                    int_min += 1;
                }
            }
            '.' => {
                first_ph.get_or_insert(i);
                last_ph = i;
                seen_point = true;
            }
            ',' if first_ph.is_some() && !seen_point => grouping = true,
            '%' => percent = true,
            _ => {}
        }
    }
    let value = if percent { x * 100.0 } else { x };
    let Some(first) = first_ph else {
        // No placeholders: the literal text.
        return literal(&chars);
    };
    let digits = format!("{:.*}", frac_max, value);
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut int_part = int_part.trim_start_matches('0').to_string();
    while int_part.len() < int_min {
        int_part.insert(0, '0');
    }
    if grouping {
        let mut g = String::new();
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (int_part.len() - i) % 3 == 0 {
                g.push(',');
            }
            g.push(c);
        }
        int_part = g;
    }
    let mut frac = frac_part.to_string();
    while frac.len() > frac_min && frac.ends_with('0') {
        frac.pop();
    }
    let mut number = int_part;
    if seen_point && (!frac.is_empty() || frac_min > 0) {
        number.push('.');
        number.push_str(&frac);
    } else if seen_point
        && frac_max == 0
        && chars[first..=last_ph].contains(&'.')
        && frac.is_empty()
    {
        number.push('.');
    }
    let mut out = literal(&chars[..first]);
    out.push_str(&number);
    out.push_str(&literal(&chars[last_ph + 1..]));
    out
}

/// Quoted text (`"…"`) or an escaped character (`\x`) at `i`: appends its text to `out`
/// and returns the index after it; None when `chars[i]` starts neither.
fn escaped(chars: &[char], i: usize, out: &mut String) -> Option<usize> {
    match chars.get(i)? {
        '"' => {
            let end = chars[i + 1..]
                .iter()
                .position(|&x| x == '"')
                .map_or(chars.len(), |e| i + 1 + e);
            out.extend(&chars[i + 1..end]);
            Some(end + 1)
        }
        '\\' if i + 1 < chars.len() => {
            out.push(chars[i + 1]);
            Some(i + 2)
        }
        _ => None,
    }
}

/// The literal characters of a pattern piece (quoted text, `\x`, `%`, others as is).
fn literal(chars: &[char]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(next) = escaped(chars, i, &mut out) {
            i = next;
            continue;
        }
        match chars[i] {
            '0' | '#' | ',' => {}
            c => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_patterns() {
        assert_eq!(format_number(1.23456, "0.00"), "1.23");
        assert_eq!(format_number(1234567.891, "#,##0"), "1,234,568");
        assert_eq!(format_number(1234.5, "#,##0.00"), "1,234.50");
        assert_eq!(format_number(0.5, "0%"), "50%");
        assert_eq!(format_number(-2.5, "0.0"), "-2.5");
        assert_eq!(format_number(0.0, "0.00"), "0.00");
        assert_eq!(format_number(5.0, "000"), "005");
        assert_eq!(format_number(-5.0, "0;(0)"), "(5)");
        assert_eq!(format_number(0.25, "#.##"), ".25");
    }

    #[test]
    fn date_patterns() {
        // 2024-12-31 17:45 is serial 45657 + 0.739583…
        let d = 45657.0 + (17.0 * 60.0 + 45.0) / 1440.0;
        assert_eq!(format_date(d, "yyyy-mm-dd"), "2024-12-31");
        assert_eq!(format_date(d, "hh:nn"), "17:45");
        assert_eq!(format_date(d, "dd.mm.yyyy hh:mm"), "31.12.2024 17:45");
        assert_eq!(format_date(d, "ddd d mmm yy"), "Tue 31 Dec 24");
        assert_eq!(format_date(d, "h:nn AM/PM"), "5:45 PM");
        assert_eq!(format_date(d, "dddd, mmmm d"), "Tuesday, December 31");
    }
}
