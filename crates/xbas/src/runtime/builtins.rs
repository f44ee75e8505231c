//! The built-in functions: their signatures ([`crate::signatures`], re-exported here)
//! paired by index with their implementations in [`super::library`], and the predefined
//! constants (`vbCrLf`, `vbSunday`, …).

use super::library::{self as lib, BuiltinFn};
use super::value::Value;
use crate::signatures::{ConstValue, Constant, builtin_list};
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
    crate::signatures::constant(key).map(|(_, c)| constant_value(c))
}

/// The value of a built-in constant.
pub fn constant_value(c: &Constant) -> Value {
    match c.value {
        ConstValue::Str(s) => Value::str(s),
        ConstValue::Int(i) => Value::Int(i),
        ConstValue::Long(l) => Value::Long(l),
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
