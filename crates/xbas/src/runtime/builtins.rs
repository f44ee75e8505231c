//! The table of built-in functions (spec §1.2): names and argument counts. The front end
//! uses it to accept built-in names under `Option Explicit` and to check argument counts;
//! the compiler maps each entry to its implementation by index.

use super::library::{self as lib, BuiltinFn};
use super::value::Value;

/// One built-in function.
#[derive(Clone, Copy)]
pub struct BuiltinInfo {
    /// Canonical spelling.
    pub name: &'static str,
    /// Fewest arguments.
    pub min: u8,
    /// Most arguments; [`VARIADIC`] for no limit.
    pub max: u8,
    /// Returns a String, so the `$` spelling (`Left$`) is accepted too.
    pub dollar: bool,
    /// The implementation.
    pub func: BuiltinFn,
    /// Writes a line of its own to the host's output (`MsgBox`), so a following `Print`
    /// starts at column 0.
    pub ends_line: bool,
}

impl std::fmt::Debug for BuiltinInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.name)
    }
}

/// `max` of a built-in taking any number of arguments.
pub const VARIADIC: u8 = u8::MAX;

const fn f(name: &'static str, min: u8, max: u8, func: BuiltinFn) -> BuiltinInfo {
    BuiltinInfo {
        name,
        min,
        max,
        dollar: false,
        func,
        ends_line: false,
    }
}
const fn s(name: &'static str, min: u8, max: u8, func: BuiltinFn) -> BuiltinInfo {
    BuiltinInfo {
        name,
        min,
        max,
        dollar: true,
        func,
        ends_line: false,
    }
}

/// Every built-in function, in a fixed order (the compiler refers to them by index).
pub static BUILTINS: &[BuiltinInfo] = &[
    // math
    f("Abs", 1, 1, lib::abs),
    f("Sgn", 1, 1, lib::sgn),
    f("Int", 1, 1, lib::int),
    f("Fix", 1, 1, lib::fix),
    f("Sqr", 1, 1, lib::sqr),
    f("Exp", 1, 1, lib::exp),
    f("Log", 1, 1, lib::log),
    f("Sin", 1, 1, lib::sin),
    f("Cos", 1, 1, lib::cos),
    f("Tan", 1, 1, lib::tan),
    f("Atn", 1, 1, lib::atn),
    f("Round", 1, 2, lib::round),
    f("Rnd", 0, 1, lib::rnd),
    f("Randomize", 0, 1, lib::randomize),
    // conversions
    f("CInt", 1, 1, lib::cint),
    f("CLng", 1, 1, lib::clng),
    f("CSng", 1, 1, lib::csng),
    f("CDbl", 1, 1, lib::cdbl),
    f("CCur", 1, 1, lib::ccur),
    s("CStr", 1, 1, lib::cstr),
    f("CBool", 1, 1, lib::cbool),
    f("CByte", 1, 1, lib::cbyte),
    f("CDate", 1, 1, lib::cdate),
    f("CVar", 1, 1, lib::cvar),
    f("Val", 1, 1, lib::val),
    s("Str", 1, 1, lib::str_),
    s("Hex", 1, 1, lib::hex),
    s("Oct", 1, 1, lib::oct),
    // inspection
    f("IsNumeric", 1, 1, lib::is_numeric),
    f("IsEmpty", 1, 1, lib::is_empty),
    f("IsNull", 1, 1, lib::is_null),
    f("IsDate", 1, 1, lib::is_date),
    f("IsArray", 1, 1, lib::is_array),
    s("TypeName", 1, 1, lib::type_name),
    f("VarType", 1, 1, lib::var_type),
    // strings
    f("Len", 1, 1, lib::len),
    s("Left", 2, 2, lib::left),
    s("Right", 2, 2, lib::right),
    s("Mid", 2, 3, lib::mid),
    f("InStr", 2, 4, lib::instr),
    f("InStrRev", 2, 4, lib::instr_rev),
    s("LCase", 1, 1, lib::lcase),
    s("UCase", 1, 1, lib::ucase),
    s("Trim", 1, 1, lib::trim),
    s("LTrim", 1, 1, lib::ltrim),
    s("RTrim", 1, 1, lib::rtrim),
    s("Space", 1, 1, lib::space),
    s("String", 2, 2, lib::string),
    s("Chr", 1, 1, lib::chr),
    f("Asc", 1, 1, lib::asc),
    s("Replace", 3, 6, lib::replace),
    f("StrComp", 2, 3, lib::str_comp),
    s("StrReverse", 1, 1, lib::str_reverse),
    f("Split", 1, 4, lib::split),
    s("Join", 1, 2, lib::join),
    s("Format", 1, 4, lib::format),
    // choice
    f("IIf", 3, 3, lib::iif),
    f("Choose", 2, VARIADIC, lib::choose),
    f("Switch", 2, VARIADIC, lib::switch),
    // dates
    f("Date", 0, 0, lib::date),
    f("Time", 0, 0, lib::time),
    f("Now", 0, 0, lib::now),
    f("Timer", 0, 0, lib::timer),
    f("DateSerial", 3, 3, lib::date_serial),
    f("TimeSerial", 3, 3, lib::time_serial),
    f("DateAdd", 3, 3, lib::date_add),
    f("DateDiff", 3, 5, lib::date_diff),
    f("DatePart", 2, 4, lib::date_part),
    f("Year", 1, 1, lib::year),
    f("Month", 1, 1, lib::month),
    f("Day", 1, 1, lib::day),
    f("Hour", 1, 1, lib::hour),
    f("Minute", 1, 1, lib::minute),
    f("Second", 1, 1, lib::second),
    f("Weekday", 1, 2, lib::weekday),
    s("WeekdayName", 1, 3, lib::weekday_name),
    s("MonthName", 1, 2, lib::month_name),
    // arrays and host
    f("LBound", 1, 2, lib::lbound),
    f("UBound", 1, 2, lib::ubound),
    f("Array", 0, VARIADIC, lib::array),
    BuiltinInfo {
        ends_line: true,
        ..f("MsgBox", 1, 5, lib::msgbox)
    },
];

/// The predefined constants (`vbCrLf`, `vbSunday`, …), by case-folded name.
pub fn constant(key: &str) -> Option<Value> {
    Some(match key {
        "vbcrlf" | "vbnewline" => Value::str("\r\n"),
        "vbcr" => Value::str("\r"),
        "vblf" => Value::str("\n"),
        "vbtab" => Value::str("\t"),
        "vbnullstring" => Value::str(""),
        "vbnullchar" => Value::str("\0"),
        "vbbinarycompare" => Value::Int(0),
        "vbtextcompare" => Value::Int(1),
        "vbusesystemdayofweek" => Value::Int(0),
        "vbsunday" => Value::Int(1),
        "vbmonday" => Value::Int(2),
        "vbtuesday" => Value::Int(3),
        "vbwednesday" => Value::Int(4),
        "vbthursday" => Value::Int(5),
        "vbfriday" => Value::Int(6),
        "vbsaturday" => Value::Int(7),
        "vbok" => Value::Int(1),
        "vbokonly" => Value::Int(0),
        "vbempty" => Value::Int(0),
        "vbnull" => Value::Int(1),
        "vbinteger" => Value::Int(2),
        "vblong" => Value::Int(3),
        "vbsingle" => Value::Int(4),
        "vbdouble" => Value::Int(5),
        "vbcurrency" => Value::Int(6),
        "vbdate" => Value::Int(7),
        "vbstring" => Value::Int(8),
        "vbboolean" => Value::Int(11),
        "vbvariant" => Value::Int(12),
        "vbbyte" => Value::Int(17),
        "vbarray" => Value::Int(8192),
        "vbobjecterror" => Value::Long(-2147221504),
        _ => return None,
    })
}

/// Finds a built-in by name, case-insensitively; `Left$` finds `Left`.
pub fn lookup(name: &str) -> Option<(usize, &'static BuiltinInfo)> {
    let (base, dollar) = match name.strip_suffix('$') {
        Some(b) => (b, true),
        None => (name, false),
    };
    BUILTINS
        .iter()
        .enumerate()
        .find(|(_, b)| b.name.eq_ignore_ascii_case(base) && (!dollar || b.dollar))
}

impl BuiltinInfo {
    /// Whether `n` arguments are acceptable.
    pub fn accepts(&self, n: usize) -> bool {
        n >= self.min as usize && (self.max == VARIADIC || n <= self.max as usize)
    }

    /// "1 argument", "2 or 3 arguments", "at least 2 arguments".
    pub fn arity_text(&self) -> String {
        arity_text(
            self.min as usize,
            (self.max != VARIADIC).then_some(self.max as usize),
        )
    }
}

/// Human wording of an argument count range.
pub fn arity_text(min: usize, max: Option<usize>) -> String {
    let noun = |n: usize| if n == 1 { "argument" } else { "arguments" };
    match max {
        None => format!("at least {min} {}", noun(min)),
        Some(max) if max == min => format!("{min} {}", noun(min)),
        Some(max) if max == min + 1 => format!("{min} or {max} {}", noun(max)),
        Some(max) => format!("{min} to {max} {}", noun(max)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_is_case_insensitive_and_knows_dollar_forms() {
        assert_eq!(lookup("left").map(|(_, b)| b.name), Some("Left"));
        assert_eq!(lookup("LEFT$").map(|(_, b)| b.name), Some("Left"));
        assert!(lookup("Len$").is_none());
        assert!(lookup("Nope").is_none());
    }

    #[test]
    fn arity_wording() {
        assert_eq!(
            lookup("Mid").map(|(_, b)| b.arity_text()),
            Some("2 or 3 arguments".into())
        );
        assert_eq!(
            lookup("Abs").map(|(_, b)| b.arity_text()),
            Some("1 argument".into())
        );
        assert_eq!(
            lookup("Choose").map(|(_, b)| b.arity_text()),
            Some("at least 2 arguments".into())
        );
    }

    #[test]
    fn names_are_unique() {
        for (i, a) in BUILTINS.iter().enumerate() {
            for b in &BUILTINS[i + 1..] {
                assert!(!a.name.eq_ignore_ascii_case(b.name), "{}", a.name);
            }
        }
    }
}
