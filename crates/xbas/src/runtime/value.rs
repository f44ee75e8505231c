//! Values: the VBA Variant subtypes (Empty, Null, Boolean, Byte, Integer, Long, Single,
//! Double, Currency, Date, String, arrays), the conversions between them (Let-coercion,
//! MS-VBAL 5.5.1.2: banker's rounding, Overflow = 6, Type mismatch = 13) and VBA's
//! number-to-text rules.

use super::error::{INVALID_NULL, OVERFLOW, SUBSCRIPT, TYPE_MISMATCH, VResult, VbaError, err};
use crate::base::TypeName;
use std::sync::Arc;

/// A runtime value. Strings and arrays are shared (`Arc`, so that a compiled program is
/// `Sync`); arrays are copied on write, which gives VBA's value semantics for array
/// assignment.
#[derive(Debug, Clone, Default)]
pub enum Value {
    #[default]
    Empty,
    Null,
    Bool(bool),
    Byte(u8),
    Int(i16),
    Long(i32),
    Single(f32),
    Double(f64),
    /// Scaled by 10,000.
    Currency(i64),
    /// VBA serial day.
    Date(f64),
    Str(Arc<str>),
    Array(Arc<Array>),
}

/// An array: bounds per dimension, elements in column-major order as VBA stores them.
#[derive(Debug, Clone, PartialEq)]
pub struct Array {
    pub lower: Vec<i32>,
    pub len: Vec<usize>,
    pub data: Vec<Value>,
    /// Element type (Variant for Variant arrays).
    pub elem: TypeName,
    /// Declared with bounds (`Dim a(10)`): cannot be ReDim'd or Erased to nothing.
    pub fixed: bool,
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Empty, Empty) | (Null, Null) => true,
            (Bool(a), Bool(b)) => a == b,
            (Byte(a), Byte(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Long(a), Long(b)) => a == b,
            (Single(a), Single(b)) => a.to_bits() == b.to_bits(),
            (Double(a), Double(b)) | (Date(a), Date(b)) => a.to_bits() == b.to_bits(),
            (Currency(a), Currency(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (Array(a), Array(b)) => a == b,
            _ => false,
        }
    }
}

/// Maximum elements of one array (a guard against `ReDim a(2000000000)`).
pub const MAX_ARRAY_ELEMENTS: usize = 4_000_000;

impl Array {
    /// A new array of `elem` with the given (lower, upper) bounds.
    pub fn new(bounds: &[(i32, i32)], elem: TypeName, fixed: bool) -> VResult<Array> {
        let mut total: usize = 1;
        let mut lower = Vec::with_capacity(bounds.len());
        let mut len = Vec::with_capacity(bounds.len());
        for &(lo, hi) in bounds {
            if hi < lo {
                return err(SUBSCRIPT);
            }
            let n = (hi as i64 - lo as i64 + 1) as usize;
            total = total
                .checked_mul(n)
                .filter(|t| *t <= MAX_ARRAY_ELEMENTS)
                .ok_or_else(|| VbaError::new(7))?;
            lower.push(lo);
            len.push(n);
        }
        Ok(Array {
            lower,
            len,
            data: vec![default_of(elem); total],
            elem,
            fixed,
        })
    }

    /// The flat position of an element, or error 9.
    pub fn index(&self, idx: &[i32]) -> VResult<usize> {
        if idx.len() != self.len.len() {
            return err(SUBSCRIPT);
        }
        let mut flat = 0usize;
        let mut stride = 1usize;
        for (d, &i) in idx.iter().enumerate() {
            let off = i as i64 - self.lower[d] as i64;
            if off < 0 || off as usize >= self.len[d] {
                return err(SUBSCRIPT);
            }
            flat += off as usize * stride;
            stride *= self.len[d];
        }
        Ok(flat)
    }

    pub fn upper(&self, d: usize) -> i32 {
        (self.lower[d] as i64 + self.len[d] as i64 - 1) as i32
    }
}

/// A dynamic array not yet sized (`Dim a() As Long` before `ReDim`): no dimensions, so
/// `UBound` and indexing give error 9, while `IsArray` and `TypeName` see an array.
pub fn unallocated(elem: TypeName) -> Value {
    Value::Array(Arc::new(Array {
        lower: Vec::new(),
        len: Vec::new(),
        data: Vec::new(),
        elem,
        fixed: false,
    }))
}

/// The starting value of a variable: its type's default, or an unallocated array.
pub fn initial(ty: TypeName, array: bool) -> Value {
    if array {
        unallocated(ty)
    } else {
        default_of(ty)
    }
}

/// The value a variable of a declared type starts with.
pub fn default_of(t: TypeName) -> Value {
    match t {
        TypeName::Variant => Value::Empty,
        TypeName::Integer => Value::Int(0),
        TypeName::Long => Value::Long(0),
        TypeName::Single => Value::Single(0.0),
        TypeName::Double => Value::Double(0.0),
        TypeName::Currency => Value::Currency(0),
        TypeName::String => Value::Str(Arc::from("")),
        TypeName::Boolean => Value::Bool(false),
        TypeName::Byte => Value::Byte(0),
        TypeName::Date => Value::Date(0.0),
    }
}

/// Round half to even (MS-VBAL 5.5.1.2.1.1).
#[inline(always)]
pub fn round_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// [`round_even`] for a value about to be checked against an integral range and stored as
/// an integer (the typed kernel's Let-coercion): the same result except that a zero may
/// lose its sign, computed inline where `round_ties_even` is a library call (x86-64
/// before SSE4.1).
#[inline(always)]
pub fn round_even_integral(x: f64) -> f64 {
    const BIG: f64 = 4_503_599_627_370_496.0; // 2^52: from here on every f64 is integral
    if x.abs() < BIG {
        let m = BIG.copysign(x);
        (x + m) - m
    } else {
        x
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::from(s))
    }

    /// `TypeName` of the value.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Empty => "Empty",
            Value::Null => "Null",
            Value::Bool(_) => "Boolean",
            Value::Byte(_) => "Byte",
            Value::Int(_) => "Integer",
            Value::Long(_) => "Long",
            Value::Single(_) => "Single",
            Value::Double(_) => "Double",
            Value::Currency(_) => "Currency",
            Value::Date(_) => "Date",
            Value::Str(_) => "String",
            Value::Array(a) => match a.elem {
                TypeName::Variant => "Variant()",
                TypeName::Integer => "Integer()",
                TypeName::Long => "Long()",
                TypeName::Single => "Single()",
                TypeName::Double => "Double()",
                TypeName::Currency => "Currency()",
                TypeName::String => "String()",
                TypeName::Boolean => "Boolean()",
                TypeName::Byte => "Byte()",
                TypeName::Date => "Date()",
            },
        }
    }

    /// `VarType` of the value.
    pub fn var_type(&self) -> i32 {
        match self {
            Value::Empty => 0,
            Value::Null => 1,
            Value::Int(_) => 2,
            Value::Long(_) => 3,
            Value::Single(_) => 4,
            Value::Double(_) => 5,
            Value::Currency(_) => 6,
            Value::Date(_) => 7,
            Value::Str(_) => 8,
            Value::Bool(_) => 11,
            Value::Byte(_) => 17,
            Value::Array(a) => {
                8192 + default_of(a.elem)
                    .var_type()
                    .max(12 * (a.elem == TypeName::Variant) as i32)
            }
        }
    }

    pub fn is_numeric_type(&self) -> bool {
        matches!(
            self,
            Value::Bool(_)
                | Value::Byte(_)
                | Value::Int(_)
                | Value::Long(_)
                | Value::Single(_)
                | Value::Double(_)
                | Value::Currency(_)
                | Value::Date(_)
        )
    }

    /// The value as a Double (strings are parsed; Empty is 0; Null is error 94).
    pub fn to_f64(&self) -> VResult<f64> {
        Ok(match self {
            Value::Empty => 0.0,
            Value::Null => return err(INVALID_NULL),
            Value::Bool(b) => -(*b as i32) as f64,
            Value::Byte(v) => *v as f64,
            Value::Int(v) => *v as f64,
            Value::Long(v) => *v as f64,
            Value::Single(v) => *v as f64,
            Value::Double(v) | Value::Date(v) => *v,
            Value::Currency(v) => *v as f64 / 10_000.0,
            Value::Str(s) => parse_number(s).ok_or_else(|| VbaError::new(TYPE_MISMATCH))?,
            Value::Array(_) => return err(TYPE_MISMATCH),
        })
    }

    /// Let-coercion to Long: banker's rounding, error 6 outside the range.
    pub fn to_i32(&self) -> VResult<i32> {
        match self {
            Value::Long(v) => Ok(*v),
            Value::Int(v) => Ok(*v as i32),
            Value::Byte(v) => Ok(*v as i32),
            Value::Bool(b) => Ok(-(*b as i32)),
            Value::Empty => Ok(0),
            Value::Currency(c) => round_to_i32((*c as f64) / 10_000.0),
            other => round_to_i32(other.to_f64()?),
        }
    }

    pub fn to_i16(&self) -> VResult<i16> {
        let v = match self {
            Value::Int(v) => return Ok(*v),
            other => other.to_i32_wide()?,
        };
        i16::try_from(v).map_err(|_| VbaError::new(OVERFLOW))
    }

    pub fn to_u8(&self) -> VResult<u8> {
        // True is all bits set: 255 as a Byte (CByte(True), issue 19), -1 when signed.
        if let Value::Bool(b) = self {
            return Ok(if *b { 255 } else { 0 });
        }
        let v = self.to_i32_wide()?;
        u8::try_from(v).map_err(|_| VbaError::new(OVERFLOW))
    }

    /// Like [`Value::to_i32`] but reporting overflow for narrower targets the same way.
    fn to_i32_wide(&self) -> VResult<i64> {
        match self {
            Value::Long(v) => Ok(*v as i64),
            Value::Int(v) => Ok(*v as i64),
            Value::Byte(v) => Ok(*v as i64),
            Value::Bool(b) => Ok(-(*b as i64)),
            Value::Empty => Ok(0),
            other => {
                let r = round_even(other.to_f64()?);
                if r.is_finite() && r.abs() < 1e15 {
                    Ok(r as i64)
                } else {
                    err(OVERFLOW)
                }
            }
        }
    }

    pub fn to_bool(&self) -> VResult<bool> {
        match self {
            Value::Bool(b) => Ok(*b),
            Value::Str(s) => {
                let t = s.trim();
                if t.eq_ignore_ascii_case("true") {
                    Ok(true)
                } else if t.eq_ignore_ascii_case("false") {
                    Ok(false)
                } else {
                    Ok(parse_number(t).ok_or_else(|| VbaError::new(TYPE_MISMATCH))? != 0.0)
                }
            }
            other => Ok(other.to_f64()? != 0.0),
        }
    }

    /// Let-coercion to Currency (scaled integer), banker's rounding to 4 places.
    pub fn to_currency(&self) -> VResult<i64> {
        if let Value::Currency(c) = self {
            return Ok(*c);
        }
        let scaled = round_even(self.to_f64()? * 10_000.0);
        if scaled.is_finite() && scaled.abs() < 9.2e18 {
            Ok(scaled as i64)
        } else {
            err(OVERFLOW)
        }
    }

    /// The value as text (`CStr`): numbers by VBA's rules, Null is error 94.
    pub fn to_text(&self) -> VResult<Arc<str>> {
        Ok(match self {
            Value::Str(s) => s.clone(),
            Value::Null => return err(INVALID_NULL),
            Value::Array(_) => return err(TYPE_MISMATCH),
            other => Arc::from(other.display().as_str()),
        })
    }

    /// Text of a value as `&`, `Print` and `CStr` show it (Null shows as "").
    pub fn display(&self) -> String {
        match self {
            Value::Empty | Value::Null => String::new(),
            Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Value::Byte(v) => v.to_string(),
            Value::Int(v) => v.to_string(),
            Value::Long(v) => v.to_string(),
            Value::Single(v) => format_float(*v as f64, 7),
            Value::Double(v) => format_float(*v, 15),
            Value::Currency(v) => format_currency(*v),
            Value::Date(d) => format_date(*d),
            Value::Str(s) => s.to_string(),
            Value::Array(_) => String::new(),
        }
    }
}

fn round_to_i32(x: f64) -> VResult<i32> {
    let r = round_even(x);
    if r.is_finite() && r >= i32::MIN as f64 && r <= i32::MAX as f64 {
        Ok(r as i32)
    } else {
        err(OVERFLOW)
    }
}

/// Parses text as VBA does for numeric conversion: optional spaces, sign, digits with
/// `.` and exponent, `&H`/`&O` forms. None when it is not a number.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if let Some(h) = lower.strip_prefix("&h") {
        return i64::from_str_radix(h, 16).ok().map(|v| v as f64);
    }
    if let Some(o) = lower.strip_prefix("&o") {
        return i64::from_str_radix(o, 8).ok().map(|v| v as f64);
    }
    // The numeric-string grammar of MS-VBAL's Let-coercion from String: spaces may
    // follow the sign (`"- 5"`), and the exponent may be written with `d` (`"1d2"`).
    let (sign, rest) = match t.as_bytes()[0] {
        b'-' => ("-", t[1..].trim_start()),
        b'+' => ("", t[1..].trim_start()),
        _ => ("", t),
    };
    let ok = rest
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'+' | b'-' | b'e' | b'E' | b'd' | b'D'))
        && rest.bytes().any(|b| b.is_ascii_digit())
        && !rest.starts_with(['+', '-']);
    if !ok {
        return None;
    }
    let parsed = if rest.len() == t.len() - sign.len() && !rest.contains(['d', 'D']) {
        // The usual text, parsed as it is (no copy).
        t.parse::<f64>()
    } else {
        format!("{sign}{}", rest.replace(['d', 'D'], "e")).parse::<f64>()
    };
    parsed.ok().filter(|v| v.is_finite())
}

/// Let-coercion of a value to a declared type (MS-VBAL 5.5.1.2).
pub fn let_coerce(v: Value, t: TypeName) -> VResult<Value> {
    Ok(match t {
        TypeName::Variant => v,
        TypeName::Integer => match v {
            Value::Int(_) => v,
            other => Value::Int(other.to_i16()?),
        },
        TypeName::Long => match v {
            Value::Long(_) => v,
            other => Value::Long(other.to_i32()?),
        },
        TypeName::Byte => Value::Byte(v.to_u8()?),
        TypeName::Single => {
            let f = v.to_f64()?;
            let s = f as f32;
            if f.is_finite() && !s.is_finite() {
                return err(OVERFLOW);
            }
            Value::Single(s)
        }
        TypeName::Double => match v {
            Value::Double(_) => v,
            other => Value::Double(other.to_f64()?),
        },
        TypeName::Currency => Value::Currency(v.to_currency()?),
        TypeName::Boolean => Value::Bool(v.to_bool()?),
        TypeName::Date => match v {
            Value::Str(s) => Value::Date(
                super::datetime::parse_date_text(&s).ok_or_else(|| VbaError::new(TYPE_MISMATCH))?,
            ),
            other => Value::Date(other.to_f64()?),
        },
        TypeName::String => match v {
            Value::Str(_) => v,
            other => Value::Str(other.to_text()?),
        },
    })
}

/// VBA's text for a floating-point number with `digits` significant digits: fixed
/// notation for decimal exponents from -4 to digits-1, else `1.5E+25` / `1E-07`.
pub fn format_float(v: f64, digits: usize) -> String {
    if v == 0.0 {
        return "0".to_string();
    }
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN".into()
        } else if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    let sci = format!("{:.*e}", digits - 1, v);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let mant_digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let trimmed = mant_digits.trim_end_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    let sign = if neg { "-" } else { "" };
    if exp < -4 || exp >= digits as i32 {
        let mut m = trimmed[..1].to_string();
        if trimmed.len() > 1 {
            m.push('.');
            m.push_str(&trimmed[1..]);
        }
        let es = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}E{es}{:02}", exp.abs());
    }
    let mut out = String::from(sign);
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(trimmed);
    } else {
        let int_len = exp as usize + 1;
        if trimmed.len() <= int_len {
            out.push_str(trimmed);
            for _ in trimmed.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&trimmed[..int_len]);
            out.push('.');
            out.push_str(&trimmed[int_len..]);
        }
    }
    out
}

fn format_currency(v: i64) -> String {
    let neg = v < 0;
    let a = v.unsigned_abs();
    let int = a / 10_000;
    let frac = a % 10_000;
    let mut s = if neg {
        format!("-{int}")
    } else {
        int.to_string()
    };
    if frac != 0 {
        let f = format!("{frac:04}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// Dates show as `yyyy-mm-dd`, with ` hh:nn:ss` when they have a time; a time alone
/// (serial day 0) shows as `hh:nn:ss`.
pub fn format_date(d: f64) -> String {
    let (y, m, day) = super::datetime::ymd_from_serial(d).unwrap_or((1899, 12, 30));
    let secs = (super::datetime::day_fraction(d) * 86400.0).round() as i64;
    let (h, mi, s) = (secs / 3600 % 24, secs / 60 % 60, secs % 60);
    if d.trunc() == 0.0 && secs != 0 {
        format!("{h:02}:{mi:02}:{s:02}")
    } else if secs == 0 {
        format!("{y:04}-{m:02}-{day:02}")
    } else {
        format!("{y:04}-{m:02}-{day:02} {h:02}:{mi:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_even_integral_is_round_even_up_to_the_sign_of_zero() {
        let mut x = -3.0;
        while x <= 3.0 {
            for y in [x, x * 1e6, x * 1e15, x * 2e15 + 0.5] {
                let (a, b) = (round_even(y), round_even_integral(y));
                assert!(a == b, "{y}: {a} vs {b}");
            }
            x += 0.125;
        }
        for y in [
            4503599627370497.0,
            -4503599627370497.0,
            1e300,
            f64::INFINITY,
        ] {
            assert_eq!(round_even(y), round_even_integral(y));
        }
        assert!(round_even_integral(f64::NAN).is_nan());
    }

    #[test]
    fn bankers_rounding() {
        assert_eq!(round_even(2.5), 2.0);
        assert_eq!(round_even(3.5), 4.0);
        assert_eq!(round_even(-2.5), -2.0);
        assert_eq!(round_even(-7.5), -8.0);
        assert_eq!(round_even(2.4999), 2.0);
        assert_eq!(round_even(0.75), 1.0);
    }

    #[test]
    fn double_to_text() {
        assert_eq!(format_float(1.0 / 3.0, 15), "0.333333333333333");
        assert_eq!(format_float(0.1 + 0.2, 15), "0.3");
        assert_eq!(format_float(1e20, 15), "1E+20");
        assert_eq!(format_float(2.5e25, 15), "2.5E+25");
        assert_eq!(format_float(1e-7, 15), "1E-07");
        assert_eq!(format_float(0.0001, 15), "0.0001");
        assert_eq!(format_float(0.00001, 15), "1E-05");
        assert_eq!(
            format_float(123456789012345678.0, 15),
            "1.23456789012346E+17"
        );
        assert_eq!(format_float(123456789012345.0, 15), "123456789012345");
        assert_eq!(format_float(1e15, 15), "1E+15");
        assert_eq!(format_float(-2.5, 15), "-2.5");
        assert_eq!(format_float(100.0, 15), "100");
        assert_eq!(format_float(0.7 + 0.1, 15), "0.8");
    }

    #[test]
    fn let_coercion_to_integral_types() {
        assert_eq!(
            let_coerce(Value::Double(42.5), TypeName::Long),
            Ok(Value::Long(42))
        );
        assert_eq!(
            let_coerce(Value::Double(43.5), TypeName::Long),
            Ok(Value::Long(44))
        );
        assert_eq!(
            let_coerce(Value::Double(2147483647.4), TypeName::Long),
            Ok(Value::Long(i32::MAX))
        );
        assert_eq!(
            let_coerce(Value::Double(2147483647.5), TypeName::Long).map_err(|e| e.number),
            Err(6)
        );
        assert_eq!(
            let_coerce(Value::Double(-32768.5), TypeName::Integer),
            Ok(Value::Int(-32768))
        );
        assert_eq!(
            let_coerce(Value::Double(32767.5), TypeName::Integer).map_err(|e| e.number),
            Err(6)
        );
        assert_eq!(
            let_coerce(Value::str("12"), TypeName::Long),
            Ok(Value::Long(12))
        );
        assert_eq!(
            let_coerce(Value::str("x"), TypeName::Long).map_err(|e| e.number),
            Err(13)
        );
        assert_eq!(
            let_coerce(Value::Bool(true), TypeName::Long),
            Ok(Value::Long(-1))
        );
        assert_eq!(
            let_coerce(Value::Double(255.5), TypeName::Byte).map_err(|e| e.number),
            Err(6)
        );
    }

    #[test]
    fn text_of_values() {
        assert_eq!(Value::Bool(true).display(), "True");
        assert_eq!(Value::Currency(12500).display(), "1.25");
        assert_eq!(Value::Date(45355.0).display(), "2024-03-04");
        assert_eq!(Value::Date(45355.25).display(), "2024-03-04 06:00:00");
        assert_eq!(Value::Single(0.1).display(), "0.1");
    }
}
