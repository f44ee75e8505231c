//! `Format(value, pattern)`: VBA's user-defined numeric formats (`0`, `#`, `.`, `,`, `%`,
//! literal text, `;` sections) and date formats (`yyyy mm dd hh nn ss`, `ddd dddd mmm
//! mmmm`, `AM/PM`), plus the named formats `General Number`, `Fixed`, `Standard`,
//! `Percent`, `Short Date`, `Long Date`, `Short Time`, `Long Time`.

use super::datetime::{DAY_NAMES, MONTH_NAMES, day_fraction, ymd_from_serial};
use super::error::{TYPE_MISMATCH, VResult, err};
use super::value::{Value, parse_number};

/// Formats a value with a pattern (empty pattern: as `CStr`, Null as ""); `weeks` is
/// (FirstDayOfWeek, FirstWeekOfYear) for `w` and `ww`.
pub fn format_value(v: &Value, pattern: &str, weeks: (i64, i64)) -> VResult<String> {
    // Format function page: "Format truncates format to 257 characters."
    let pattern = match pattern.char_indices().nth(257) {
        Some((at, _)) => &pattern[..at],
        None => pattern,
    };
    if matches!(v, Value::Null | Value::Empty) && pattern.is_empty() {
        return Ok(String::new());
    }
    let named = match pattern.to_ascii_lowercase().as_str() {
        "general number" => Some(""),
        "fixed" => Some("0.00"),
        "standard" => Some("#,##0.00"),
        "percent" => Some("0.00%"),
        "scientific" => Some("0.00E+00"),
        "currency" => Some("$#,##0.00;($#,##0.00)"),
        "on/off" => return Ok(if v.to_f64()? != 0.0 { "On" } else { "Off" }.into()),
        // Dates as text are locale-free (README): the system's short date is yyyy-mm-dd.
        "short date" => Some("yyyy-mm-dd"),
        // "Display a date and/or time ... If there is no fractional part, display only a
        // date ... If there is no integer part, display time only": as the `c` token.
        "general date" => Some("c"),
        // en-US medium date (Format function page: "the medium date format appropriate
        // for the language version of the host application").
        "medium date" => Some("dd-mmm-yy"),
        // "Display time in 12-hour format using hours and minutes and the AM/PM designator."
        "medium time" => Some("hh:nn AM/PM"),
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
    let sections = split_sections(pattern);
    if is_string_pattern(sections[0]) {
        // A string format: its second section is for Null and zero-length strings.
        return Ok(match (v, sections.get(1)) {
            (Value::Null, Some(empty)) => literal(&empty.chars().collect::<Vec<_>>()),
            (Value::Str(s), Some(empty)) if s.is_empty() => {
                literal(&empty.chars().collect::<Vec<_>>())
            }
            (Value::Null, None) => String::new(),
            _ => format_string(&v.display(), sections[0]),
        });
    }
    if let (Value::Null, Some(null)) = (v, sections.get(3)) {
        // "Fourth: the format for Null values."
        return Ok(literal(&null.chars().collect::<Vec<_>>()));
    }
    if is_date_pattern(pattern) {
        let serial = match v {
            Value::Str(s) => match super::datetime::parse_date_text(s) {
                Some(d) => d,
                None => return Ok(s.to_string()),
            },
            other => other.to_f64()?,
        };
        return Ok(format_date_with(serial, pattern, weeks));
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

/// Whether a section is a string format (Format function page, "User-defined string
/// formats"): `@` or `&` placeholders, or only `<`, `>` or `!` flags.
fn is_string_pattern(p: &str) -> bool {
    let mut in_quote = false;
    let mut escape = false;
    let mut placeholder = false;
    for c in p.chars() {
        match c {
            _ if escape => escape = false,
            '\\' if !in_quote => escape = true,
            '"' => in_quote = !in_quote,
            '@' | '&' if !in_quote => placeholder = true,
            _ => {}
        }
    }
    placeholder || matches!(p.chars().next(), Some('<' | '>' | '!'))
}

/// A string format: `@` a character or a space, `&` a character or nothing, filled
/// from the right (from the left after `!`); `<` lower case, `>` upper case; characters
/// beyond the placeholders are kept (before them, or after with `!`).
fn format_string(text: &str, p: &str) -> String {
    let chars: Vec<char> = p.chars().collect();
    let (mut lower, mut upper, mut ltr) = (false, false, false);
    // Literal text or a placeholder (`true` for `@`).
    let mut items: Vec<Result<String, bool>> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut lit = String::new();
        if let Some(next) = escaped(&chars, i, &mut lit) {
            items.push(Ok(lit));
            i = next;
            continue;
        }
        match chars[i] {
            '<' => lower = true,
            '>' => upper = true,
            '!' => ltr = true,
            '@' => items.push(Err(true)),
            '&' => items.push(Err(false)),
            c => items.push(Ok(c.to_string())),
        }
        i += 1;
    }
    let text = if upper {
        text.to_uppercase()
    } else if lower {
        text.to_lowercase()
    } else {
        text.to_string()
    };
    let t: Vec<char> = text.chars().collect();
    let k = items.iter().filter(|x| x.is_err()).count();
    let extra = t.len().saturating_sub(k);
    let mut out = String::new();
    let mut slot = 0;
    for item in &items {
        match item {
            Ok(lit) => out.push_str(lit),
            Err(at) => {
                if slot == 0 && !ltr {
                    out.extend(&t[..extra]);
                }
                // The character for this placeholder, if any.
                let c = if ltr {
                    t.get(slot)
                } else {
                    (slot + t.len()).checked_sub(k).and_then(|j| t.get(j))
                };
                match c {
                    Some(c) => out.push(*c),
                    None if *at => out.push(' '),
                    None => {}
                }
                slot += 1;
                if slot == k && ltr {
                    out.extend(&t[k.min(t.len())..]);
                }
            }
        }
    }
    if k == 0 {
        out.insert_str(0, &text);
    }
    out
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
            | 'q' | 'Q' | 'c' | 'C' | 't' | 'T' => date = true,
            _ => {}
        }
    }
    date && !numeric
}

/// Date formats: runs of letters are tokens.
pub fn format_date(serial: f64, p: &str) -> String {
    format_date_with(serial, p, (1, 1))
}

/// The clock's 12-hour markers (Format function page): `AM/PM` and `am/pm` as written,
/// `A/P` and `a/p` one letter, `AMPM` the locale's (en-US: AM, PM); the length in the
/// pattern and the text for morning and afternoon.
fn ampm_marker(rest: &str) -> Option<(usize, &'static str, &'static str)> {
    const MARKERS: [(&str, &str, &str); 5] = [
        ("AM/PM", "AM", "PM"),
        ("am/pm", "am", "pm"),
        ("A/P", "A", "P"),
        ("a/p", "a", "p"),
        ("AMPM", "AM", "PM"),
    ];
    MARKERS
        .iter()
        .find(|(m, _, _)| rest.starts_with(m))
        .map(|(m, am, pm)| (m.len(), *am, *pm))
        .or_else(|| {
            // Other cases of the letters (`Am/Pm`): as AM/PM.
            let lower = rest.get(..5)?.to_ascii_lowercase();
            (lower == "am/pm").then_some((5, "AM", "PM"))
        })
}

fn format_date_with(serial: f64, p: &str, (first_day, first_week): (i64, i64)) -> String {
    let (y, m, d) = ymd_from_serial(serial.floor()).unwrap_or((1899, 12, 30));
    let secs = (day_fraction(serial) * 86400.0).round() as i64;
    let (h, mi, s) = (secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let weekday = ((serial.floor() as i64 - 1).rem_euclid(7)) as usize;
    let ampm = (0..p.len()).any(|i| p.is_char_boundary(i) && ampm_marker(&p[i..]).is_some());
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
            'a' => {
                let rest: String = chars[i..chars.len().min(i + 5)].iter().collect();
                match ampm_marker(&rest) {
                    Some((len, am, pm)) => {
                        out.push_str(if h < 12 { am } else { pm });
                        i += len;
                    }
                    None => {
                        out.push(c);
                        i += 1;
                    }
                }
                continue;
            }
            'y' => {
                if run >= 3 {
                    // "yyyy: Display the year as a 4-digit number (100–9999)": no padding.
                    out.push_str(&y.to_string());
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
                4 => out.push_str(DAY_NAMES[weekday]),
                // "ddddd: ... the system's short date format" (yyyy-mm-dd here).
                5 => out.push_str(&format!("{y:04}-{m:02}-{d:02}")),
                // "dddddd: ... the long date setting" (as "Long Date").
                _ => out.push_str(&format!(
                    "{}, {} {d}, {y}",
                    DAY_NAMES[weekday],
                    MONTH_NAMES[m as usize - 1]
                )),
            },
            // "ttttt: Display a time as a complete time (including hour, minute, and
            // second)" (as "Long Time").
            't' if run >= 5 => out.push_str(&format!("{h:02}:{mi:02}:{s:02}")),
            // "c: Display the date as ddddd and display the time as ttttt, in that order.
            // Display only date information if there is no fractional part ...; display
            // only time information if there is no integer portion." That is how a date
            // shows as text (`CStr`).
            'c' => {
                out.push_str(&super::value::format_date(serial));
                i += 1;
                continue;
            }
            'w' if run >= 2 => out.push_str(
                &crate::calendar::week_of_year(serial, first_day, first_week).to_string(),
            ),
            'w' => {
                let w = (weekday as i64 + 1 - first_day).rem_euclid(7) + 1;
                out.push_str(&w.to_string());
            }
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

/// One piece of a numeric format section.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    /// `0` (true) or `#` (false).
    Digit(bool),
    Point,
    Comma,
    Percent,
    /// `E+`/`E-`/`e+`/`e-` and the exponent's digit placeholders (`0` count, `#` count).
    Exp {
        upper: bool,
        plus: bool,
        zeros: usize,
    },
    Lit(String),
}

/// The pieces of a section: quoted text and `\x` are literals; `E±` counts as scientific
/// only with a digit placeholder after it.
fn pieces(chars: &[char]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut lit = String::new();
        if let Some(next) = escaped(chars, i, &mut lit) {
            out.push(Piece::Lit(lit));
            i = next;
            continue;
        }
        let c = chars[i];
        match c {
            '0' | '#' => out.push(Piece::Digit(c == '0')),
            '.' if !out.contains(&Piece::Point) => out.push(Piece::Point),
            ',' => out.push(Piece::Comma),
            '%' => out.push(Piece::Percent),
            'E' | 'e'
                if matches!(chars.get(i + 1), Some('+' | '-'))
                    && matches!(chars.get(i + 2), Some('0' | '#')) =>
            {
                let digits = chars[i + 2..]
                    .iter()
                    .take_while(|c| matches!(c, '0' | '#'))
                    .count();
                let zeros = chars[i + 2..i + 2 + digits]
                    .iter()
                    .filter(|c| **c == '0')
                    .count();
                out.push(Piece::Exp {
                    upper: c == 'E',
                    plus: chars[i + 1] == '+',
                    zeros,
                });
                i += 2 + digits;
                continue;
            }
            _ => out.push(Piece::Lit(c.to_string())),
        }
        i += 1;
    }
    out
}

/// `x` (finite, not negative) as a decimal: digits `d` and exponent `e`, x = d × 10^e,
/// to the 15 significant digits VBA shows of a Double.
fn decimal(x: f64) -> (u64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (0, 0);
    }
    let s = format!("{x:.14e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: u64 = mantissa.replace('.', "").parse().unwrap_or(0);
    (digits, exp.parse::<i32>().unwrap_or(0) - 14)
}

/// d × 10^e rounded to `frac` decimals, half away from zero (VBA's Format rounds so,
/// where `Round` and `CInt` round half to even): the integer and fraction digits.
fn fixed(d: u64, e: i32, frac: usize) -> (String, String) {
    let shift = e + frac as i32;
    let scaled: u128 = if shift >= 0 {
        match 10u128
            .checked_pow(shift as u32)
            .and_then(|p| p.checked_mul(d as u128))
        {
            Some(n) => n,
            // Beyond u128: the digits of d then zeros.
            None => {
                let mut int = d.to_string();
                int.extend(std::iter::repeat_n('0', e.max(0) as usize));
                return (int, "0".repeat(frac));
            }
        }
    } else {
        match 10u128.checked_pow((-shift) as u32) {
            Some(p) => {
                let (q, r) = (d as u128 / p, d as u128 % p);
                q + u128::from(r * 2 >= p)
            }
            None => 0,
        }
    };
    let mut text = scaled.to_string();
    if text.len() <= frac {
        text = format!("{}{text}", "0".repeat(frac + 1 - text.len()));
    }
    let (int, frac) = text.split_at(text.len() - frac);
    (int.to_string(), frac.to_string())
}

/// One section of a user-defined numeric format (VBA reference, Format function,
/// "User-defined numeric formats"): digit placeholders filled from the right with the
/// literals between them kept, `,` between placeholders groups thousands and `,` just
/// left of the decimal point (or of the end of the integer placeholders) divides by
/// 1,000 each, `%` multiplies by 100, `E±0` is scientific.
fn format_section(x: f64, p: &str) -> String {
    let chars: Vec<char> = p.chars().collect();
    let ps = pieces(&chars);
    let exp_at = ps.iter().position(|q| matches!(q, Piece::Exp { .. }));
    let body_end = exp_at.unwrap_or(ps.len());
    let point = ps[..body_end].iter().position(|q| *q == Piece::Point);
    let int_end = point.unwrap_or(body_end);
    let int_ph: Vec<usize> = (0..int_end)
        .filter(|&i| matches!(ps[i], Piece::Digit(_)))
        .collect();
    let frac_ph: Vec<bool> = ps[int_end..body_end]
        .iter()
        .filter_map(|q| match q {
            Piece::Digit(z) => Some(*z),
            _ => None,
        })
        .collect();
    if int_ph.is_empty() && frac_ph.is_empty() && point.is_none() {
        return literal(&chars);
    }
    // Commas right after the last integer placeholder scale; others between
    // placeholders group.
    let last_int = int_ph.last().copied();
    let scale = match last_int {
        Some(l) => ps[l + 1..int_end]
            .iter()
            .take_while(|q| **q == Piece::Comma)
            .count(),
        None => 0,
    };
    let grouping = match (int_ph.first(), last_int) {
        (Some(&f), Some(l)) => ps[f..l].contains(&Piece::Comma),
        _ => false,
    };
    let percent = ps.contains(&Piece::Percent);
    let mut value = x.abs();
    if percent {
        value *= 100.0;
    }
    for _ in 0..scale {
        value /= 1000.0;
    }
    let frac_max = frac_ph.len();
    let frac_min = frac_ph.iter().rposition(|z| *z).map_or(0, |i| i + 1);
    let (d, e) = decimal(value);
    let mut exponent = 0i32;
    let (int_digits, frac_digits) = match ps.get(body_end) {
        Some(Piece::Exp { .. }) if d != 0 => {
            let n_int = int_ph.len().max(1) as i32;
            // The exponent that leaves n_int digits before the point.
            let magnitude = e + d.to_string().len() as i32 - 1;
            exponent = magnitude - (n_int - 1);
            let (mut i, mut f) = fixed(d, e - exponent, frac_max);
            if i.len() as i32 > n_int {
                exponent += 1;
                (i, f) = fixed(d, e - exponent, frac_max);
            }
            (i, f)
        }
        _ => fixed(d, e, frac_max),
    };
    let int_digits = int_digits.trim_start_matches('0').to_string();
    let mut frac = frac_digits;
    while frac.len() > frac_min && frac.ends_with('0') {
        frac.pop();
    }
    // Integer digits, right to left into the placeholders; extra ones go in front of
    // the first.
    let k = int_ph.len();
    let digits: Vec<char> = int_digits.chars().collect();
    let total = digits.len().max(
        int_ph
            .iter()
            .enumerate()
            .filter(|(_, i)| ps[**i] == Piece::Digit(true))
            .map(|(n, _)| k - n)
            .max()
            .unwrap_or(0),
    );
    let mut out = String::new();
    let emit_digit = |out: &mut String, from_right: usize| {
        let c = if from_right < digits.len() {
            digits[digits.len() - 1 - from_right]
        } else {
            '0'
        };
        out.push(c);
        if grouping && from_right > 0 && from_right % 3 == 0 {
            out.push(',');
        }
    };
    let mut placed = 0;
    for (i, q) in ps.iter().enumerate() {
        match q {
            Piece::Digit(_) if i < int_end => {
                let n = placed;
                placed += 1;
                let from_right = k - 1 - n;
                if n == 0 {
                    // The digits beyond the placeholders.
                    for r in (k..total).rev() {
                        emit_digit(&mut out, r);
                    }
                }
                if from_right < total {
                    emit_digit(&mut out, from_right);
                }
            }
            Piece::Digit(_) if i < body_end => {}
            Piece::Point => {
                if !frac.is_empty() || frac_min > 0 || frac_max == 0 {
                    out.push('.');
                    out.push_str(&frac);
                }
            }
            Piece::Comma | Piece::Digit(_) => {}
            Piece::Percent => out.push('%'),
            Piece::Exp { upper, plus, zeros } => {
                out.push(if *upper { 'E' } else { 'e' });
                if exponent < 0 {
                    out.push('-');
                } else if *plus {
                    out.push('+');
                }
                let n = exponent.unsigned_abs().to_string();
                out.push_str(&"0".repeat(zeros.saturating_sub(n.len())));
                out.push_str(&n);
            }
            Piece::Lit(t) => out.push_str(t),
        }
    }
    if k == 0 && point.is_none() && !digits.is_empty() {
        // Only fraction or exponent placeholders: the integer digits lead.
        out.insert_str(0, &int_digits);
    }
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
