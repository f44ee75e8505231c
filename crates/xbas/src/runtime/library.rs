//! The built-in functions, implemented with VBA's semantics. Each takes its
//! arguments (missing optional ones are absent from the slice) and the host context.

use super::datetime::{DAY_NAMES, MONTH_NAMES, parse_date_text, serial_from_ymd, ymd_from_serial};
use super::error::{
    INVALID_CALL, INVALID_NULL, OVERFLOW, SUBSCRIPT, TYPE_MISMATCH, VResult, VbaError, err,
};
use super::format::format_value;
use super::value::{Array, Value, let_coerce, parse_number, round_even};
use crate::base::TypeName;
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

/// What built-ins may read or change outside their arguments.
#[derive(Debug, Clone)]
pub struct Host {
    /// The current date and time as a serial (the interval's start in imports and tests);
    /// None: worked out when a script first asks (see [`Host::now`]).
    pub now: Option<f64>,
    /// The interval's day (serial) and start (minutes after midnight) that `now` is
    /// worked out from; None: the wall clock.
    pub start: Option<(f64, i32)>,
    /// Text written by `MsgBox` (and `Print`, by the VM).
    pub output: String,
    /// `Rnd` state (VBA's 24-bit generator).
    pub rnd: u32,
    pub last_rnd: f32,
    /// `Option Base` of the script (for `Array()`).
    pub option_base: u8,
}

impl Default for Host {
    fn default() -> Host {
        Host {
            now: None,
            start: None,
            output: String::new(),
            rnd: 0x50000,
            last_rnd: 0.0,
            option_base: 0,
        }
    }
}

impl Host {
    /// The current date and time as a serial: the interval's start, or the wall clock,
    /// worked out once, at the first question (most scripts never ask, and even the
    /// division costs more than a short run's store of a host value).
    pub fn now(&mut self) -> f64 {
        if let Some(t) = self.now {
            return t;
        }
        let t = match self.start {
            Some((day, minutes)) => day + minutes as f64 / 1440.0,
            None => wall_clock(),
        };
        self.now = Some(t);
        t
    }
}

pub type BuiltinFn = fn(&[Value], &mut Host) -> VResult<Value>;

fn arg(a: &[Value], i: usize) -> &Value {
    a.get(i).unwrap_or(&Value::Empty)
}

fn has(a: &[Value], i: usize) -> bool {
    a.get(i).is_some_and(|v| !matches!(v, Value::Empty))
}

fn null_in(a: &[Value]) -> bool {
    a.first().is_some_and(|v| matches!(v, Value::Null))
}

fn text(v: &Value) -> VResult<Arc<str>> {
    v.to_text()
}

fn long(v: &Value) -> VResult<i64> {
    Ok(v.to_i32()? as i64)
}

fn invalid<T>() -> VResult<T> {
    err(INVALID_CALL)
}

// ---- math ----

pub fn abs(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(match arg(a, 0) {
        Value::Null => Value::Null,
        Value::Empty => Value::Int(0),
        Value::Int(v) => Value::Int(v.checked_abs().ok_or_else(|| VbaError::new(OVERFLOW))?),
        Value::Long(v) => Value::Long(v.checked_abs().ok_or_else(|| VbaError::new(OVERFLOW))?),
        Value::Byte(v) => Value::Byte(*v),
        Value::Bool(b) => Value::Int(*b as i16),
        Value::Single(v) => Value::Single(v.abs()),
        Value::Currency(v) => Value::Currency(v.abs()),
        Value::Date(v) => Value::Date(v.abs()),
        other => Value::Double(other.to_f64()?.abs()),
    })
}

pub fn sgn(a: &[Value], _: &mut Host) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let x = arg(a, 0).to_f64()?;
    Ok(Value::Int(if x > 0.0 {
        1
    } else if x < 0.0 {
        -1
    } else {
        0
    }))
}

fn int_fix(a: &[Value], f: fn(f64) -> f64) -> VResult<Value> {
    Ok(match arg(a, 0) {
        Value::Null => Value::Null,
        Value::Empty => Value::Int(0),
        v @ (Value::Int(_) | Value::Long(_) | Value::Byte(_)) => v.clone(),
        Value::Bool(b) => Value::Int(-(*b as i16)),
        Value::Single(v) => Value::Single(f(*v as f64) as f32),
        Value::Currency(v) => Value::Currency((f(*v as f64 / 10_000.0) * 10_000.0) as i64),
        Value::Date(v) => Value::Date(f(*v)),
        other => Value::Double(f(other.to_f64()?)),
    })
}

pub fn int(a: &[Value], _: &mut Host) -> VResult<Value> {
    int_fix(a, f64::floor)
}

pub fn fix(a: &[Value], _: &mut Host) -> VResult<Value> {
    int_fix(a, f64::trunc)
}

fn float_fn(a: &[Value], f: impl Fn(f64) -> VResult<f64>) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let r = f(arg(a, 0).to_f64()?)?;
    if r.is_finite() {
        Ok(Value::Double(r))
    } else {
        err(OVERFLOW)
    }
}

pub fn sqr(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| if x < 0.0 { invalid() } else { Ok(x.sqrt()) })
}
pub fn exp(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| Ok(x.exp()))
}
pub fn log(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| if x <= 0.0 { invalid() } else { Ok(x.ln()) })
}
pub fn sin(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| Ok(x.sin()))
}
pub fn cos(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| Ok(x.cos()))
}
pub fn tan(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| Ok(x.tan()))
}
pub fn atn(a: &[Value], _: &mut Host) -> VResult<Value> {
    float_fn(a, |x| Ok(x.atan()))
}

/// `Round(x [, places])`: half to even, like VBA.
pub fn round(a: &[Value], _: &mut Host) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let places = if has(a, 1) { long(arg(a, 1))? } else { 0 };
    if !(0..=22).contains(&places) {
        return invalid();
    }
    let v = arg(a, 0);
    let x = v.to_f64()?;
    let r = if places == 0 {
        round_even(x)
    } else {
        let m = 10f64.powi(places as i32);
        let scaled = x * m;
        // Decide ties on the decimal text, so that 2.675 (stored as 2.67499…) rounds the way it reads.
        let t = format!("{:.*}", (places as usize + 3).min(17), x.abs());
        let tie = t.split_once('.').is_some_and(|(_, f)| {
            f.len() > places as usize
                && f[places as usize..].starts_with('5')
                && f[places as usize + 1..].bytes().all(|b| b == b'0')
        });
        if tie {
            round_even(scaled) / m
        } else {
            scaled.round() / m
        }
    };
    Ok(match v {
        Value::Int(_) | Value::Long(_) | Value::Byte(_) => v.clone(),
        Value::Single(_) => Value::Single(r as f32),
        Value::Currency(_) => Value::Currency((r * 10_000.0).round() as i64),
        _ => Value::Double(r),
    })
}

/// VBA's `Rnd`: the generator Microsoft documents for Visual Basic's Rnd (KB 231847, "How Visual Basic
/// Generates Pseudo-Random Numbers for the RND Function"): x1 = (x0 * 1140671485 +
/// 12820163) Mod 2^24 from x0 = 327680, and Rnd = x1 / 2^24, so an unseeded sequence is
/// VBA's (0.7055475, 0.533424, …). How a negative argument or Randomize turns a number
/// into a seed is not documented; these keep the pages' rules (Rnd function page: "the
/// same number, using Number as the seed"; Randomize page: the same value "does not
/// repeat the previous sequence").
pub fn rnd(a: &[Value], h: &mut Host) -> VResult<Value> {
    if has(a, 0) {
        let n = arg(a, 0).to_f64()?;
        if n == 0.0 {
            return Ok(Value::Single(h.last_rnd));
        }
        if n < 0.0 {
            let bits = (n as f32).to_bits();
            h.rnd = (bits.wrapping_add(bits >> 24)) & 0xFF_FFFF;
        }
    }
    h.rnd = (h.rnd.wrapping_mul(0x43FD_43FD).wrapping_add(0xC3_9EC3)) & 0xFF_FFFF;
    h.last_rnd = h.rnd as f32 / 16_777_216.0;
    Ok(Value::Single(h.last_rnd))
}

pub fn randomize(a: &[Value], h: &mut Host) -> VResult<Value> {
    let seed = if has(a, 0) {
        arg(a, 0).to_f64()?
    } else {
        h.now() * 86400.0
    };
    // The number sets the upper 16 bits of the state; the low byte stays, so the same
    // number after other draws starts another sequence (Randomize page), while after
    // `Rnd(-n)` it repeats one (Rnd function page: "call Rnd with a negative argument
    // immediately before using Randomize with a numeric argument").
    let hi = (seed.to_bits() >> 32) as u32;
    let mixed = ((hi & 0xFFFF) ^ (hi >> 16)) << 8;
    h.rnd = (h.rnd & 0xFF) | (mixed & 0xFF_FF00);
    Ok(Value::Empty)
}

// ---- conversions ----

fn coerce(a: &[Value], t: TypeName) -> VResult<Value> {
    match arg(a, 0) {
        Value::Null => err(super::error::INVALID_NULL),
        v => let_coerce(v.clone(), t),
    }
}

pub fn cint(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Integer)
}
pub fn clng(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Long)
}
pub fn csng(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Single)
}
pub fn cdbl(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Double)
}
pub fn ccur(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Currency)
}
pub fn cstr(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::String)
}
pub fn cbool(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Boolean)
}
pub fn cbyte(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Byte)
}
pub fn cdate(a: &[Value], _: &mut Host) -> VResult<Value> {
    coerce(a, TypeName::Date)
}
pub fn cvar(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(arg(a, 0).clone())
}

/// `Val`: the longest numeric prefix, spaces ignored; 0 when there is none.
pub fn val(a: &[Value], _: &mut Host) -> VResult<Value> {
    let s: String = text(arg(a, 0))?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let lower = s.to_ascii_lowercase();
    // Val function page: "the function recognizes the radix prefixes &O (for octal) and
    // &H (for hexadecimal)"; like the literals, a value of up to 16 bits is an Integer
    // ("Val returns the decimal value -1 for … Val("&HFFFF")"), up to 32 bits a Long.
    let radix = match lower.get(..2) {
        Some("&h") => Some((16, 0xFFFF_u64)),
        Some("&o") => Some((8, 0o177777)),
        _ => None,
    };
    if let Some((radix, int_max)) = radix {
        let digits: String = lower[2..]
            .chars()
            .take_while(|c| c.is_digit(radix))
            .collect();
        let n = u64::from_str_radix(&digits, radix).unwrap_or(0);
        let v = if n <= int_max {
            n as u16 as i16 as f64
        } else if n <= u32::MAX as u64 {
            n as u32 as i32 as f64
        } else {
            n as f64
        };
        return Ok(Value::Double(v));
    }
    let mut end = 0;
    let b = s.as_bytes();
    let mut seen_dot = false;
    let mut seen_e = false;
    while end < b.len() {
        let c = b[end];
        let ok = c.is_ascii_digit()
            || ((c == b'+' || c == b'-')
                && (end == 0 || matches!(b[end - 1], b'e' | b'E' | b'd' | b'D')))
            || (c == b'.' && !seen_dot && !seen_e)
            || (matches!(c, b'e' | b'E' | b'd' | b'D') && !seen_e && end > 0);
        if !ok {
            break;
        }
        seen_dot |= c == b'.';
        seen_e |= matches!(c, b'e' | b'E' | b'd' | b'D');
        end += 1;
    }
    // "Val recognizes deprecated data type suffixes … Val("50.5%") will raise an error
    // because the percentage symbol is seen as a suffix to declare the Data Type as an
    // Integer, which it is not": a fraction or exponent before `%` or `&`.
    if matches!(b.get(end), Some(b'%' | b'&')) && (seen_dot || seen_e) {
        return err(TYPE_MISMATCH);
    }
    let mut prefix = s[..end].replace(['d', 'D'], "e");
    while !prefix.is_empty() && prefix.parse::<f64>().is_err() {
        prefix.pop();
    }
    Ok(Value::Double(prefix.parse().unwrap_or(0.0)))
}

pub fn str_(a: &[Value], _: &mut Host) -> VResult<Value> {
    let v = arg(a, 0);
    if matches!(v, Value::Null) {
        return Ok(Value::Null);
    }
    let t = v.to_text()?;
    let negative = v.to_f64().is_ok_and(|x| x < 0.0);
    Ok(Value::str(&if negative {
        t.to_string()
    } else {
        format!(" {t}")
    }))
}

fn radix(a: &[Value], base: u32) -> VResult<Value> {
    let v = arg(a, 0);
    if matches!(v, Value::Null) {
        return Ok(Value::Null);
    }
    let s = match v {
        Value::Int(x) => format_radix(*x as u16 as u64, base),
        Value::Byte(x) => format_radix(*x as u64, base),
        other => format_radix(other.to_i32()? as u32 as u64, base),
    };
    Ok(Value::str(&s))
}

fn format_radix(v: u64, base: u32) -> String {
    if base == 16 {
        format!("{v:X}")
    } else {
        format!("{v:o}")
    }
}

pub fn hex(a: &[Value], _: &mut Host) -> VResult<Value> {
    radix(a, 16)
}
pub fn oct(a: &[Value], _: &mut Host) -> VResult<Value> {
    radix(a, 8)
}

// ---- inspection ----

pub fn is_numeric(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Bool(match arg(a, 0) {
        Value::Str(s) => parse_number(s).is_some(),
        Value::Date(_) | Value::Null | Value::Array(_) => false,
        _ => true,
    }))
}
pub fn is_empty(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Bool(matches!(arg(a, 0), Value::Empty)))
}
pub fn is_null(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Bool(matches!(arg(a, 0), Value::Null)))
}
pub fn is_date(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Bool(match arg(a, 0) {
        Value::Date(_) => true,
        Value::Str(s) => parse_date_text(s).is_some(),
        _ => false,
    }))
}
pub fn is_array(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Bool(matches!(arg(a, 0), Value::Array(_))))
}
pub fn type_name(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::str(arg(a, 0).type_name()))
}
pub fn var_type(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Int(arg(a, 0).var_type() as i16))
}

// ---- strings ----

fn chars(v: &Value) -> VResult<Vec<char>> {
    Ok(text(v)?.chars().collect())
}

fn string_of(c: &[char]) -> Value {
    Value::Str(Arc::from(c.iter().collect::<String>()))
}

pub fn len(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(match arg(a, 0) {
        Value::Null => Value::Null,
        v => Value::Long(text(v)?.chars().count() as i32),
    })
}

fn count_arg(v: &Value) -> VResult<usize> {
    let n = long(v)?;
    if n < 0 { invalid() } else { Ok(n as usize) }
}

pub fn left(a: &[Value], _: &mut Host) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let s = chars(arg(a, 0))?;
    let n = count_arg(arg(a, 1))?;
    Ok(string_of(&s[..n.min(s.len())]))
}

pub fn right(a: &[Value], _: &mut Host) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let s = chars(arg(a, 0))?;
    let n = count_arg(arg(a, 1))?.min(s.len());
    Ok(string_of(&s[s.len() - n..]))
}

pub fn mid(a: &[Value], _: &mut Host) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let s = chars(arg(a, 0))?;
    let start = long(arg(a, 1))?;
    if start < 1 {
        return invalid();
    }
    let from = (start as usize - 1).min(s.len());
    let n = if has(a, 2) {
        count_arg(arg(a, 2))?
    } else {
        s.len()
    };
    Ok(string_of(&s[from..(from + n).min(s.len())]))
}

/// The Mid statement (`Mid(var, start[, length]) = text`, Mid statement page): the
/// text of `var` with characters from `start` on replaced by those of `text`, at most
/// `length` of them and never past the end ("The number of characters replaced is
/// always less than or equal to the number of characters in stringvar").
pub fn mid_assign(a: &[Value], _: &mut Host) -> VResult<Value> {
    if matches!(arg(a, 0), Value::Null) || matches!(arg(a, 3), Value::Null) {
        return err(super::error::INVALID_NULL);
    }
    let mut s = chars(arg(a, 0))?;
    let start = long(arg(a, 1))?;
    if start < 1 || start as usize > s.len() {
        return invalid();
    }
    let from = start as usize - 1;
    let with = chars(arg(a, 3))?;
    let mut n = with.len().min(s.len() - from);
    if has(a, 2) {
        n = n.min(count_arg(arg(a, 2))?);
    }
    s[from..from + n].copy_from_slice(&with[..n]);
    Ok(string_of(&s))
}

fn compare_mode(v: &Value) -> VResult<bool> {
    Ok(!matches!(v, Value::Empty) && long(v)? == 1)
}

fn fold(s: &[char], text_compare: bool) -> Vec<char> {
    if text_compare {
        s.iter().flat_map(|c| c.to_lowercase()).collect()
    } else {
        s.to_vec()
    }
}

fn find(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `InStr([start,] s1, s2 [, compare])`: 1-based position or 0.
pub fn instr(a: &[Value], _: &mut Host) -> VResult<Value> {
    let (start, s1, s2, cmp) = if a.len() >= 3 {
        (long(arg(a, 0))?, arg(a, 1), arg(a, 2), arg(a, 3))
    } else {
        (1, arg(a, 0), arg(a, 1), &Value::Empty)
    };
    if start < 1 {
        return invalid();
    }
    if matches!(s1, Value::Null) || matches!(s2, Value::Null) {
        return Ok(Value::Null);
    }
    let tc = compare_mode(cmp)?;
    let hay = fold(&chars(s1)?, tc);
    let needle = fold(&chars(s2)?, tc);
    let from = start as usize - 1;
    if from > hay.len() {
        return Ok(Value::Long(0));
    }
    Ok(Value::Long(
        find(&hay, &needle, from).map_or(0, |i| i as i32 + 1),
    ))
}

/// `InStrRev(s1, s2 [, start [, compare]])`.
pub fn instr_rev(a: &[Value], _: &mut Host) -> VResult<Value> {
    if matches!(arg(a, 0), Value::Null) || matches!(arg(a, 1), Value::Null) {
        return Ok(Value::Null);
    }
    let tc = compare_mode(arg(a, 3))?;
    let hay = fold(&chars(arg(a, 0))?, tc);
    let needle = fold(&chars(arg(a, 1))?, tc);
    let start = if has(a, 2) { long(arg(a, 2))? } else { -1 };
    if start == 0 || start < -1 {
        return invalid();
    }
    // InStrRev page: "start > Len(stringcheck)" returns 0.
    if start > hay.len() as i64 {
        return Ok(Value::Long(0));
    }
    let limit = if start == -1 {
        hay.len()
    } else {
        (start as usize).min(hay.len())
    };
    if needle.is_empty() {
        return Ok(Value::Long(if start as usize > hay.len() {
            0
        } else {
            limit as i32
        }));
    }
    if needle.len() > limit {
        return Ok(Value::Long(0));
    }
    let pos = (0..=limit - needle.len())
        .rev()
        .find(|&i| hay[i..i + needle.len()] == needle[..]);
    Ok(Value::Long(pos.map_or(0, |i| i as i32 + 1)))
}

fn map_str(a: &[Value], f: impl Fn(&str) -> String) -> VResult<Value> {
    match arg(a, 0) {
        Value::Null => Ok(Value::Null),
        v => Ok(Value::str(&f(&text(v)?))),
    }
}

pub fn lcase(a: &[Value], _: &mut Host) -> VResult<Value> {
    map_str(a, |s| s.to_lowercase())
}
pub fn ucase(a: &[Value], _: &mut Host) -> VResult<Value> {
    map_str(a, |s| s.to_uppercase())
}
pub fn trim(a: &[Value], _: &mut Host) -> VResult<Value> {
    map_str(a, |s| s.trim_matches(' ').to_string())
}
pub fn ltrim(a: &[Value], _: &mut Host) -> VResult<Value> {
    map_str(a, |s| s.trim_start_matches(' ').to_string())
}
pub fn rtrim(a: &[Value], _: &mut Host) -> VResult<Value> {
    map_str(a, |s| s.trim_end_matches(' ').to_string())
}
pub fn str_reverse(a: &[Value], _: &mut Host) -> VResult<Value> {
    // StrReverse page: "If expression is Null, an error occurs."
    if matches!(arg(a, 0), Value::Null) {
        return Err(VbaError::new(INVALID_NULL));
    }
    map_str(a, |s| s.chars().rev().collect())
}

const MAX_STRING: usize = super::ops::MAX_STRING_BYTES;

pub fn space(a: &[Value], _: &mut Host) -> VResult<Value> {
    let n = count_arg(arg(a, 0))?;
    if n > MAX_STRING {
        return err(super::error::OUT_OF_MEMORY);
    }
    Ok(Value::str(&" ".repeat(n)))
}

pub fn string(a: &[Value], _: &mut Host) -> VResult<Value> {
    // String function page: "If number contains Null, Null is returned."
    if matches!(arg(a, 0), Value::Null) {
        return Ok(Value::Null);
    }
    let n = count_arg(arg(a, 0))?;
    if n > MAX_STRING {
        return err(super::error::OUT_OF_MEMORY);
    }
    let c = match arg(a, 1) {
        Value::Null => return Ok(Value::Null),
        Value::Str(s) => s
            .chars()
            .next()
            .ok_or_else(|| VbaError::new(INVALID_CALL))?,
        // "greater than 255, String converts the number … character Mod 256".
        v => chr_of(long(v)?.rem_euclid(256))?,
    };
    Ok(Value::str(&std::iter::repeat_n(c, n).collect::<String>()))
}

/// The character of a Windows-1252 code (as VBA's `Chr` on Western systems).
fn chr_of(code: i64) -> VResult<char> {
    match code {
        0..=127 => Ok(code as u8 as char),
        128..=255 => {
            let byte = [code as u8];
            let (s, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
            Ok(s.chars().next().unwrap_or('\u{FFFD}'))
        }
        256..=65535 => char::from_u32(code as u32).ok_or_else(|| VbaError::new(INVALID_CALL)),
        _ => invalid(),
    }
}

pub fn chr(a: &[Value], _: &mut Host) -> VResult<Value> {
    // Chr page: "The normal range for charcode is 0–255" (-32768–65535 only on DBCS
    // systems; the scripts' Windows-1252 is none): error 5 outside it.
    let code = long(arg(a, 0))?;
    if !(0..=255).contains(&code) {
        return invalid();
    }
    let c = chr_of(code)?;
    Ok(Value::str(&c.to_string()))
}

pub fn asc(a: &[Value], _: &mut Host) -> VResult<Value> {
    let s = text(arg(a, 0))?;
    let c = s
        .chars()
        .next()
        .ok_or_else(|| VbaError::new(INVALID_CALL))?;
    if (c as u32) < 128 {
        return Ok(Value::Int(c as i16));
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    Ok(Value::Int(if unmappable || bytes.len() != 1 {
        63
    } else {
        bytes[0] as i16
    }))
}

/// `Replace(expr, find, replace [, start [, count [, compare]]])`: VBA returns the
/// text from `start` on.
pub fn replace(a: &[Value], _: &mut Host) -> VResult<Value> {
    // Replace page, return values: "expression is Null | An error."
    if matches!(arg(a, 0), Value::Null) {
        return Err(VbaError::new(INVALID_NULL));
    }
    if null_in(a) {
        return Ok(Value::Null);
    }
    let s = chars(arg(a, 0))?;
    let find_s = chars(arg(a, 1))?;
    let with = chars(arg(a, 2))?;
    let start = if has(a, 3) { long(arg(a, 3))? } else { 1 };
    let count = if has(a, 4) { long(arg(a, 4))? } else { -1 };
    if start < 1 || count < -1 {
        return invalid();
    }
    let tc = compare_mode(arg(a, 5))?;
    let from = (start as usize - 1).min(s.len());
    let s = &s[from..];
    if find_s.is_empty() || count == 0 {
        return Ok(string_of(s));
    }
    let hay = fold(s, tc);
    let needle = fold(&find_s, tc);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    let mut done = 0;
    while i < s.len() {
        if (count < 0 || done < count)
            && i + needle.len() <= s.len()
            && hay[i..i + needle.len()] == needle[..]
        {
            out.extend_from_slice(&with);
            i += needle.len();
            done += 1;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    Ok(string_of(&out))
}

pub fn str_comp(a: &[Value], _: &mut Host) -> VResult<Value> {
    if matches!(arg(a, 0), Value::Null) || matches!(arg(a, 1), Value::Null) {
        return Ok(Value::Null);
    }
    let tc = compare_mode(arg(a, 2))?;
    let x = fold(&chars(arg(a, 0))?, tc);
    let y = fold(&chars(arg(a, 1))?, tc);
    Ok(Value::Int(match x.cmp(&y) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

fn string_array(items: Vec<Value>) -> VResult<Value> {
    let n = items.len();
    Ok(Value::Array(Arc::new(Array {
        lower: vec![0],
        len: vec![n],
        data: items,
        elem: TypeName::Variant,
        fixed: false,
    })))
}

/// `Split(expr [, delimiter [, limit [, compare]]])`: a zero-based array.
pub fn split(a: &[Value], _: &mut Host) -> VResult<Value> {
    let s = text(arg(a, 0))?;
    let delim = if a.len() > 1 && !matches!(arg(a, 1), Value::Empty) {
        text(arg(a, 1))?
    } else {
        Arc::from(" ")
    };
    let limit = if has(a, 2) { long(arg(a, 2))? } else { -1 };
    if s.is_empty() {
        return string_array(Vec::new());
    }
    if delim.is_empty() {
        return string_array(vec![Value::Str(s)]);
    }
    if compare_mode(arg(a, 3))? {
        // A textual comparison: the delimiter matches whatever its case (one lower-case
        // character per character, so places stay those of the text).
        let low = |c: char| c.to_lowercase().next().unwrap_or(c);
        let hay: Vec<char> = s.chars().collect();
        let folded: Vec<char> = hay.iter().map(|c| low(*c)).collect();
        let needle: Vec<char> = delim.chars().map(low).collect();
        let mut parts = Vec::new();
        let (mut from, mut at) = (0, 0);
        while at + needle.len() <= hay.len() {
            if limit > 0 && parts.len() + 1 >= limit as usize {
                break;
            }
            if folded[at..at + needle.len()] == needle[..] {
                parts.push(string_of(&hay[from..at]));
                at += needle.len();
                from = at;
            } else {
                at += 1;
            }
        }
        parts.push(string_of(&hay[from..]));
        return string_array(parts);
    }
    let parts: Vec<Value> = if limit > 0 {
        s.splitn(limit as usize, delim.as_ref())
            .map(Value::str)
            .collect()
    } else {
        s.split(delim.as_ref()).map(Value::str).collect()
    };
    string_array(parts)
}

pub fn join(a: &[Value], _: &mut Host) -> VResult<Value> {
    let Value::Array(arr) = arg(a, 0) else {
        return err(TYPE_MISMATCH);
    };
    if arr.len.len() != 1 {
        return err(TYPE_MISMATCH);
    }
    let delim = if a.len() > 1 && !matches!(arg(a, 1), Value::Empty) {
        text(arg(a, 1))?
    } else {
        Arc::from(" ")
    };
    let mut out = String::new();
    for (i, v) in arr.data.iter().enumerate() {
        if i > 0 {
            out.push_str(&delim);
        }
        out.push_str(&v.display());
    }
    Ok(Value::str(&out))
}

pub fn format(a: &[Value], h: &mut Host) -> VResult<Value> {
    let _ = h;
    let fmt = if has(a, 1) {
        text(arg(a, 1))?.to_string()
    } else {
        String::new()
    };
    let weeks = (first_day(a, 2)?, first_week(a, 3)?);
    Ok(Value::str(&format_value(arg(a, 0), &fmt, weeks)?))
}

// ---- choice ----

pub fn iif(a: &[Value], _: &mut Host) -> VResult<Value> {
    let c = match arg(a, 0) {
        Value::Null => false,
        v => v.to_bool()?,
    };
    Ok(if c {
        arg(a, 1).clone()
    } else {
        arg(a, 2).clone()
    })
}

pub fn choose(a: &[Value], _: &mut Host) -> VResult<Value> {
    // Choose function page: "If index is not a whole number, it is rounded to the
    // nearest whole number" (half to even, as VBA's conversions to Long do).
    let i = super::value::round_even(arg(a, 0).to_f64()?);
    if i >= 1.0 && (i as usize) < a.len() {
        Ok(a[i as usize].clone())
    } else {
        Ok(Value::Null)
    }
}

pub fn switch(a: &[Value], _: &mut Host) -> VResult<Value> {
    if a.len() % 2 != 0 {
        return invalid();
    }
    for pair in a.chunks(2) {
        if !matches!(pair[0], Value::Null) && pair[0].to_bool()? {
            return Ok(pair[1].clone());
        }
    }
    Ok(Value::Null)
}

// ---- dates ----

pub fn date(_: &[Value], h: &mut Host) -> VResult<Value> {
    Ok(Value::Date(h.now().floor()))
}
pub fn time(_: &[Value], h: &mut Host) -> VResult<Value> {
    let now = h.now();
    Ok(Value::Date(now - now.floor()))
}
pub fn now(_: &[Value], h: &mut Host) -> VResult<Value> {
    Ok(Value::Date(h.now()))
}
pub fn timer(_: &[Value], h: &mut Host) -> VResult<Value> {
    let now = h.now();
    Ok(Value::Single(((now - now.floor()) * 86400.0) as f32))
}

fn date_of(v: &Value) -> VResult<f64> {
    match v {
        Value::Str(s) => parse_date_text(s).ok_or_else(|| VbaError::new(TYPE_MISMATCH)),
        Value::Null => err(super::error::INVALID_NULL),
        other => other.to_f64(),
    }
}

/// A date argument of DateAdd, DateDiff and DatePart: as [`date_of`], and text of a month
/// and a day alone (`"3/15"`) falls in the current year (DateDiff and DatePart pages: "if
/// date is enclosed in double quotation marks, and you omit the year, the current year is
/// inserted").
fn date_arg(v: &Value, h: &mut Host) -> VResult<f64> {
    if let Value::Str(s) = v {
        if let Some((m, d)) = crate::calendar::month_day(s) {
            let (year, _, _) = ymd(h.now())?;
            return serial_from_ymd(year, m, d).ok_or_else(|| VbaError::new(TYPE_MISMATCH));
        }
    }
    date_of(v)
}

fn ymd(serial: f64) -> VResult<(i32, u32, u32)> {
    ymd_from_serial(serial.floor()).ok_or_else(|| VbaError::new(INVALID_CALL))
}

/// A serial from year, month, day with VBA's normalisation (month 13 is January of the
/// next year, day 0 the last day of the month before; years 0-29 are 2000s, 30-99 1900s).
pub fn date_serial_value(y: i64, m: i64, d: i64) -> VResult<f64> {
    let y = match y {
        0..=29 => y + 2000,
        30..=99 => y + 1900,
        _ => y,
    };
    let months = y * 12 + (m - 1);
    let (yy, mm) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let first =
        serial_from_ymd(yy as i32, mm as u32, 1).ok_or_else(|| VbaError::new(INVALID_CALL))?;
    let v = first + (d - 1) as f64;
    if !(-657_434.0..=2_958_465.0).contains(&v) {
        return invalid();
    }
    Ok(v)
}

/// An argument of DateSerial or TimeSerial: "If any single argument is outside the range
/// -32,768 to 32,767, an error occurs" (their parameters are Integers: overflow, error 6).
fn integer_arg(v: &Value) -> VResult<i64> {
    let n = long(v)?;
    if !(-32_768..=32_767).contains(&n) {
        return err(super::error::OVERFLOW);
    }
    Ok(n)
}

pub fn date_serial(a: &[Value], _: &mut Host) -> VResult<Value> {
    Ok(Value::Date(date_serial_value(
        integer_arg(arg(a, 0))?,
        integer_arg(arg(a, 1))?,
        integer_arg(arg(a, 2))?,
    )?))
}

pub fn time_serial(a: &[Value], _: &mut Host) -> VResult<Value> {
    let secs =
        integer_arg(arg(a, 0))? * 3600 + integer_arg(arg(a, 1))? * 60 + integer_arg(arg(a, 2))?;
    Ok(Value::Date(secs as f64 / 86400.0))
}

fn interval_of(v: &Value) -> VResult<String> {
    Ok(text(v)?.to_ascii_lowercase())
}

fn add_months(serial: f64, months: i64) -> VResult<f64> {
    let (y, m, d) = ymd(serial)?;
    let total = y as i64 * 12 + (m as i64 - 1) + months;
    let (yy, mm) = (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u32,
    );
    let last = (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(yy, mm, d).is_some())
        .unwrap_or(28);
    let base = serial_from_ymd(yy, mm, d.min(last)).ok_or_else(|| VbaError::new(INVALID_CALL))?;
    Ok(base + (serial - serial.floor()))
}

pub fn date_add(a: &[Value], h: &mut Host) -> VResult<Value> {
    let iv = interval_of(arg(a, 0))?;
    // DateAdd page: "If number isn't a Long value, it is rounded to the nearest whole
    // number before being evaluated."
    let n = super::value::round_even(arg(a, 1).to_f64()?);
    let d = date_arg(arg(a, 2), h)?;
    let r = match iv.as_str() {
        "yyyy" => add_months(d, n as i64 * 12)?,
        "q" => add_months(d, n as i64 * 3)?,
        "m" => add_months(d, n as i64)?,
        "y" | "d" | "w" => d + n,
        "ww" => d + 7.0 * n,
        "h" => d + n / 24.0,
        "n" => d + n / 1440.0,
        "s" => d + n / 86400.0,
        _ => return invalid(),
    };
    // "If the calculated date would precede the year 100 … an error occurs" (and past
    // 9999 no Date exists; Date data type page: January 1, 100 to December 31, 9999).
    if !(-657_434.0..2_958_466.0).contains(&r) {
        return invalid();
    }
    Ok(Value::Date(r))
}

fn weekday_of(serial: f64, first: i64) -> i64 {
    let sunday_based = crate::runtime::datetime::weekday_of(serial.floor() as i64) as i64;
    (sunday_based - first).rem_euclid(7) + 1
}

/// A FirstWeekOfYear argument (date constants page: 0 system, 1 Jan 1, 2 four days,
/// 3 full week); omitted or 0 is 1.
fn first_week(a: &[Value], i: usize) -> VResult<i64> {
    let f = if has(a, i) { long(arg(a, i))? } else { 1 };
    if !(0..=3).contains(&f) {
        return invalid();
    }
    Ok(f.max(1))
}

fn first_day(a: &[Value], i: usize) -> VResult<i64> {
    let f = if has(a, i) { long(arg(a, i))? } else { 1 };
    if !(0..=7).contains(&f) {
        return invalid();
    }
    Ok(if f == 0 { 1 } else { f })
}

pub fn date_diff(a: &[Value], h: &mut Host) -> VResult<Value> {
    let iv = interval_of(arg(a, 0))?;
    let d1 = date_arg(arg(a, 1), h)?;
    let d2 = date_arg(arg(a, 2), h)?;
    let first = first_day(a, 3)?;
    let secs = |d: f64| (d * 86400.0).round();
    let r = match iv.as_str() {
        "yyyy" => (ymd(d2)?.0 - ymd(d1)?.0) as f64,
        "q" => {
            let q = |d| -> VResult<i64> {
                let (y, m, _) = ymd(d)?;
                Ok(y as i64 * 4 + (m as i64 - 1) / 3)
            };
            (q(d2)? - q(d1)?) as f64
        }
        "m" => {
            let (y1, m1, _) = ymd(d1)?;
            let (y2, m2, _) = ymd(d2)?;
            ((y2 - y1) * 12 + m2 as i32 - m1 as i32) as f64
        }
        "y" | "d" => d2.floor() - d1.floor(),
        "w" => ((d2.floor() - d1.floor()) / 7.0).trunc(),
        "ww" => {
            let start = |d: f64| d.floor() - (weekday_of(d, first) - 1) as f64;
            ((start(d2) - start(d1)) / 7.0).round()
        }
        "h" => (secs(d2) / 3600.0).floor() - (secs(d1) / 3600.0).floor(),
        "n" => (secs(d2) / 60.0).floor() - (secs(d1) / 60.0).floor(),
        "s" => secs(d2) - secs(d1),
        _ => return invalid(),
    };
    Ok(Value::Long(r as i32))
}

pub fn date_part(a: &[Value], h: &mut Host) -> VResult<Value> {
    let iv = interval_of(arg(a, 0))?;
    let d = date_arg(arg(a, 1), h)?;
    let first = first_day(a, 2)?;
    let (y, m, day) = ymd(d)?;
    let secs = ((d - d.floor()) * 86400.0).round() as i64;
    let r = match iv.as_str() {
        "yyyy" => y as i64,
        "q" => (m as i64 - 1) / 3 + 1,
        "m" => m as i64,
        "y" => (d.floor() - serial_from_ymd(y, 1, 1).unwrap_or(d)) as i64 + 1,
        "d" => day as i64,
        "w" => weekday_of(d, first),
        "ww" => crate::calendar::week_of_year(d, first, first_week(a, 3)?),
        "h" => secs / 3600 % 24,
        "n" => secs / 60 % 60,
        "s" => secs % 60,
        _ => return invalid(),
    };
    Ok(Value::Int(r as i16))
}

fn part(a: &[Value], f: impl Fn(f64) -> VResult<i64>) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    Ok(Value::Int(f(date_of(arg(a, 0))?)? as i16))
}

pub fn year(a: &[Value], _: &mut Host) -> VResult<Value> {
    part(a, |d| Ok(ymd(d)?.0 as i64))
}
pub fn month(a: &[Value], _: &mut Host) -> VResult<Value> {
    part(a, |d| Ok(ymd(d)?.1 as i64))
}
pub fn day(a: &[Value], _: &mut Host) -> VResult<Value> {
    part(a, |d| Ok(ymd(d)?.2 as i64))
}
fn secs_of(d: f64) -> i64 {
    ((d - d.floor()) * 86400.0).round() as i64
}
pub fn hour(a: &[Value], _: &mut Host) -> VResult<Value> {
    part(a, |d| Ok(secs_of(d) / 3600 % 24))
}
pub fn minute(a: &[Value], _: &mut Host) -> VResult<Value> {
    part(a, |d| Ok(secs_of(d) / 60 % 60))
}
pub fn second(a: &[Value], _: &mut Host) -> VResult<Value> {
    part(a, |d| Ok(secs_of(d) % 60))
}

pub fn weekday(a: &[Value], _: &mut Host) -> VResult<Value> {
    if null_in(a) {
        return Ok(Value::Null);
    }
    let first = first_day(a, 1)?;
    Ok(Value::Int(weekday_of(date_of(arg(a, 0))?, first) as i16))
}

pub fn weekday_name(a: &[Value], _: &mut Host) -> VResult<Value> {
    let n = long(arg(a, 0))?;
    let abbreviate = has(a, 1) && arg(a, 1).to_bool()?;
    let first = first_day(a, 2)?;
    if !(1..=7).contains(&n) {
        return invalid();
    }
    let name = DAY_NAMES[((n - 1 + first - 1) % 7) as usize];
    Ok(Value::str(if abbreviate { &name[..3] } else { name }))
}

pub fn month_name(a: &[Value], _: &mut Host) -> VResult<Value> {
    let n = long(arg(a, 0))?;
    let abbreviate = has(a, 1) && arg(a, 1).to_bool()?;
    if !(1..=12).contains(&n) {
        return invalid();
    }
    let name = MONTH_NAMES[(n - 1) as usize];
    Ok(Value::str(if abbreviate { &name[..3] } else { name }))
}

// ---- arrays and host ----

fn bound(a: &[Value], upper: bool) -> VResult<Value> {
    let Value::Array(arr) = arg(a, 0) else {
        return if matches!(arg(a, 0), Value::Empty) {
            err(SUBSCRIPT)
        } else {
            err(TYPE_MISMATCH)
        };
    };
    let d = if has(a, 1) { long(arg(a, 1))? } else { 1 };
    if d < 1 || d as usize > arr.len.len() {
        return err(SUBSCRIPT);
    }
    let d = d as usize - 1;
    Ok(Value::Long(if upper { arr.upper(d) } else { arr.lower[d] }))
}

pub fn lbound(a: &[Value], _: &mut Host) -> VResult<Value> {
    bound(a, false)
}
pub fn ubound(a: &[Value], _: &mut Host) -> VResult<Value> {
    bound(a, true)
}

/// `Array(…)`: a Variant array starting at `Option Base`.
pub fn array(a: &[Value], h: &mut Host) -> VResult<Value> {
    let n = a.len();
    Ok(Value::Array(Arc::new(Array {
        lower: vec![h.option_base as i32],
        len: vec![n],
        data: a.to_vec(),
        elem: TypeName::Variant,
        fixed: false,
    })))
}

/// MsgBox never blocks: it writes its prompt and answers as pressing Enter
/// would, with the default button (MsgBox function page: buttons `0`–`5`, default
/// button `0`/`256`/`512`/`768`; return values vbOK 1 … vbNo 7). A default button past
/// the box's buttons is its first.
pub fn msgbox(a: &[Value], h: &mut Host) -> VResult<Value> {
    let buttons = match arg(a, 1) {
        Value::Empty => 0,
        v => v.to_i32()?,
    };
    h.output.push_str(&arg(a, 0).display());
    h.output.push('\n');
    let answers: &[i16] = match buttons & 15 {
        1 => &[1, 2],
        2 => &[3, 4, 5],
        3 => &[6, 7, 2],
        4 => &[6, 7],
        5 => &[4, 2],
        _ => &[1],
    };
    let default = ((buttons >> 8) & 3) as usize;
    Ok(Value::Int(
        answers.get(default).copied().unwrap_or(answers[0]),
    ))
}

/// Text for `Print` of one value: numbers get a leading space (the sign's place) and a
/// trailing space, as VBA prints them.
pub fn print_text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Null => "Null".into(),
        Value::Bool(_) | Value::Date(_) | Value::Empty | Value::Array(_) => v.display(),
        _ => {
            let t = v.display();
            if t.starts_with('-') {
                format!("{t} ")
            } else {
                format!(" {t} ")
            }
        }
    }
}

/// Today's serial from the system clock (local wall-clock time).
pub fn wall_clock() -> f64 {
    use chrono::Timelike;
    let now = chrono::Local::now().naive_local();
    let d = serial_from_ymd(now.year(), now.month(), now.day()).unwrap_or(0.0);
    d + now.time().num_seconds_from_midnight() as f64 / 86400.0
}
