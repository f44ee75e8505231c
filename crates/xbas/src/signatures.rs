//! The built-in functions' signatures: name, argument counts, whether the
//! `$` spelling is accepted, whether one ends the output line. A leaf of the library:
//! the binder reads it to resolve built-in names and check argument counts, and
//! `runtime::builtins` pairs each entry, by index, with its implementation. Both tables
//! come from the one list in `builtin_list`, so they cannot drift apart.

/// `max` of a built-in taking any number of arguments.
pub const VARIADIC: u8 = u8::MAX;

/// One built-in function's signature.
#[derive(Clone, Copy, Debug)]
pub struct Signature {
    /// Canonical spelling.
    pub name: &'static str,
    /// Fewest arguments.
    pub min: u8,
    /// Most arguments; [`VARIADIC`] for no limit.
    pub max: u8,
    /// Returns a String, so the `$` spelling (`Left$`) is accepted too.
    pub dollar: bool,
    /// Writes a line of its own to the host's output (`MsgBox`), so a following `Print`
    /// starts at column 0.
    pub ends_line: bool,
}

/// Calls macro `$each` with every built-in, in the fixed order the compiler numbers them:
/// `(kind "Name" min max implementation)`, kind `f` a function, `s` one returning a String
/// (`$` form), `m` one that ends the output line. The implementation is the name of a
/// function in `runtime::library`.
macro_rules! builtin_list {
    ($each:ident) => {
        $each! {
            // math
            (f "Abs" 1 1 abs)
            (f "Sgn" 1 1 sgn)
            (f "Int" 1 1 int)
            (f "Fix" 1 1 fix)
            (f "Sqr" 1 1 sqr)
            (f "Exp" 1 1 exp)
            (f "Log" 1 1 log)
            (f "Sin" 1 1 sin)
            (f "Cos" 1 1 cos)
            (f "Tan" 1 1 tan)
            (f "Atn" 1 1 atn)
            (f "Round" 1 2 round)
            (f "Rnd" 0 1 rnd)
            (f "Randomize" 0 1 randomize)
            // conversions
            (f "CInt" 1 1 cint)
            (f "CLng" 1 1 clng)
            (f "CSng" 1 1 csng)
            (f "CDbl" 1 1 cdbl)
            (f "CCur" 1 1 ccur)
            (s "CStr" 1 1 cstr)
            (f "CBool" 1 1 cbool)
            (f "CByte" 1 1 cbyte)
            (f "CDate" 1 1 cdate)
            (f "CVar" 1 1 cvar)
            (f "Val" 1 1 val)
            (s "Str" 1 1 str_)
            (s "Hex" 1 1 hex)
            (s "Oct" 1 1 oct)
            // inspection
            (f "IsNumeric" 1 1 is_numeric)
            (f "IsEmpty" 1 1 is_empty)
            (f "IsNull" 1 1 is_null)
            (f "IsDate" 1 1 is_date)
            (f "IsArray" 1 1 is_array)
            (s "TypeName" 1 1 type_name)
            (f "VarType" 1 1 var_type)
            // strings
            (f "Len" 1 1 len)
            (s "Left" 2 2 left)
            (s "Right" 2 2 right)
            (s "Mid" 2 3 mid)
            // The Mid statement, `Mid(var, start[, length]) = text`: not callable by name.
            (f "Mid=" 4 4 mid_assign)
            (f "InStr" 2 4 instr)
            (f "InStrRev" 2 4 instr_rev)
            (s "LCase" 1 1 lcase)
            (s "UCase" 1 1 ucase)
            (s "Trim" 1 1 trim)
            (s "LTrim" 1 1 ltrim)
            (s "RTrim" 1 1 rtrim)
            (s "Space" 1 1 space)
            (s "String" 2 2 string)
            (s "Chr" 1 1 chr)
            (f "Asc" 1 1 asc)
            (s "Replace" 3 6 replace)
            (f "StrComp" 2 3 str_comp)
            (s "StrReverse" 1 1 str_reverse)
            (f "Split" 1 4 split)
            (s "Join" 1 2 join)
            (s "Format" 1 4 format)
            // choice
            (f "IIf" 3 3 iif)
            (f "Choose" 2 VARIADIC choose)
            (f "Switch" 2 VARIADIC switch)
            // dates
            (f "Date" 0 0 date)
            (f "Time" 0 0 time)
            (f "Now" 0 0 now)
            (f "Timer" 0 0 timer)
            (f "DateSerial" 3 3 date_serial)
            (f "TimeSerial" 3 3 time_serial)
            (f "DateAdd" 3 3 date_add)
            (f "DateDiff" 3 5 date_diff)
            (f "DatePart" 2 4 date_part)
            (f "Year" 1 1 year)
            (f "Month" 1 1 month)
            (f "Day" 1 1 day)
            (f "Hour" 1 1 hour)
            (f "Minute" 1 1 minute)
            (f "Second" 1 1 second)
            (f "Weekday" 1 2 weekday)
            (s "WeekdayName" 1 3 weekday_name)
            (s "MonthName" 1 2 month_name)
            // arrays and host
            (f "LBound" 1 2 lbound)
            (f "UBound" 1 2 ubound)
            (f "Array" 0 VARIADIC array)
            (m "MsgBox" 1 5 msgbox)
        }
    };
}
pub(crate) use builtin_list;

macro_rules! signatures {
    ($(($kind:ident $name:literal $min:literal $max:tt $func:ident))*) => {
        &[$(signature!($kind, $name, $min, $max)),*]
    };
}

macro_rules! signature {
    ($kind:ident, $name:literal, $min:literal, VARIADIC) => {
        signature!(@ $kind, $name, $min, VARIADIC)
    };
    ($kind:ident, $name:literal, $min:literal, $max:literal) => {
        signature!(@ $kind, $name, $min, $max)
    };
    (@ f, $name:literal, $min:literal, $max:expr) => {
        Signature { name: $name, min: $min, max: $max, dollar: false, ends_line: false }
    };
    (@ s, $name:literal, $min:literal, $max:expr) => {
        Signature { name: $name, min: $min, max: $max, dollar: true, ends_line: false }
    };
    (@ m, $name:literal, $min:literal, $max:expr) => {
        Signature { name: $name, min: $min, max: $max, dollar: false, ends_line: true }
    };
}

/// Every built-in, in the compiler's order.
pub static SIGNATURES: &[Signature] = builtin_list!(signatures);

/// Finds a built-in by name, case-insensitively; `Left$` finds `Left`.
pub fn lookup(name: &str) -> Option<(usize, &'static Signature)> {
    let (base, dollar) = match name.strip_suffix('$') {
        Some(b) => (b, true),
        None => (name, false),
    };
    SIGNATURES
        .iter()
        .enumerate()
        .find(|(_, b)| b.name.eq_ignore_ascii_case(base) && (!dollar || b.dollar))
}

/// The value of a predefined constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstValue {
    Str(&'static str),
    Int(i16),
    Long(i32),
}

/// A predefined constant (`vbCrLf`, `vbSunday`, …): its case-folded name and value.
#[derive(Clone, Copy, Debug)]
pub struct Constant {
    pub name: &'static str,
    pub value: ConstValue,
}

/// The predefined constants, as VBA's library defines them.
pub static CONSTANTS: &[Constant] = &[
    Constant {
        name: "vbcrlf",
        value: ConstValue::Str("\r\n"),
    },
    Constant {
        name: "vbnewline",
        value: ConstValue::Str("\r\n"),
    },
    Constant {
        name: "vbcr",
        value: ConstValue::Str("\r"),
    },
    Constant {
        name: "vblf",
        value: ConstValue::Str("\n"),
    },
    Constant {
        name: "vbtab",
        value: ConstValue::Str("\t"),
    },
    Constant {
        name: "vbnullstring",
        value: ConstValue::Str(""),
    },
    Constant {
        name: "vbnullchar",
        value: ConstValue::Str("\0"),
    },
    Constant {
        name: "vbbinarycompare",
        value: ConstValue::Int(0),
    },
    Constant {
        name: "vbtextcompare",
        value: ConstValue::Int(1),
    },
    Constant {
        name: "vbusesystemdayofweek",
        value: ConstValue::Int(0),
    },
    Constant {
        name: "vbsunday",
        value: ConstValue::Int(1),
    },
    Constant {
        name: "vbmonday",
        value: ConstValue::Int(2),
    },
    Constant {
        name: "vbtuesday",
        value: ConstValue::Int(3),
    },
    Constant {
        name: "vbwednesday",
        value: ConstValue::Int(4),
    },
    Constant {
        name: "vbthursday",
        value: ConstValue::Int(5),
    },
    Constant {
        name: "vbfriday",
        value: ConstValue::Int(6),
    },
    Constant {
        name: "vbsaturday",
        value: ConstValue::Int(7),
    },
    Constant {
        name: "vbok",
        value: ConstValue::Int(1),
    },
    Constant {
        name: "vbokonly",
        value: ConstValue::Int(0),
    },
    // The rest of the MsgBox constants page (buttons, icons, default button, modality,
    // return values).
    Constant {
        name: "vbokcancel",
        value: ConstValue::Long(1),
    },
    Constant {
        name: "vbabortretryignore",
        value: ConstValue::Long(2),
    },
    Constant {
        name: "vbyesnocancel",
        value: ConstValue::Long(3),
    },
    Constant {
        name: "vbyesno",
        value: ConstValue::Long(4),
    },
    Constant {
        name: "vbretrycancel",
        value: ConstValue::Long(5),
    },
    Constant {
        name: "vbcritical",
        value: ConstValue::Long(16),
    },
    Constant {
        name: "vbquestion",
        value: ConstValue::Long(32),
    },
    Constant {
        name: "vbexclamation",
        value: ConstValue::Long(48),
    },
    Constant {
        name: "vbinformation",
        value: ConstValue::Long(64),
    },
    Constant {
        name: "vbdefaultbutton1",
        value: ConstValue::Long(0),
    },
    Constant {
        name: "vbdefaultbutton2",
        value: ConstValue::Long(256),
    },
    Constant {
        name: "vbdefaultbutton3",
        value: ConstValue::Long(512),
    },
    Constant {
        name: "vbdefaultbutton4",
        value: ConstValue::Long(768),
    },
    Constant {
        name: "vbapplicationmodal",
        value: ConstValue::Long(0),
    },
    Constant {
        name: "vbsystemmodal",
        value: ConstValue::Long(4096),
    },
    Constant {
        name: "vbmsgboxhelpbutton",
        value: ConstValue::Long(16384),
    },
    Constant {
        name: "vbmsgboxsetforeground",
        value: ConstValue::Long(65536),
    },
    Constant {
        name: "vbmsgboxright",
        value: ConstValue::Long(524288),
    },
    Constant {
        name: "vbmsgboxrtlreading",
        value: ConstValue::Long(1048576),
    },
    Constant {
        name: "vbcancel",
        value: ConstValue::Long(2),
    },
    Constant {
        name: "vbabort",
        value: ConstValue::Long(3),
    },
    Constant {
        name: "vbretry",
        value: ConstValue::Long(4),
    },
    Constant {
        name: "vbignore",
        value: ConstValue::Long(5),
    },
    Constant {
        name: "vbyes",
        value: ConstValue::Long(6),
    },
    Constant {
        name: "vbno",
        value: ConstValue::Long(7),
    },
    Constant {
        name: "vbempty",
        value: ConstValue::Int(0),
    },
    Constant {
        name: "vbnull",
        value: ConstValue::Int(1),
    },
    Constant {
        name: "vbinteger",
        value: ConstValue::Int(2),
    },
    Constant {
        name: "vblong",
        value: ConstValue::Int(3),
    },
    Constant {
        name: "vbsingle",
        value: ConstValue::Int(4),
    },
    Constant {
        name: "vbdouble",
        value: ConstValue::Int(5),
    },
    Constant {
        name: "vbcurrency",
        value: ConstValue::Int(6),
    },
    Constant {
        name: "vbdate",
        value: ConstValue::Int(7),
    },
    Constant {
        name: "vbstring",
        value: ConstValue::Int(8),
    },
    Constant {
        name: "vbboolean",
        value: ConstValue::Int(11),
    },
    Constant {
        name: "vbvariant",
        value: ConstValue::Int(12),
    },
    Constant {
        name: "vbbyte",
        value: ConstValue::Int(17),
    },
    Constant {
        name: "vbarray",
        value: ConstValue::Int(8192),
    },
    // Date constants (FirstWeekOfYear), comparison, Tristate, VarType and
    // miscellaneous constants of the VBA reference's constant pages.
    Constant {
        name: "vbusesystem",
        value: ConstValue::Int(0),
    },
    Constant {
        name: "vbfirstjan1",
        value: ConstValue::Int(1),
    },
    Constant {
        name: "vbfirstfourdays",
        value: ConstValue::Int(2),
    },
    Constant {
        name: "vbfirstfullweek",
        value: ConstValue::Int(3),
    },
    Constant {
        name: "vbusecompareoption",
        value: ConstValue::Int(-1),
    },
    Constant {
        name: "vbdatabasecompare",
        value: ConstValue::Int(2),
    },
    Constant {
        name: "vbtrue",
        value: ConstValue::Int(-1),
    },
    Constant {
        name: "vbfalse",
        value: ConstValue::Int(0),
    },
    Constant {
        name: "vbusedefault",
        value: ConstValue::Int(-2),
    },
    Constant {
        name: "vbobject",
        value: ConstValue::Int(9),
    },
    Constant {
        name: "vberror",
        value: ConstValue::Int(10),
    },
    Constant {
        name: "vbdataobject",
        value: ConstValue::Int(13),
    },
    Constant {
        name: "vbdecimal",
        value: ConstValue::Int(14),
    },
    Constant {
        name: "vblonglong",
        value: ConstValue::Int(20),
    },
    Constant {
        name: "vbuserdefinedtype",
        value: ConstValue::Int(36),
    },
    Constant {
        name: "vbback",
        value: ConstValue::Str("\u{8}"),
    },
    Constant {
        name: "vbformfeed",
        value: ConstValue::Str("\u{c}"),
    },
    Constant {
        name: "vbverticaltab",
        value: ConstValue::Str("\u{b}"),
    },
    Constant {
        name: "vbobjecterror",
        value: ConstValue::Long(-2147221504),
    },
];

/// A predefined constant by case-folded name, with its index in [`CONSTANTS`].
pub fn constant(key: &str) -> Option<(usize, &'static Constant)> {
    CONSTANTS.iter().enumerate().find(|(_, c)| c.name == key)
}

impl Signature {
    /// Whether a script can call it by name (the Mid statement's `Mid=` cannot).
    pub fn callable(&self) -> bool {
        self.name.chars().all(|c| c.is_ascii_alphanumeric())
    }

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
