//! The numeric kernel (`compile::kernel`) one interval at a time: its register code
//! (`compile::scalar`) over a small register file of `f64` values, and what the block
//! runner (`vm::batch`) shares with it: the stored value. Which kinds fit in which is `compile::kernel`'s;
//! rounding and the store rule are the runtime's (`runtime::value::round_even_integral`,
//! `runtime::store`).

use crate::compile::kernel::{Arith, Input, K, divide, truth};
use crate::compile::scalar::{Code, Ins};
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

/// The registers for running `code`, constants loaded.
pub fn registers(code: &Code) -> Vec<f64> {
    let mut regs = vec![0.0; code.regs];
    for (r, v) in &code.consts {
        if let Some(x) = regs.get_mut(*r as usize) {
            *x = *v;
        }
    }
    regs
}

/// One interval; `regs` are [`registers`]`(code)`. None: the interval fails (ask the VM).
pub fn eval_one(
    code: &Code,
    regs: &mut [f64],
    paras: &[f64],
    weekday: i32,
    minutes: i32,
) -> Option<i64> {
    for &(r, src, kind) in &code.inputs {
        let (v, ok) = match src {
            Input::Para(i) => convert(paras.get(i).copied().unwrap_or(0.0), K::Double, kind),
            Input::Weekday => convert(weekday as f64, K::Long, kind),
            Input::Minutes => convert(minutes as f64, K::Long, kind),
            Input::Zero => (0.0, true),
            Input::Global(_) | Input::Local(_) | Input::Elem(..) => return None,
        };
        if !ok {
            return None;
        }
        *regs.get_mut(r as usize)? = v;
    }
    for &r in &code.zeros {
        *regs.get_mut(r as usize)? = 0.0;
    }
    run(&code.ins, regs)?;
    stored(*regs.get(code.result as usize)?, code.result_kind)
}

/// Whether `r` is outside `lo..=hi` or NaN: two comparisons, without `&&` (which keeps
/// a pass from vectorising).
#[inline(always)]
#[allow(clippy::neg_cmp_op_on_partial_ord)]
pub(super) fn outside(r: f64, lo: f64, hi: f64) -> bool {
    !(r >= lo) | (r > hi)
}

/// Runs register code; None when an instruction fails.
pub(super) fn run(code: &[Ins], regs: &mut [f64]) -> Option<()> {
    let mut pc = 0;
    while let Some(ins) = code.get(pc) {
        pc += 1;
        let get = |r: u16| regs.get(r as usize).copied();
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
                    return None;
                }
                (dst, r)
            }
            Ins::Div { dst, a, b } => {
                let (r, ok) = divide(get(a)?, get(b)?);
                if !ok {
                    return None;
                }
                (dst, r)
            }
            Ins::Fn { f, dst, a, lo, hi } => {
                let (r, _) = f.apply(get(a)?, K::Double);
                if outside(r, lo, hi) {
                    return None;
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
                    return None;
                }
                (dst, r)
            }
            Ins::Move { dst, a } => (dst, get(a)?),
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
        *regs.get_mut(dst as usize)? = v;
    }
    Some(())
}
