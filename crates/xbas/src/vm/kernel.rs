//! The numeric kernel (`compile::kernel`) one interval at a time: its register code
//! (`compile::scalar`) over a small register file of `f64` values, and what the block
//! runner (`vm::batch`) shares with it: the stored value. Which kinds fit in which is `compile::kernel`'s;
//! rounding and the store rule are the runtime's (`runtime::value::round_even_integral`,
//! `runtime::store`).

use super::Interval;
use crate::compile::kernel::{Arith, Input, K, divide, truth};
use crate::compile::scalar::{Code, Ins, Reg, SMALL};
use crate::runtime::error::OVERFLOW;
use crate::runtime::ops;
use crate::runtime::value::round_even_integral as round_even;

/// Let-coercion of a value of kind `from` to kind `to`: None when VBA fails (error 6).
#[inline(always)]
fn convert(x: f64, from: K, to: K) -> (f64, bool) {
    match to.range() {
        None => (x, x.is_finite()),
        Some((lo, hi)) => {
            let r = if from == K::Double { round_even(x) } else { x };
            (r, r >= lo && r <= hi)
        }
    }
}

/// The value stored for `Result` of kind `k`: integral kinds as they are, Double
/// truncated (None on overflow).
#[inline(always)]
pub(super) fn stored(x: f64, k: K) -> Option<i64> {
    if k == K::Double {
        crate::runtime::store::stored_float(x)
    } else {
        Some(x as i64)
    }
}

/// The registers for running `code` ([`Code::file`] of them), constants loaded.
pub fn registers(code: &Code) -> Vec<f64> {
    let mut regs = vec![0.0; code.file];
    for (r, v) in &code.consts {
        if let Some(x) = regs.get_mut(*r as usize) {
            *x = *v;
        }
    }
    regs
}

/// Where register code failed: the instruction, and the error the VM raises for that
/// operation on those operands (6 overflow; 11 a division of a nonzero number by zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fail {
    pub pc: usize,
    pub number: i32,
}

/// What [`eval_one`] without TRACK gives when an instruction failed (which one, the
/// same again with TRACK says).
pub const IN_CODE: usize = usize::MAX - 1;

/// What [`eval_one`] gives when an input or the stored value failed (no instruction).
pub const OUTSIDE_CODE: usize = usize::MAX;

/// One interval; `regs` are [`registers`]`(code)`. An error: the interval fails (ask
/// the VM). With TRACK it names the instruction that failed ([`failure`] says how);
/// without, it is [`IN_CODE`] then, so that the run costs nothing more. An input or the
/// stored value that fails gives [`OUTSIDE_CODE`].
pub fn eval_one<const TRACK: bool>(
    code: &Code,
    regs: &mut [f64],
    interval: &Interval,
) -> Result<i64, usize> {
    let Interval {
        paras,
        weekday,
        minutes,
    } = *interval;
    for &(r, src, kind) in &code.inputs {
        let (v, ok) = match src {
            Input::Para(i) => convert(paras.get(i).copied().unwrap_or(0.0), K::Double, kind),
            Input::Weekday => convert(weekday as f64, K::Long, kind),
            Input::Minutes => convert(minutes as f64, K::Long, kind),
            Input::Zero => (0.0, true),
            Input::Global(_) | Input::Local(_) | Input::Elem(..) => return Err(OUTSIDE_CODE),
        };
        if !ok {
            return Err(OUTSIDE_CODE);
        }
        *regs.get_mut(r as usize).ok_or(OUTSIDE_CODE)? = v;
    }
    for &r in &code.zeros {
        *regs.get_mut(r as usize).ok_or(OUTSIDE_CODE)? = 0.0;
    }
    let mut at = IN_CODE;
    run::<TRACK>(&code.ins, regs, &mut at).ok_or(at)?;
    let result = *regs.get(code.result as usize).ok_or(OUTSIDE_CODE)?;
    stored(result, code.result_kind).ok_or(OUTSIDE_CODE)
}

/// Whether `r` is outside `lo..=hi` or NaN: two comparisons, without `&&` (which keeps
/// a pass from vectorising).
#[inline(always)]
#[allow(clippy::neg_cmp_op_on_partial_ord)]
pub(super) fn outside(r: f64, lo: f64, hi: f64) -> bool {
    !(r >= lo) | (r > hi)
}

/// `!0` for true (a mask to blend values with).
#[inline(always)]
pub(super) fn ones(b: bool) -> u64 {
    (b as u64).wrapping_neg()
}

/// A register file: any slice, its registers checked, or the [`SMALL`] one, whose
/// 8-bit register numbers cannot leave it, so that reading and writing it checks
/// nothing (per callgrind, 9–16 % fewer instructions per interval of `eval` on
/// service_level.bas, S5 and S6). Which one a run gets is the length of the file the
/// caller made for that code (`Code::file`).
trait File {
    fn get(&self, r: Reg) -> Option<f64>;
    fn set(&mut self, r: Reg, v: f64) -> Option<()>;
}

impl File for [f64] {
    #[inline(always)]
    fn get(&self, r: Reg) -> Option<f64> {
        <[f64]>::get(self, r as usize).copied()
    }
    #[inline(always)]
    fn set(&mut self, r: Reg, v: f64) -> Option<()> {
        *self.get_mut(r as usize)? = v;
        Some(())
    }
}

/// Only code whose registers are all below [`SMALL`] runs on it (`Code::file`).
impl File for [f64; SMALL] {
    #[inline(always)]
    fn get(&self, r: Reg) -> Option<f64> {
        Some(self[r as u8 as usize])
    }
    #[inline(always)]
    fn set(&mut self, r: Reg, v: f64) -> Option<()> {
        self[r as u8 as usize] = v;
        Some(())
    }
}

/// Runs register code on `regs` ([`Code::file`] of them); None when an instruction
/// fails, whose index is then in `at` with TRACK (left as it is when a register it
/// names is missing, which lowering never makes).
#[inline]
pub(super) fn run<const TRACK: bool>(code: &[Ins], regs: &mut [f64], at: &mut usize) -> Option<()> {
    match <&mut [f64; SMALL]>::try_from(&mut *regs) {
        Ok(small) => exec::<TRACK, _>(code, small, at),
        Err(_) => exec::<TRACK, _>(code, regs, at),
    }
}

/// [`run`] on a register file.
fn exec<const TRACK: bool, R: File + ?Sized>(
    code: &[Ins],
    regs: &mut R,
    at: &mut usize,
) -> Option<()> {
    let mut pc = 0;
    // Instruction `pc - 1` fails.
    macro_rules! fail {
        () => {{
            if TRACK {
                *at = pc - 1;
            }
            return None;
        }};
    }
    while let Some(ins) = code.get(pc) {
        pc += 1;
        let get = |r: Reg| regs.get(r);
        let (dst, v) = match *ins {
            Ins::Arith {
                op,
                dst,
                a,
                b,
                lo,
                hi,
            } => {
                let (x, y) = (get(a)?, get(b)?);
                let r = match op {
                    Arith::Add => x + y,
                    Arith::Sub => x - y,
                    Arith::Mul => x * y,
                };
                if outside(r, lo, hi) {
                    fail!();
                }
                (dst, r)
            }
            Ins::Div { dst, a, b } => {
                let (r, ok) = divide(get(a)?, get(b)?);
                if !ok {
                    fail!();
                }
                (dst, r)
            }
            Ins::Fn { f, dst, a, lo, hi } => {
                let (r, _) = f.apply(get(a)?, K::Double);
                if outside(r, lo, hi) {
                    fail!();
                }
                (dst, r)
            }
            Ins::Cmp { op, dst, a, b } => (dst, truth(op.test(get(a)?, get(b)?))),
            Ins::Logic { op, dst, a, b } => (dst, truth(op.test(get(a)?, get(b)?))),
            Ins::Not { dst, a } => (dst, truth(get(a)? == 0.0)),
            Ins::Store {
                dst,
                a,
                round,
                lo,
                hi,
            } => {
                let x = get(a)?;
                let r = if round { round_even(x) } else { x };
                if outside(r, lo, hi) {
                    fail!();
                }
                (dst, r)
            }
            Ins::Move { dst, a } => (dst, get(a)?),
            Ins::Pick {
                op,
                when,
                a,
                b,
                dst,
                src,
            } => {
                // Bitwise, so that no branch depends on the interval's values.
                let m = ones(op.test(get(a)?, get(b)?) == when);
                let (new, old) = (get(src)?.to_bits(), get(dst)?.to_bits());
                (dst, f64::from_bits((new & m) | (old & !m)))
            }
            Ins::Unless { op, a, b, to } => {
                if !op.test(get(a)?, get(b)?) {
                    pc = to as usize;
                }
                continue;
            }
            Ins::When { op, a, b, to } => {
                if op.test(get(a)?, get(b)?) {
                    pc = to as usize;
                }
                continue;
            }
            Ins::IfZero { a, to } => {
                if get(a)? == 0.0 {
                    pc = to as usize;
                }
                continue;
            }
            Ins::IfNonZero { a, to } => {
                if get(a)? != 0.0 {
                    pc = to as usize;
                }
                continue;
            }
            Ins::Jump { to } => {
                pc = to as usize;
                continue;
            }
        };
        regs.set(dst, v)?;
    }
    Some(())
}

/// The failure of instruction `at` of `code` (None: no such instruction), as `run` left
/// `regs`: a failing instruction writes nothing, so its operands are still there.
#[cold]
#[inline(never)]
pub fn failure(code: &[Ins], regs: &[f64], at: usize) -> Option<Fail> {
    let number = match *code.get(at)? {
        // The runtime's rule (0 / 0 overflows, x / 0 is error 11); else an overflow.
        Ins::Div { a, b, .. } => {
            let (x, y) = (*regs.get(a as usize)?, *regs.get(b as usize)?);
            ops::zero_divisor(x, y).unwrap_or(OVERFLOW)
        }
        _ => OVERFLOW,
    };
    Some(Fail { pc: at, number })
}
