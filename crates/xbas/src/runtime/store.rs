//! The store rule: how the value of `Result` after `Main` becomes the integer
//! the host stores. Integral subtypes are stored as they are, Boolean as 0/-1, Currency
//! truncated to whole units, floating values and numeric text truncated toward zero; a
//! value beyond ±9.2e18 (or not finite) is error 6, Null error 94, an array error 13.
//! The VM ([`stored`]) and the typed kernel's executors ([`stored_float`]) both call it.

use super::error::{INVALID_NULL, OVERFLOW, TYPE_MISMATCH};
use super::value::{Value, parse_number};

/// The stored integer of a floating `Result`: truncated toward zero; None (error 6) when
/// it is not finite or beyond ±9.2e18.
#[inline(always)]
pub fn stored_float(x: f64) -> Option<i64> {
    // `as` truncates toward zero; every double of magnitude 2^52 or more is integral, so
    // |x| < 9.2e18 is |trunc(x)| < 9.2e18 (and false for NaN), without a libm call.
    (x.abs() < 9.2e18).then_some(x as i64)
}

/// The stored integer of any `Result` value, or the number of the error that storing it
/// raises.
pub fn stored(v: &Value) -> Result<i64, i32> {
    let x = match v {
        Value::Empty => return Ok(0),
        Value::Bool(b) => return Ok(-(*b as i64)),
        Value::Byte(x) => return Ok(*x as i64),
        Value::Int(x) => return Ok(*x as i64),
        Value::Long(x) => return Ok(*x as i64),
        Value::Currency(c) => return Ok(c / 10_000),
        Value::Single(x) => *x as f64,
        Value::Double(x) | Value::Date(x) => *x,
        Value::Str(s) => parse_number(s).ok_or(TYPE_MISMATCH)?,
        Value::Null => return Err(INVALID_NULL),
        Value::Array(_) => return Err(TYPE_MISMATCH),
    };
    stored_float(x).ok_or(OVERFLOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_rule() {
        assert_eq!(stored(&Value::Double(57.99)), Ok(57));
        assert_eq!(stored(&Value::Double(-57.99)), Ok(-57));
        assert_eq!(stored(&Value::Bool(true)), Ok(-1));
        assert_eq!(stored(&Value::Currency(123_456)), Ok(12));
        assert_eq!(stored(&Value::str("12.7")), Ok(12));
        assert_eq!(stored(&Value::str("x")), Err(TYPE_MISMATCH));
        assert_eq!(stored(&Value::Null), Err(INVALID_NULL));
        assert_eq!(stored(&Value::Double(1e19)), Err(OVERFLOW));
        assert_eq!(stored(&Value::Double(f64::NAN)), Err(OVERFLOW));
        assert_eq!(stored_float(9.1e18), Some(9_100_000_000_000_000_000));
    }
}
