//! The built-in functions: their signatures ([`crate::signatures`], re-exported here)
//! paired by index with their implementations in [`super::library`], and the predefined
//! constants (`vbCrLf`, `vbSunday`, …).

use super::library::{self as lib, BuiltinFn};
use super::value::Value;
use crate::signatures::builtin_list;
pub use crate::signatures::{
    SIGNATURES as BUILTINS, Signature as BuiltinInfo, VARIADIC, arity_text, lookup,
};

macro_rules! implementations {
    ($(($kind:ident $name:literal $min:literal $max:tt $func:ident))*) => {
        &[$(lib::$func),*]
    };
}

/// The implementation of each built-in, in the order of [`BUILTINS`].
pub static FUNCS: &[BuiltinFn] = builtin_list!(implementations);

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
    fn every_signature_has_its_implementation() {
        assert_eq!(FUNCS.len(), BUILTINS.len());
        assert!(BUILTINS.len() > 80);
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
