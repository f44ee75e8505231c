//! The table of built-in functions (spec §1.2): names and argument counts. The front end
//! uses it to accept built-in names under `Option Explicit` and to check argument counts;
//! the compiler maps each entry to its implementation by index.

/// One built-in function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinInfo {
    /// Canonical spelling.
    pub name: &'static str,
    /// Fewest arguments.
    pub min: u8,
    /// Most arguments; [`VARIADIC`] for no limit.
    pub max: u8,
    /// Returns a String, so the `$` spelling (`Left$`) is accepted too.
    pub dollar: bool,
}

/// `max` of a built-in taking any number of arguments.
pub const VARIADIC: u8 = u8::MAX;

const fn f(name: &'static str, min: u8, max: u8) -> BuiltinInfo {
    BuiltinInfo {
        name,
        min,
        max,
        dollar: false,
    }
}
const fn s(name: &'static str, min: u8, max: u8) -> BuiltinInfo {
    BuiltinInfo {
        name,
        min,
        max,
        dollar: true,
    }
}

/// Every built-in function, in a fixed order (the compiler refers to them by index).
pub static BUILTINS: &[BuiltinInfo] = &[
    // math
    f("Abs", 1, 1),
    f("Sgn", 1, 1),
    f("Int", 1, 1),
    f("Fix", 1, 1),
    f("Sqr", 1, 1),
    f("Exp", 1, 1),
    f("Log", 1, 1),
    f("Sin", 1, 1),
    f("Cos", 1, 1),
    f("Tan", 1, 1),
    f("Atn", 1, 1),
    f("Round", 1, 2),
    f("Rnd", 0, 1),
    f("Randomize", 0, 1),
    // conversions
    f("CInt", 1, 1),
    f("CLng", 1, 1),
    f("CSng", 1, 1),
    f("CDbl", 1, 1),
    f("CCur", 1, 1),
    s("CStr", 1, 1),
    f("CBool", 1, 1),
    f("CByte", 1, 1),
    f("CDate", 1, 1),
    f("CVar", 1, 1),
    f("Val", 1, 1),
    s("Str", 1, 1),
    s("Hex", 1, 1),
    s("Oct", 1, 1),
    // inspection
    f("IsNumeric", 1, 1),
    f("IsEmpty", 1, 1),
    f("IsNull", 1, 1),
    f("IsDate", 1, 1),
    f("IsArray", 1, 1),
    s("TypeName", 1, 1),
    f("VarType", 1, 1),
    // strings
    f("Len", 1, 1),
    s("Left", 2, 2),
    s("Right", 2, 2),
    s("Mid", 2, 3),
    f("InStr", 2, 4),
    f("InStrRev", 2, 4),
    s("LCase", 1, 1),
    s("UCase", 1, 1),
    s("Trim", 1, 1),
    s("LTrim", 1, 1),
    s("RTrim", 1, 1),
    s("Space", 1, 1),
    s("String", 2, 2),
    s("Chr", 1, 1),
    f("Asc", 1, 1),
    s("Replace", 3, 6),
    f("StrComp", 2, 3),
    s("StrReverse", 1, 1),
    f("Split", 1, 4),
    s("Join", 1, 2),
    s("Format", 1, 4),
    // choice
    f("IIf", 3, 3),
    f("Choose", 2, VARIADIC),
    f("Switch", 2, VARIADIC),
    // dates
    f("Date", 0, 0),
    f("Time", 0, 0),
    f("Now", 0, 0),
    f("Timer", 0, 0),
    f("DateSerial", 3, 3),
    f("TimeSerial", 3, 3),
    f("DateAdd", 3, 3),
    f("DateDiff", 3, 5),
    f("DatePart", 2, 4),
    f("Year", 1, 1),
    f("Month", 1, 1),
    f("Day", 1, 1),
    f("Hour", 1, 1),
    f("Minute", 1, 1),
    f("Second", 1, 1),
    f("Weekday", 1, 2),
    s("WeekdayName", 1, 3),
    s("MonthName", 1, 2),
    // arrays and host
    f("LBound", 1, 2),
    f("UBound", 1, 2),
    f("Array", 0, VARIADIC),
    f("MsgBox", 1, 5),
];

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
