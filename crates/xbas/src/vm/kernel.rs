//! The numeric kernel (`compile::kernel`) one interval at a time, over a small register
//! file of `f64` values, and what the block runner (`vm::batch`) shares with it: truth
//! values and logic, the stored value. Which kinds fit in which is `compile::kernel`'s;
//! rounding and the store rule are the runtime's (`runtime::value::round_even_integral`,
//! `runtime::store`).

use crate::compile::kernel::{Cmp, Input, K, KExpr, KStmt, Kernel, Logic, divide};
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

/// A comparison's truth.
#[inline(always)]
pub(super) fn compare(op: Cmp, x: f64, y: f64) -> bool {
    match op {
        Cmp::Eq => x == y,
        Cmp::Ne => x != y,
        Cmp::Lt => x < y,
        Cmp::Gt => x > y,
        Cmp::Le => x <= y,
        Cmp::Ge => x >= y,
    }
}

/// A logic operation's truth on Boolean values (`0` is False).
#[inline(always)]
pub(super) fn connect(op: Logic, x: f64, y: f64) -> bool {
    let (a, b) = (x != 0.0, y != 0.0);
    match op {
        Logic::And => a && b,
        Logic::Or => a || b,
        Logic::Xor => a != b,
        Logic::Eqv => a == b,
        Logic::Imp => !a || b,
    }
}

/// VBA's truth values: True is -1.
#[inline(always)]
pub(super) fn truth(b: bool) -> f64 {
    if b { -1.0 } else { 0.0 }
}

/// One interval; `regs` holds a value per slot. None: the interval fails (ask the VM).
pub fn eval_one(
    k: &Kernel,
    regs: &mut [f64],
    paras: &[f64],
    weekday: i32,
    minutes: i32,
) -> Option<i64> {
    for (r, (kind, src)) in regs.iter_mut().zip(&k.slots) {
        let (v, ok) = match src {
            Input::Para(i) => convert(paras.get(*i).copied().unwrap_or(0.0), K::Double, *kind),
            Input::Weekday => convert(weekday as f64, K::Long, *kind),
            Input::Minutes => convert(minutes as f64, K::Long, *kind),
            Input::Zero => (0.0, true),
        };
        if !ok {
            return None;
        }
        *r = v;
    }
    block_one(&k.body, k, regs)?;
    let result = *regs.get(k.result as usize)?;
    stored(result, k.slots[k.result as usize].0)
}

fn block_one(body: &[KStmt], k: &Kernel, regs: &mut [f64]) -> Option<()> {
    for s in body {
        match s {
            KStmt::Store(slot, e) => {
                let v = expr_one(e, regs)?;
                let to = k.slots[*slot as usize].0;
                let (v, ok) = convert(v, e.kind(), to);
                if !ok {
                    return None;
                }
                regs[*slot as usize] = v;
            }
            KStmt::If { arms, else_body } => {
                let mut taken = false;
                for (c, b) in arms {
                    if expr_one(c, regs)? != 0.0 {
                        block_one(b, k, regs)?;
                        taken = true;
                        break;
                    }
                }
                if !taken {
                    block_one(else_body, k, regs)?;
                }
            }
        }
    }
    Some(())
}

fn expr_one(e: &KExpr, regs: &[f64]) -> Option<f64> {
    let checked = |(v, ok): (f64, bool)| ok.then_some(v);
    match e {
        KExpr::Const(v, _) => Some(*v),
        KExpr::Slot(s, _) => regs.get(*s as usize).copied(),
        KExpr::Arith(op, a, b, k) => checked(op.apply(expr_one(a, regs)?, expr_one(b, regs)?, *k)),
        KExpr::Div(a, b) => checked(divide(expr_one(a, regs)?, expr_one(b, regs)?)),
        KExpr::Cmp(op, a, b) => Some(truth(compare(*op, expr_one(a, regs)?, expr_one(b, regs)?))),
        KExpr::Logic(op, a, b) => Some(truth(connect(*op, expr_one(a, regs)?, expr_one(b, regs)?))),
        KExpr::Not(a) => Some(truth(expr_one(a, regs)? == 0.0)),
        KExpr::Fn(f, a, k) => checked(f.apply(expr_one(a, regs)?, *k)),
        KExpr::Variant(a) => expr_one(a, regs),
    }
}
