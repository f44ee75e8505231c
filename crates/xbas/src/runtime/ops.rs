//! The operators on values, with VBA's result types (MS-VBAL 5.6.9): the numeric kind of
//! a result is the wider of its operands' (Byte < Integer < Long < Single < Double, with
//! Currency and Date rules); an Integer or Long result that overflows is error 6 for typed
//! operands and widens (Integer → Long → Double) when an operand is a Variant (`promote`).

use super::error::{DIV_ZERO, INVALID_CALL, OVERFLOW, TYPE_MISMATCH, VResult, VbaError, err};
use super::value::Value;
use crate::base::{BinOp, TypeName};
use std::cmp::Ordering;
use std::sync::Arc;

/// The numeric kind an operand takes part in arithmetic as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Byte,
    Int,
    Long,
    Single,
    Currency,
    Double,
    Date,
}

fn kind(v: &Value) -> VResult<Kind> {
    Ok(match v {
        Value::Byte(_) => Kind::Byte,
        Value::Empty | Value::Bool(_) | Value::Int(_) => Kind::Int,
        Value::Long(_) => Kind::Long,
        Value::Single(_) => Kind::Single,
        Value::Double(_) | Value::Str(_) => Kind::Double,
        Value::Currency(_) => Kind::Currency,
        Value::Date(_) => Kind::Date,
        Value::Null | Value::Array(_) => return err(TYPE_MISMATCH),
    })
}

/// Result kind of `+ - *` (MS-VBAL 5.6.9.3 tables).
fn arith_kind(a: Kind, b: Kind, op: BinOp) -> Kind {
    use Kind::*;
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    match (lo, hi) {
        (_, Date) if op == BinOp::Mul => Double,
        (Date, Date) if op == BinOp::Sub => Double,
        (_, Date) => Date,
        (_, Double) => Double,
        (Single, Currency) => Double,
        (_, Currency) => Currency,
        (Long, Single) => Double,
        (_, Single) => Single,
        (_, k) => k,
    }
}

fn widen(k: Kind) -> Option<Kind> {
    match k {
        Kind::Byte => Some(Kind::Int),
        Kind::Int => Some(Kind::Long),
        Kind::Long | Kind::Single | Kind::Date => Some(Kind::Double),
        _ => None,
    }
}

/// Makes a value of kind `k` from an exact integer result, widening if `promote`.
fn int_result(r: i64, mut k: Kind, promote: bool) -> VResult<Value> {
    loop {
        let fits = match k {
            Kind::Byte => (0..=255).contains(&r),
            Kind::Int => (i16::MIN as i64..=i16::MAX as i64).contains(&r),
            Kind::Long => (i32::MIN as i64..=i32::MAX as i64).contains(&r),
            _ => true,
        };
        if fits {
            return Ok(match k {
                Kind::Byte => Value::Byte(r as u8),
                Kind::Int => Value::Int(r as i16),
                Kind::Long => Value::Long(r as i32),
                _ => Value::Double(r as f64),
            });
        }
        match widen(k) {
            Some(w) if promote => k = w,
            _ => return err(OVERFLOW),
        }
    }
}

fn float_result(r: f64, k: Kind, promote: bool) -> VResult<Value> {
    if !r.is_finite() {
        return err(OVERFLOW);
    }
    Ok(match k {
        Kind::Single => {
            let s = r as f32;
            if s.is_finite() {
                Value::Single(s)
            } else if promote {
                Value::Double(r)
            } else {
                return err(OVERFLOW);
            }
        }
        Kind::Date => {
            if !(-657_434.0..=2_958_466.0).contains(&r) {
                return if promote {
                    Ok(Value::Double(r))
                } else {
                    err(OVERFLOW)
                };
            }
            Value::Date(r)
        }
        _ => Value::Double(r),
    })
}

fn int_of(v: &Value) -> VResult<i64> {
    Ok(match v {
        Value::Byte(x) => *x as i64,
        Value::Int(x) => *x as i64,
        Value::Long(x) => *x as i64,
        Value::Bool(b) => -(*b as i64),
        Value::Empty => 0,
        other => other.to_f64()? as i64,
    })
}

/// `a op b` for `+ - *`; `promote` when either operand is a Variant expression.
pub fn arith(op: BinOp, a: &Value, b: &Value, promote: bool) -> VResult<Value> {
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        if matches!(a, Value::Array(_)) || matches!(b, Value::Array(_)) {
            return err(TYPE_MISMATCH);
        }
        return Ok(Value::Null);
    }
    if op == BinOp::Add {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => return concat_str(x, y),
            (Value::Str(_), Value::Empty) => return Ok(a.clone()),
            (Value::Empty, Value::Str(_)) => return Ok(b.clone()),
            _ => {}
        }
    }
    let k = arith_kind(kind(a)?, kind(b)?, op);
    match k {
        Kind::Byte | Kind::Int | Kind::Long => {
            let (x, y) = (int_of(a)?, int_of(b)?);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                _ => x * y,
            };
            int_result(r, k, promote)
        }
        Kind::Currency => {
            let (x, y) = (a.to_currency()? as i128, b.to_currency()? as i128);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                _ => (x * y + if x * y >= 0 { 5_000 } else { -5_000 }) / 10_000,
            };
            i64::try_from(r)
                .map(Value::Currency)
                .map_err(|_| VbaError::new(OVERFLOW))
        }
        _ => {
            let (x, y) = (a.to_f64()?, b.to_f64()?);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                _ => x * y,
            };
            float_result(r, k, promote)
        }
    }
}

/// Longest string a script may build (bytes): past it, error 7 (Out of memory).
pub const MAX_STRING_BYTES: usize = 64 << 20;

fn concat_str(x: &str, y: &str) -> VResult<Value> {
    if x.len() + y.len() > MAX_STRING_BYTES {
        return err(super::error::OUT_OF_MEMORY);
    }
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    Ok(Value::Str(Arc::from(s)))
}

/// `a / b`: always Double (Null propagates); `x / 0` is error 11, `0 / 0` error 6.
pub fn div(a: &Value, b: &Value) -> VResult<Value> {
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        return Ok(Value::Null);
    }
    let (x, y) = (a.to_f64()?, b.to_f64()?);
    if let Some(n) = zero_divisor(x, y) {
        return err(n);
    }
    float_result(x / y, Kind::Double, false)
}

/// The error of `x / y` when `y` is 0: `x / 0` is error 11, `0 / 0` error 6 (the
/// numeric kernel reports its failing divisions with it too).
pub fn zero_divisor(x: f64, y: f64) -> Option<i32> {
    (y == 0.0).then_some(if x == 0.0 { OVERFLOW } else { DIV_ZERO })
}

/// The integral kind of `\`, `Mod` and the bitwise operators: Integer when both
/// operands are Byte/Integer/Boolean/Empty, else Long.
fn small_ints(a: &Value, b: &Value) -> bool {
    let small = |v: &Value| {
        matches!(
            v,
            Value::Byte(_) | Value::Int(_) | Value::Bool(_) | Value::Empty
        )
    };
    small(a) && small(b)
}

/// `a \ b` and `a Mod b`: operands rounded half to even to Long first (MS-VBAL 5.6.9.3).
pub fn int_div_mod(op: BinOp, a: &Value, b: &Value) -> VResult<Value> {
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        return Ok(Value::Null);
    }
    let x = a.to_i32()? as i64;
    let y = b.to_i32()? as i64;
    if y == 0 {
        return err(DIV_ZERO);
    }
    let r = if op == BinOp::IntDiv { x / y } else { x % y };
    let k = if matches!((a, b), (Value::Byte(_), Value::Byte(_))) {
        Kind::Byte
    } else if small_ints(a, b) {
        Kind::Int
    } else {
        Kind::Long
    };
    int_result(r, k, false)
}

/// `a ^ b`: Double.
pub fn pow(a: &Value, b: &Value) -> VResult<Value> {
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        return Ok(Value::Null);
    }
    let (x, y) = (a.to_f64()?, b.to_f64()?);
    if x == 0.0 && y < 0.0 {
        return err(DIV_ZERO);
    }
    if x < 0.0 && y.fract() != 0.0 {
        return err(INVALID_CALL);
    }
    float_result(x.powf(y), Kind::Double, false)
}

/// Unary minus.
pub fn neg(a: &Value, promote: bool) -> VResult<Value> {
    Ok(match a {
        Value::Null => Value::Null,
        Value::Empty => Value::Int(0),
        Value::Bool(b) => Value::Int(*b as i16),
        Value::Byte(x) => int_result(-(*x as i64), Kind::Int, promote)?,
        Value::Int(x) => int_result(-(*x as i64), Kind::Int, promote)?,
        Value::Long(x) => int_result(-(*x as i64), Kind::Long, promote)?,
        Value::Single(x) => Value::Single(-x),
        Value::Double(x) => Value::Double(-x),
        Value::Date(x) => Value::Date(-x),
        Value::Currency(x) => {
            Value::Currency(x.checked_neg().ok_or_else(|| VbaError::new(OVERFLOW))?)
        }
        Value::Str(_) => Value::Double(-a.to_f64()?),
        Value::Array(_) => return err(TYPE_MISMATCH),
    })
}

/// `+` with exactly one operand of fixed type (`typed`: bit 1 the left, bit 2 the right).
/// The `+` Operator page, "If at least one expression is not a Variant": "One expression
/// is a String and the other is any Variant except Null | Concatenate." Otherwise
/// Variant addition.
pub fn add_mixed(a: &Value, b: &Value, typed: u8) -> VResult<Value> {
    let number = |v: &Value| !matches!(v, Value::Str(_) | Value::Null | Value::Array(_));
    match (a, b) {
        (Value::Str(_), y) if typed == 1 && number(y) => concat(a, b),
        (x, Value::Str(_)) if typed == 2 && number(x) => concat(a, b),
        _ => arith(BinOp::Add, a, b, true),
    }
}

/// `a & b`: text of both (Null is ""), Null only when both are Null.
pub fn concat(a: &Value, b: &Value) -> VResult<Value> {
    if matches!(a, Value::Null) && matches!(b, Value::Null) {
        return Ok(Value::Null);
    }
    if matches!(a, Value::Array(_)) || matches!(b, Value::Array(_)) {
        return err(TYPE_MISMATCH);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => concat_str(x, y),
        _ => concat_str(&a.display(), &b.display()),
    }
}

/// Compares two values: None when either is Null.
pub fn compare(a: &Value, b: &Value) -> VResult<Option<Ordering>> {
    match (a, b) {
        (Value::Null, _) | (_, Value::Null) => Ok(None),
        (Value::Array(_), _) | (_, Value::Array(_)) => err(TYPE_MISMATCH),
        (Value::Str(x), Value::Str(y)) => Ok(Some(x.as_ref().cmp(y.as_ref()))),
        (Value::Str(x), Value::Empty) => Ok(Some(x.as_ref().cmp(""))),
        (Value::Empty, Value::Str(y)) => Ok(Some("".cmp(y.as_ref()))),
        // Comparison operators page: "When a Single is compared to a Double, the Double is
        // rounded to the precision of the Single."
        (Value::Single(x), Value::Double(y)) => Ok(x.partial_cmp(&(*y as f32))),
        (Value::Double(x), Value::Single(y)) => Ok((*x as f32).partial_cmp(y)),
        // "If a Currency is compared with a Single or Double, the Single or Double is
        // converted to a Currency."
        (Value::Currency(x), Value::Single(_) | Value::Double(_)) => match b.to_currency() {
            Ok(y) => Ok(Some(x.cmp(&y))),
            Err(_) => Ok((*x as f64 / 10_000.0).partial_cmp(&b.to_f64()?)),
        },
        (Value::Single(_) | Value::Double(_), Value::Currency(y)) => match a.to_currency() {
            Ok(x) => Ok(Some(x.cmp(y))),
            Err(_) => Ok(a.to_f64()?.partial_cmp(&(*y as f64 / 10_000.0))),
        },
        _ => {
            let (x, y) = (a.to_f64()?, b.to_f64()?);
            Ok(x.partial_cmp(&y))
        }
    }
}

/// A comparison operator applied: Boolean, or Null when an operand is Null.
pub fn relational(op: BinOp, a: &Value, b: &Value) -> VResult<Value> {
    if op == BinOp::Like {
        return like(a, b);
    }
    let Some(o) = compare(a, b)? else {
        return Ok(Value::Null);
    };
    Ok(Value::Bool(holds(op, o)))
}

/// How a binary operator runs, given which operands have a fixed static type (`ta`,
/// `tb`): the one rule the compiler emits by and the differential test checks against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dispatch {
    /// [`binary`], widening when an operand is a Variant.
    Binary { promote: bool },
    /// [`relational_typed`]: a comparison with a Variant operand.
    Compare { typed: u8 },
    /// [`add_mixed`]: `+` with exactly one operand of fixed type.
    AddMixed { typed: u8 },
}

impl Dispatch {
    pub fn of(op: BinOp, ta: bool, tb: bool) -> Dispatch {
        let typed = ta as u8 | (tb as u8) << 1;
        if op.is_comparison() && !(ta && tb) {
            Dispatch::Compare { typed }
        } else if op == BinOp::Add && ta != tb {
            Dispatch::AddMixed { typed }
        } else {
            Dispatch::Binary {
                promote: !(ta && tb),
            }
        }
    }

    /// Applies the operator as the VM's `Binary`, `Compare` and `AddMixed` ops do (each
    /// calls its function directly, after [`quick_binary`], which agrees: passing a
    /// `Dispatch` into the VM's loop cost S5 5 %).
    pub fn apply(self, op: BinOp, a: &Value, b: &Value) -> VResult<Value> {
        match self {
            Dispatch::Binary { promote } => binary(op, a, b, promote),
            Dispatch::Compare { typed } => relational_typed(op, a, b, typed),
            Dispatch::AddMixed { typed } => add_mixed(a, b, typed),
        }
    }
}

/// A comparison where an operand is a Variant (`typed`: bit 1 the left operand's type is
/// fixed, bit 2 the right's). The Comparison operators page: "One expression is a String
/// and the other is any Variant except a Null | Perform a string comparison"; between two
/// Variants, "One Variant expression is numeric and the other is a string | The numeric
/// expression is less than the string expression". Everything else as [`relational`].
pub fn relational_typed(op: BinOp, a: &Value, b: &Value, typed: u8) -> VResult<Value> {
    let numeric = |v: &Value| {
        !matches!(
            v,
            Value::Str(_) | Value::Empty | Value::Null | Value::Array(_)
        )
    };
    let order = match (a, b) {
        (Value::Str(x), y) if numeric(y) => match typed {
            0 => Ordering::Greater,
            1 => x.as_ref().cmp(y.to_text()?.as_ref()),
            _ => return relational(op, a, b),
        },
        (x, Value::Str(y)) if numeric(x) => match typed {
            0 => Ordering::Less,
            2 => x.to_text()?.as_ref().cmp(y.as_ref()),
            _ => return relational(op, a, b),
        },
        _ => return relational(op, a, b),
    };
    Ok(Value::Bool(holds(op, order)))
}

/// Whether comparison `op` (`=` `<>` `<` `>` `<=` `>=`) holds for operands ordered `o`.
#[inline(always)]
pub fn holds(op: BinOp, o: Ordering) -> bool {
    match op {
        BinOp::Eq => o == Ordering::Equal,
        BinOp::Ne => o != Ordering::Equal,
        BinOp::Lt => o == Ordering::Less,
        BinOp::Gt => o == Ordering::Greater,
        BinOp::Le => o != Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

fn like(a: &Value, b: &Value) -> VResult<Value> {
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        return Ok(Value::Null);
    }
    let s: Vec<char> = a.to_text()?.chars().collect();
    let p = like_pattern(&b.to_text()?)?;
    Ok(Value::Bool(like_match(&s, &p)))
}

/// A `Like` pattern checked and simplified (Like operator page): a `[` without its `]`
/// is error 93, "Invalid pattern string" (`"a [xyz" Like "a [*"`); `[]` is "a
/// zero-length string" and drops out.
fn like_pattern(text: &str) -> VResult<Vec<char>> {
    let p: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        if p[i] == '[' {
            let Some(len) = p[i + 1..].iter().position(|&c| c == ']') else {
                return err(super::error::INVALID_PATTERN);
            };
            if len > 0 {
                out.extend_from_slice(&p[i..=i + 1 + len]);
            }
            i += len + 2;
        } else {
            out.push(p[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// `Like` patterns: `*` any run, `?` one character, `#` one digit, `[a-z]`, `[!a-z]`.
pub fn like_match(s: &[char], p: &[char]) -> bool {
    // Iterative matcher with one backtrack point for `*`.
    let (mut si, mut pi) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        if pi < p.len() {
            match p[pi] {
                '*' => {
                    star = Some((pi, si));
                    pi += 1;
                    continue;
                }
                '?' => {
                    si += 1;
                    pi += 1;
                    continue;
                }
                '#' if s[si].is_ascii_digit() => {
                    si += 1;
                    pi += 1;
                    continue;
                }
                '[' => {
                    if let Some((ok, next)) = class_match(&p[pi..], s[si]) {
                        if ok {
                            si += 1;
                            pi += next;
                            continue;
                        }
                    }
                }
                c if c != '#' && c == s[si] => {
                    si += 1;
                    pi += 1;
                    continue;
                }
                _ => {}
            }
        }
        match star {
            Some((sp, ss)) => {
                pi = sp + 1;
                si = ss + 1;
                star = Some((sp, ss + 1));
            }
            None => return false,
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Matches `[...]` at the start of `p` against `c`: (matched, length of the class).
fn class_match(p: &[char], c: char) -> Option<(bool, usize)> {
    let end = p.iter().position(|&x| x == ']')?;
    let mut body = &p[1..end];
    let negate = body.first() == Some(&'!');
    if negate {
        body = &body[1..];
    }
    let mut i = 0;
    let mut hit = false;
    while i < body.len() {
        if i + 2 < body.len() && body[i + 1] == '-' {
            if body[i] <= c && c <= body[i + 2] {
                hit = true;
            }
            i += 3;
        } else {
            if body[i] == c {
                hit = true;
            }
            i += 1;
        }
    }
    Some((hit != negate, end + 1))
}

/// `And Or Xor Eqv Imp`: logical on Booleans, bitwise on integers (True = -1).
pub fn logical(op: BinOp, a: &Value, b: &Value) -> VResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        let (x, y) = (*x, *y);
        return Ok(Value::Bool(match op {
            BinOp::And => x && y,
            BinOp::Or => x || y,
            BinOp::Xor => x != y,
            BinOp::Eqv => x == y,
            _ => !x || y,
        }));
    }
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        // Three-valued logic where the other operand decides.
        let other = if matches!(a, Value::Null) { b } else { a };
        return Ok(match (op, other) {
            (BinOp::And, v) if !matches!(v, Value::Null) && v.to_f64()? == 0.0 => {
                Value::Bool(false)
            }
            (BinOp::Or, v) if !matches!(v, Value::Null) && v.to_f64()? == -1.0 => Value::Bool(true),
            // Imp operator page: "False Imp Null" and "Null Imp True" are True.
            (BinOp::Imp, Value::Bool(false)) if matches!(b, Value::Null) => Value::Bool(true),
            (BinOp::Imp, Value::Bool(true)) if matches!(a, Value::Null) => Value::Bool(true),
            _ => Value::Null,
        });
    }
    let x = a.to_i32()?;
    let y = b.to_i32()?;
    let r = match op {
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::Eqv => !(x ^ y),
        _ => !x | y,
    };
    if small_ints(a, b) {
        Ok(Value::Int(r as i16))
    } else {
        Ok(Value::Long(r))
    }
}

/// `Not a`.
pub fn not(a: &Value) -> VResult<Value> {
    Ok(match a {
        Value::Bool(b) => Value::Bool(!b),
        Value::Null => Value::Null,
        Value::Empty => Value::Int(-1),
        Value::Byte(x) => Value::Byte(!x),
        Value::Int(x) => Value::Int(!x),
        other => Value::Long(!other.to_i32()?),
    })
}

/// Any binary operator.
pub fn binary(op: BinOp, a: &Value, b: &Value, promote: bool) -> VResult<Value> {
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => arith(op, a, b, promote),
        BinOp::Div => div(a, b),
        BinOp::IntDiv | BinOp::Mod => int_div_mod(op, a, b),
        BinOp::Pow => pow(a, b),
        BinOp::Concat => concat(a, b),
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::Like => {
            relational(op, a, b)
        }
        BinOp::And | BinOp::Or | BinOp::Xor | BinOp::Eqv | BinOp::Imp => logical(op, a, b),
    }
}

/// `a = a op b` when both are Integer, Long or Double and the result is plain (in range,
/// finite, ordered), written in place: what [`binary`] gives, without its calls and
/// without moving values around (a value written piece by piece and then copied whole
/// stalls the CPU). False, with `a` untouched, for everything else, which [`binary`]
/// then decides, errors included. The VM tries it first.
#[inline(always)]
pub fn quick_binary(op: BinOp, a: &mut Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) else {
        return false;
    };
    match quick_num(op, x, y) {
        Some(q) => {
            *a = q.value();
            true
        }
        None => false,
    }
}

/// Writes a Double into a slot in place (over a Double, only the number is written):
/// never a value built elsewhere and copied whole, which stalls the CPU.
#[inline(always)]
pub fn set_double(slot: &mut Value, d: f64) {
    match slot {
        Value::Double(x) => *x = d,
        s => *s = Value::Double(d),
    }
}

/// Writes a Long into a slot in place, as [`set_double`] does a Double.
#[inline(always)]
pub fn set_long(slot: &mut Value, l: i32) {
    match slot {
        Value::Long(x) => *x = l,
        s => *s = Value::Long(l),
    }
}

/// Writes an Integer into a slot in place, as [`set_double`] does a Double.
#[inline(always)]
pub fn set_int(slot: &mut Value, i: i16) {
    match slot {
        Value::Int(x) => *x = i,
        s => *s = Value::Int(i),
    }
}

/// A number as the quick paths read it: an integral value (Integer: false, Long: true),
/// or a Double.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    I(i64, bool),
    D(f64),
}

impl Num {
    /// The number an Integer, Long or Double holds (read field by field, never copied
    /// whole); None for every other value.
    #[inline(always)]
    pub fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Int(x) => Some(Num::I(*x as i64, false)),
            Value::Long(x) => Some(Num::I(*x as i64, true)),
            Value::Double(x) => Some(Num::D(*x)),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn f64(self) -> f64 {
        match self {
            Num::I(i, _) => i as f64,
            Num::D(d) => d,
        }
    }

    /// Writes into `slot` the value a variable declared `ty` holds after `Let` of this
    /// number (a Double into an integral type rounds half to even). False, with `slot`
    /// untouched, where that store needs the general coercion (out of range: the VM's
    /// overflow; a type other than Integer, Long, Double or Variant).
    /// The value is written in place, never built elsewhere and copied whole: that copy
    /// stalls the CPU, and host values and typed stores run for every interval.
    #[inline(always)]
    pub fn store_into(self, ty: TypeName, slot: &mut Value) -> bool {
        let integral = |n: Num| match n {
            Num::I(i, _) => Some(i),
            Num::D(d) => {
                let r = super::value::round_even_integral(d);
                (r >= i32::MIN as f64 && r <= i32::MAX as f64).then_some(r as i64)
            }
        };
        match (ty, self) {
            (TypeName::Double, n) => set_double(slot, n.f64()),
            (TypeName::Long, n) => match integral(n).and_then(|i| i32::try_from(i).ok()) {
                Some(l) => set_long(slot, l),
                None => return false,
            },
            (TypeName::Integer, n) => match integral(n).and_then(|i| i16::try_from(i).ok()) {
                Some(i) => set_int(slot, i),
                None => return false,
            },
            (TypeName::Variant, Num::D(d)) => set_double(slot, d),
            (TypeName::Variant, Num::I(i, true)) => set_long(slot, i as i32),
            (TypeName::Variant, Num::I(i, false)) => set_int(slot, i as i16),
            _ => return false,
        }
        true
    }

    /// The value it is.
    #[inline(always)]
    pub fn value(self) -> Value {
        match self {
            Num::I(i, true) => Value::Long(i as i32),
            Num::I(i, false) => Value::Int(i as i16),
            Num::D(d) => Value::Double(d),
        }
    }
}

/// What a quick binary operation gives: a number or a comparison's truth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Quick {
    Num(Num),
    Bool(bool),
}

impl Quick {
    #[inline(always)]
    pub fn value(self) -> Value {
        match self {
            Quick::Num(n) => n.value(),
            Quick::Bool(b) => Value::Bool(b),
        }
    }
}

/// `x op y` when the result is plain (in range, finite, ordered): what [`binary`] gives
/// for these operands. None for everything else, which [`binary`] then decides.
#[inline(always)]
pub fn quick_num(op: BinOp, x: Num, y: Num) -> Option<Quick> {
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            if let (Num::I(i, long_a), Num::I(j, long_b)) = (x, y) {
                let r = match op {
                    BinOp::Add => i + j,
                    BinOp::Sub => i - j,
                    _ => i * j,
                };
                let long = long_a || long_b;
                let fits = if long {
                    i32::try_from(r).is_ok()
                } else {
                    i16::try_from(r).is_ok()
                };
                return fits.then_some(Quick::Num(Num::I(r, long)));
            }
            let (i, j) = (x.f64(), y.f64());
            let r = match op {
                BinOp::Add => i + j,
                BinOp::Sub => i - j,
                _ => i * j,
            };
            r.is_finite().then_some(Quick::Num(Num::D(r)))
        }
        BinOp::Div => {
            let r = x.f64() / y.f64();
            r.is_finite().then_some(Quick::Num(Num::D(r)))
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge => {
            let o = x.f64().partial_cmp(&y.f64())?;
            Some(Quick::Bool(holds(op, o)))
        }
        _ => None,
    }
}

/// Truthiness of a condition (`If`, `While`): Null is error 94, like VBA.
pub fn truthy(v: &Value) -> VResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Null => err(super::error::INVALID_NULL),
        other => other.to_bool(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_binary_is_binary() {
        use BinOp::*;
        let mut values = vec![Value::Empty, Value::Bool(true), Value::Str("2".into())];
        for x in [0, 1, -1, 2, 181, 182, 255, 32767, -32768, 46341, 65536] {
            values.push(Value::Int(x as i16));
            values.push(Value::Long(x));
            values.push(Value::Long(x.wrapping_mul(32768)));
            values.push(Value::Double(x as f64));
            values.push(Value::Double(x as f64 + 0.5));
        }
        for d in [
            -0.0,
            1e300,
            -1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            2147483647.5,
        ] {
            values.push(Value::Double(d));
        }
        let ops = [
            Pow, Mul, Div, IntDiv, Mod, Add, Sub, Concat, Eq, Ne, Lt, Gt, Le, Ge, Like, And,
        ];
        let mut quick = 0;
        for op in ops {
            for a in &values {
                for b in &values {
                    let mut q = a.clone();
                    if !quick_binary(op, &mut q, b) {
                        assert_eq!(&q, a);
                        continue;
                    }
                    quick += 1;
                    for promote in [false, true] {
                        assert_eq!(
                            Ok(q.clone()),
                            binary(op, a, b, promote),
                            "{a:?} {op:?} {b:?}"
                        );
                    }
                }
            }
        }
        assert!(quick > 10_000, "{quick}");
    }

    fn num(e: VResult<Value>) -> f64 {
        e.and_then(|v| v.to_f64()).unwrap()
    }

    #[test]
    fn integer_overflow_typed_vs_variant() {
        let a = Value::Int(300);
        let b = Value::Int(200);
        assert_eq!(
            arith(BinOp::Mul, &a, &b, false).map_err(|e| e.number),
            Err(6)
        );
        assert_eq!(arith(BinOp::Mul, &a, &b, true), Ok(Value::Long(60000)));
        assert_eq!(
            arith(BinOp::Mul, &a, &Value::Long(200), false),
            Ok(Value::Long(60000))
        );
        let big = Value::Long(2_000_000_000);
        assert_eq!(arith(BinOp::Add, &big, &big, true), Ok(Value::Double(4e9)));
        assert_eq!(
            arith(BinOp::Add, &big, &big, false).map_err(|e| e.number),
            Err(6)
        );
    }

    #[test]
    fn result_kinds() {
        assert_eq!(
            arith(BinOp::Add, &Value::Single(1.5), &Value::Long(1), false),
            Ok(Value::Double(2.5))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::Single(1.5), &Value::Int(1), false),
            Ok(Value::Single(2.5))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::Byte(1), &Value::Byte(2), false),
            Ok(Value::Byte(3))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::Empty, &Value::Empty, false),
            Ok(Value::Int(0))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::Bool(true), &Value::Bool(true), false),
            Ok(Value::Int(-2))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::str("a"), &Value::str("b"), false),
            Ok(Value::str("ab"))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::str("34"), &Value::Int(6), true),
            Ok(Value::Double(40.0))
        );
        assert_eq!(
            arith(BinOp::Add, &Value::Date(1.0), &Value::Int(1), false),
            Ok(Value::Date(2.0))
        );
        assert_eq!(
            arith(BinOp::Sub, &Value::Date(5.0), &Value::Date(1.0), false),
            Ok(Value::Double(4.0))
        );
    }

    #[test]
    fn division_and_integer_division() {
        assert_eq!(num(div(&Value::Int(1), &Value::Int(3))), 1.0 / 3.0);
        assert_eq!(
            div(&Value::Int(1), &Value::Int(0)).map_err(|e| e.number),
            Err(11)
        );
        assert_eq!(
            div(&Value::Int(0), &Value::Int(0)).map_err(|e| e.number),
            Err(6)
        );
        assert_eq!(
            int_div_mod(BinOp::IntDiv, &Value::Double(-17.0), &Value::Int(5)),
            Ok(Value::Long(-3))
        );
        assert_eq!(
            int_div_mod(BinOp::Mod, &Value::Double(-17.0), &Value::Int(5)),
            Ok(Value::Long(-2))
        );
        assert_eq!(
            int_div_mod(BinOp::IntDiv, &Value::Double(8.5), &Value::Int(3)),
            Ok(Value::Long(2))
        );
        assert_eq!(
            int_div_mod(BinOp::IntDiv, &Value::Double(9.5), &Value::Int(3)),
            Ok(Value::Long(3))
        );
        assert_eq!(
            int_div_mod(BinOp::Mod, &Value::Int(17), &Value::Double(2.5)),
            Ok(Value::Long(1))
        );
        assert_eq!(
            int_div_mod(BinOp::Mod, &Value::Int(17), &Value::Int(5)),
            Ok(Value::Int(2))
        );
        assert_eq!(
            int_div_mod(BinOp::Mod, &Value::Int(5), &Value::Int(0)).map_err(|e| e.number),
            Err(11)
        );
    }

    #[test]
    fn logic_and_comparison() {
        assert_eq!(not(&Value::Int(7)), Ok(Value::Int(-8)));
        assert_eq!(
            logical(BinOp::And, &Value::Int(6), &Value::Int(3)),
            Ok(Value::Int(2))
        );
        assert_eq!(
            logical(BinOp::Eqv, &Value::Bool(true), &Value::Bool(false)),
            Ok(Value::Bool(false))
        );
        assert_eq!(
            logical(BinOp::Imp, &Value::Bool(false), &Value::Bool(true)),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            relational(BinOp::Gt, &Value::str("b"), &Value::str("A")),
            Ok(Value::Bool(true))
        );
        let t = relational(BinOp::Gt, &Value::Int(5), &Value::Int(4)).unwrap();
        assert_eq!(
            relational(BinOp::Gt, &t, &Value::Int(3)),
            Ok(Value::Bool(false))
        );
        assert_eq!(
            relational(BinOp::Eq, &Value::Null, &Value::Int(3)),
            Ok(Value::Null)
        );
    }

    #[test]
    fn like_patterns() {
        let m = |s: &str, p: &str| {
            like_match(
                &s.chars().collect::<Vec<_>>(),
                &p.chars().collect::<Vec<_>>(),
            )
        };
        assert!(m("Queue 12", "Queue *"));
        assert!(m("a1c", "a#c"));
        assert!(!m("abc", "a#c"));
        assert!(m("abc", "a?c"));
        assert!(m("b", "[a-c]"));
        assert!(!m("b", "[!a-c]"));
        assert!(m("", "*"));
        assert!(!m("abc", "ab"));
    }
}
