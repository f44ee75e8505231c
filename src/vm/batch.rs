//! Running the numeric kernel (`compile::kernel`): one interval at a time over a small
//! register file, or a block of intervals at a time, column by column — every kernel
//! operation is a loop over [`BLOCK`] lanes, `If` arms run under a lane mask, and a lane
//! that would raise an error is only marked (the caller re-runs it on the VM for the
//! exact error). No allocation happens per interval or per block.

// Lane loops index several columns at once on purpose (that is what vectorises).
#![allow(clippy::needless_range_loop)]

use crate::compile::kernel::{Arith, Cmp, Input, K, KExpr, KStmt, Kernel, Logic};

/// Lanes per block.
pub const BLOCK: usize = 256;

/// Rounds half to even, as `f64::round_ties_even`, in a form that vectorises.
#[inline(always)]
fn round_even(x: f64) -> f64 {
    const BIG: f64 = 4_503_599_627_370_496.0; // 2^52: from here on every f64 is integral
    if x.abs() < BIG {
        let m = BIG.copysign(x);
        (x + m) - m
    } else {
        x
    }
}

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
fn stored(x: f64, k: K) -> Option<i64> {
    if k == K::Double {
        let t = x.trunc();
        (t.is_finite() && t.abs() < 9.2e18).then_some(t as i64)
    } else {
        Some(x as i64)
    }
}

#[inline(always)]
fn arith(op: Arith, x: f64, y: f64, k: K) -> (f64, bool) {
    let r = match op {
        Arith::Add => x + y,
        Arith::Sub => x - y,
        Arith::Mul => x * y,
    };
    match k.range() {
        Some((lo, hi)) => (r, r >= lo && r <= hi),
        None => (r, r.is_finite()),
    }
}

#[inline(always)]
fn div(x: f64, y: f64) -> (f64, bool) {
    let r = x / y;
    (r, y != 0.0 && r.is_finite())
}

#[inline(always)]
fn cmp(op: Cmp, x: f64, y: f64) -> f64 {
    let t = match op {
        Cmp::Eq => x == y,
        Cmp::Ne => x != y,
        Cmp::Lt => x < y,
        Cmp::Gt => x > y,
        Cmp::Le => x <= y,
        Cmp::Ge => x >= y,
    };
    if t { -1.0 } else { 0.0 }
}

#[inline(always)]
fn logic(op: Logic, x: f64, y: f64) -> f64 {
    let (a, b) = (x != 0.0, y != 0.0);
    let t = match op {
        Logic::And => a && b,
        Logic::Or => a || b,
        Logic::Xor => a != b,
        Logic::Eqv => a == b,
        Logic::Imp => !a || b,
    };
    if t { -1.0 } else { 0.0 }
}

#[inline(always)]
fn neg(x: f64, k: K) -> (f64, bool) {
    let r = -x;
    match k.range() {
        Some((lo, hi)) => (r, r >= lo && r <= hi),
        None => (r, true),
    }
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
        KExpr::Arith(op, a, b, k) => {
            checked(arith(*op, expr_one(a, regs)?, expr_one(b, regs)?, *k))
        }
        KExpr::Div(a, b) => checked(div(expr_one(a, regs)?, expr_one(b, regs)?)),
        KExpr::Cmp(op, a, b) => Some(cmp(*op, expr_one(a, regs)?, expr_one(b, regs)?)),
        KExpr::Logic(op, a, b) => Some(logic(*op, expr_one(a, regs)?, expr_one(b, regs)?)),
        KExpr::Not(a) => Some(if expr_one(a, regs)? != 0.0 { 0.0 } else { -1.0 }),
        KExpr::Neg(a, k) => checked(neg(expr_one(a, regs)?, *k)),
    }
}

/// A lane mask: all ones (`!0`) or zero per lane, as wide as a value so that masking
/// vectorises alongside the arithmetic.
type Mask = [u64; BLOCK];

/// `!0` for true.
#[inline(always)]
fn ones(b: bool) -> u64 {
    (b as u64).wrapping_neg()
}

/// What a binary operation does with each lane's result besides keeping it.
#[derive(Clone, Copy)]
enum After {
    Nothing,
    /// Marks the lanes outside the kind (Double: not finite) as failed.
    Check(K),
    /// It is a branch condition: the lanes of mask `m` where it is true move to mask
    /// `m + 1`.
    Branch,
}

/// Where an operand is read from: a slot's column, a constant, or the output itself.
#[derive(Clone, Copy)]
enum Src {
    Slot(usize),
    Val(f64),
    Out,
}

/// Scratch space for running blocks: a column per slot, temporaries, masks.
pub struct Columns {
    regs: Vec<[f64; BLOCK]>,
    temps: Vec<[f64; BLOCK]>,
    masks: Vec<Mask>,
    /// Lanes that fail (`!0`).
    pub failed: Mask,
    /// The stored value per lane (valid where not failed).
    pub out: [i64; BLOCK],
}

impl Columns {
    pub fn new(k: &Kernel) -> Columns {
        let depth = depth_of(&k.body);
        Columns {
            regs: vec![[0.0; BLOCK]; k.slots.len()],
            temps: vec![[0.0; BLOCK]; temps_of(&k.body) + 1],
            masks: vec![[0; BLOCK]; 2 * depth + 2],
            failed: [0; BLOCK],
            out: [0; BLOCK],
        }
    }

    /// Runs lanes `0..n` of a block whose inputs are `paras[i][..n]` etc.
    pub fn run(
        &mut self,
        k: &Kernel,
        paras: &[&[f64]],
        weekday: &[i32],
        minutes: &[i32],
        n: usize,
    ) {
        let n = n.min(BLOCK).min(weekday.len()).min(minutes.len());
        self.failed = [0; BLOCK];
        for (s, (kind, src)) in k.slots.iter().enumerate() {
            let col = &mut self.regs[s];
            match src {
                Input::Para(p) => match paras.get(*p) {
                    Some(c) if c.len() >= n => {
                        load_checked(col, &c[..n], &mut self.failed, *kind);
                    }
                    _ => col[..n].fill(0.0),
                },
                Input::Weekday | Input::Minutes => {
                    let c = if *src == Input::Weekday {
                        weekday
                    } else {
                        minutes
                    };
                    for i in 0..n {
                        col[i] = c[i] as f64;
                    }
                    store_checked(col, &mut self.failed, K::Long, *kind, n);
                }
                Input::Zero => col[..n].fill(0.0),
            }
        }
        self.masks[0] = [0; BLOCK];
        self.masks[0][..n].fill(!0);
        self.block(k, &k.body, 0, n);
        let (rk, col) = (k.slots[k.result as usize].0, &self.regs[k.result as usize]);
        if rk == K::Double {
            for i in 0..n {
                match stored(col[i], rk) {
                    Some(v) => self.out[i] = v,
                    None => self.failed[i] = !0,
                }
            }
        } else {
            for i in 0..n {
                self.out[i] = col[i] as i64;
            }
        }
    }

    /// Whether any lane of `0..n` failed.
    pub fn any_failed(&self, n: usize) -> bool {
        self.failed[..n].iter().fold(0, |a, f| a | f) != 0
    }

    fn any(&self, m: usize, n: usize) -> bool {
        self.masks[m][..n].iter().fold(0, |a, f| a | f) != 0
    }

    /// Runs statements on the lanes of mask `m` (mask 0: every lane).
    fn block(&mut self, k: &Kernel, body: &[KStmt], m: usize, n: usize) {
        for s in body {
            if m > 0 && !self.any(m, n) {
                return;
            }
            match s {
                KStmt::Store(slot, e) => {
                    let src = self.operand(e, 0, m, n);
                    let slot = *slot as usize;
                    let to = k.slots[slot].0;
                    // A constant that fits is blended in as it is.
                    if let (Src::Val(c), true) = (src, fits(e.kind(), to)) {
                        blend(&mut self.regs[slot], &self.masks[m], n, |_| c);
                        continue;
                    }
                    let (regs, temps) = (&mut self.regs, &mut self.temps);
                    let v = &mut temps[0];
                    match src {
                        Src::Out => {}
                        Src::Slot(s) => v[..n].copy_from_slice(&regs[s][..n]),
                        Src::Val(c) => v[..n].fill(c),
                    }
                    let mut bad = [0; BLOCK];
                    store_checked(v, &mut bad, e.kind(), to, n);
                    let mask = &self.masks[m];
                    blend(&mut regs[slot], mask, n, |i| v[i]);
                    for i in 0..n {
                        self.failed[i] |= mask[i] & bad[i];
                    }
                }
                KStmt::If { arms, else_body } => {
                    // masks[m + 1]: lanes still waiting for an arm; masks[m + 2]: this arm's.
                    self.masks[m + 1] = self.masks[m];
                    for (c, b) in arms {
                        if !self.any(m + 1, n) {
                            break;
                        }
                        if matches!(c, KExpr::Cmp(..) | KExpr::Logic(..)) {
                            // A comparison or logic condition makes the arm's mask directly.
                            self.expr_as(c, 0, m + 1, n, After::Branch);
                        } else {
                            self.expr(c, 0, m + 1, n);
                            let (lo, hi) = self.masks.split_at_mut(m + 2);
                            let (wait, take) = (&mut lo[m + 1], &mut hi[0]);
                            let cond = &self.temps[0];
                            for i in 0..n {
                                take[i] = wait[i] & ones(cond[i] != 0.0);
                                wait[i] &= !take[i];
                            }
                        }
                        self.block(k, b, m + 2, n);
                    }
                    self.masks[m + 2] = self.masks[m + 1];
                    self.block(k, else_body, m + 2, n);
                }
            }
        }
    }

    /// Where `e`'s lanes are: a slot or constant as they are, anything else evaluated
    /// into `temps[t]`.
    fn operand(&mut self, e: &KExpr, t: usize, m: usize, n: usize) -> Src {
        match e {
            KExpr::Const(v, _) => Src::Val(*v),
            KExpr::Slot(s, _) => Src::Slot(*s as usize),
            _ => {
                self.expr(e, t, m, n);
                Src::Out
            }
        }
    }

    /// Evaluates `e` on every lane into `temps[t]`; failures count on mask `m`'s lanes.
    fn expr(&mut self, e: &KExpr, t: usize, m: usize, n: usize) {
        self.expr_as(e, t, m, n, After::Nothing)
    }

    /// [`Columns::expr`], with `after` applied to a comparison's or logic operation's
    /// result (arithmetic always checks its kind).
    fn expr_as(&mut self, e: &KExpr, t: usize, m: usize, n: usize, after: After) {
        match e {
            KExpr::Const(v, _) => self.temps[t][..n].fill(*v),
            KExpr::Slot(s, _) => {
                let (regs, temps) = (&self.regs, &mut self.temps);
                temps[t][..n].copy_from_slice(&regs[*s as usize][..n]);
            }
            // Results outside the kind are marked in the same pass. A zero divisor gives
            // ±inf or NaN, which the Double check catches (a finite x / 0 is never finite).
            KExpr::Arith(op, a, b, k) => match op {
                Arith::Add => self.binary(a, b, t, m, n, After::Check(*k), |x, y| x + y),
                Arith::Sub => self.binary(a, b, t, m, n, After::Check(*k), |x, y| x - y),
                Arith::Mul => self.binary(a, b, t, m, n, After::Check(*k), |x, y| x * y),
            },
            KExpr::Div(a, b) => self.binary(a, b, t, m, n, After::Check(K::Double), |x, y| x / y),
            KExpr::Cmp(op, a, b) => match op {
                Cmp::Eq => self.binary(a, b, t, m, n, after, |x, y| truth(x == y)),
                Cmp::Ne => self.binary(a, b, t, m, n, after, |x, y| truth(x != y)),
                Cmp::Lt => self.binary(a, b, t, m, n, after, |x, y| truth(x < y)),
                Cmp::Gt => self.binary(a, b, t, m, n, after, |x, y| truth(x > y)),
                Cmp::Le => self.binary(a, b, t, m, n, after, |x, y| truth(x <= y)),
                Cmp::Ge => self.binary(a, b, t, m, n, after, |x, y| truth(x >= y)),
            },
            KExpr::Logic(op, a, b) => self.binary(a, b, t, m, n, after, |x, y| logic(*op, x, y)),
            KExpr::Not(a) => {
                self.expr(a, t, m, n);
                for x in &mut self.temps[t][..n] {
                    *x = truth(*x == 0.0);
                }
            }
            KExpr::Neg(a, k) => {
                self.expr(a, t, m, n);
                for x in &mut self.temps[t][..n] {
                    *x = -*x;
                }
                self.check_range(*k, t, m, n);
            }
        }
    }

    /// `temps[t] = f(a, b)` lane by lane, slots and constants read where they are; with
    /// `check`, the lanes of mask `m` whose result is outside that kind are marked.
    #[allow(clippy::too_many_arguments)]
    fn binary(
        &mut self,
        a: &KExpr,
        b: &KExpr,
        t: usize,
        m: usize,
        n: usize,
        after: After,
        f: impl Fn(f64, f64) -> f64,
    ) {
        let x = self.operand(a, t, m, n);
        let y = match self.operand(b, t + 1, m, n) {
            Src::Out => None,
            y => Some(y),
        };
        let (lo, hi) = self.temps.split_at_mut(t + 1);
        let out = &mut lo[t];
        let regs = &self.regs;
        let right = &hi[0];
        match after {
            After::Nothing => binary_lanes(out, right, regs, x, y, n, f, |_, _| {}),
            After::Check(k) => {
                let (failed, mask) = (&mut self.failed, &self.masks[m]);
                match k.range() {
                    Some((lo, hi)) => binary_lanes(out, right, regs, x, y, n, f, |i, r| {
                        failed[i] |= mask[i] & ones(!(r >= lo && r <= hi));
                    }),
                    None => binary_lanes(out, right, regs, x, y, n, f, |i, r: f64| {
                        failed[i] |= mask[i] & ones(!r.is_finite());
                    }),
                }
            }
            After::Branch => {
                let (lo, hi) = self.masks.split_at_mut(m + 1);
                let (wait, take) = (&mut lo[m], &mut hi[0]);
                binary_lanes(out, right, regs, x, y, n, f, |i, r| {
                    take[i] = wait[i] & ones(r != 0.0);
                    wait[i] &= !take[i];
                });
            }
        }
    }

    /// Marks the lanes of mask `m` whose `temps[t]` is outside kind `k` (Double: not finite).
    fn check_range(&mut self, k: K, t: usize, m: usize, n: usize) {
        let (v, mask) = (&self.temps[t], &self.masks[m]);
        match k.range() {
            Some((lo, hi)) => {
                for i in 0..n {
                    self.failed[i] |= mask[i] & ones(!(v[i] >= lo && v[i] <= hi));
                }
            }
            None => {
                for i in 0..n {
                    self.failed[i] |= mask[i] & ones(!v[i].is_finite());
                }
            }
        }
    }
}

/// `out = f(x, y)` over the lanes `0..n` (`y` None: the temporary `right`), calling
/// `post` with each lane's result; one loop per kind of operand, so each vectorises.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn binary_lanes(
    out: &mut [f64; BLOCK],
    right: &[f64; BLOCK],
    regs: &[[f64; BLOCK]],
    x: Src,
    y: Option<Src>,
    n: usize,
    f: impl Fn(f64, f64) -> f64,
    mut post: impl FnMut(usize, f64),
) {
    let n = n.min(BLOCK);
    let p = &mut post;
    match (x, y) {
        (Src::Out, Some(Src::Slot(s))) => lanes(out, n, |o, i| f(o, regs[s][i]), p),
        (Src::Out, Some(Src::Val(c))) => lanes(out, n, |o, _| f(o, c), p),
        (Src::Out, _) => lanes(out, n, |o, i| f(o, right[i]), p),
        (Src::Slot(a), Some(Src::Slot(s))) => lanes(out, n, |_, i| f(regs[a][i], regs[s][i]), p),
        (Src::Slot(a), Some(Src::Val(c))) => lanes(out, n, |_, i| f(regs[a][i], c), p),
        (Src::Slot(a), _) => lanes(out, n, |_, i| f(regs[a][i], right[i]), p),
        (Src::Val(v), Some(Src::Slot(s))) => lanes(out, n, |_, i| f(v, regs[s][i]), p),
        (Src::Val(v), Some(Src::Val(c))) => lanes(out, n, |_, _| f(v, c), p),
        (Src::Val(v), _) => lanes(out, n, |_, i| f(v, right[i]), p),
    }
}

/// `out[i] = g(out[i], i)` for the lanes `0..n`, then `post(i, out[i])`.
#[inline(always)]
fn lanes(
    out: &mut [f64; BLOCK],
    n: usize,
    g: impl Fn(f64, usize) -> f64,
    post: &mut impl FnMut(usize, f64),
) {
    for i in 0..n.min(BLOCK) {
        let r = g(out[i], i);
        out[i] = r;
        post(i, r);
    }
}

/// `col[i] = v(i)` on the lanes of `mask`, the others kept.
#[inline(always)]
fn blend(col: &mut [f64; BLOCK], mask: &Mask, n: usize, v: impl Fn(usize) -> f64) {
    for i in 0..n.min(BLOCK) {
        let keep = col[i].to_bits() & !mask[i];
        col[i] = f64::from_bits(keep | (v(i).to_bits() & mask[i]));
    }
}

#[inline(always)]
fn truth(b: bool) -> f64 {
    if b { -1.0 } else { 0.0 }
}

/// Whether every value of kind `from` is one of kind `to` (kernel values are finite, and
/// a narrower integral kind fits a wider one).
fn fits(from: K, to: K) -> bool {
    match to {
        K::Double => from != K::Double,
        K::Long => matches!(from, K::Bool | K::Int | K::Long),
        K::Int => matches!(from, K::Bool | K::Int),
        K::Bool => false,
    }
}

/// Let-coerces `v[..n]` from kind `from` to `to` in place; marks lanes that fail.
fn store_checked(v: &mut [f64; BLOCK], bad: &mut Mask, from: K, to: K, n: usize) {
    if fits(from, to) {
        return;
    }
    match to.range() {
        None => {
            for i in 0..n {
                bad[i] |= ones(!v[i].is_finite());
            }
        }
        Some((lo, hi)) => {
            let round = from == K::Double;
            for i in 0..n {
                let r = if round { round_even(v[i]) } else { v[i] };
                v[i] = r;
                bad[i] |= ones(!(r >= lo && r <= hi));
            }
        }
    }
}

/// Let-coerces Double inputs `src` to kind `to` into `col`, in one pass; marks lanes
/// that fail.
fn load_checked(col: &mut [f64; BLOCK], src: &[f64], bad: &mut Mask, to: K) {
    let n = src.len().min(BLOCK);
    match to.range() {
        None => {
            col[..n].copy_from_slice(&src[..n]);
            for i in 0..n {
                bad[i] |= ones(!src[i].is_finite());
            }
        }
        Some((lo, hi)) => {
            for i in 0..n {
                let r = round_even(src[i]);
                col[i] = r;
                bad[i] |= ones(!(r >= lo && r <= hi));
            }
        }
    }
}

/// Temporaries an evaluation needs (the depth of right operands).
fn temps_of(body: &[KStmt]) -> usize {
    fn expr(e: &KExpr) -> usize {
        match e {
            KExpr::Const(..) | KExpr::Slot(..) => 1,
            KExpr::Not(a) | KExpr::Neg(a, _) => expr(a),
            KExpr::Arith(_, a, b, _)
            | KExpr::Div(a, b)
            | KExpr::Cmp(_, a, b)
            | KExpr::Logic(_, a, b) => expr(a).max(1 + expr(b)),
        }
    }
    body.iter()
        .map(|s| match s {
            KStmt::Store(_, e) => expr(e),
            KStmt::If { arms, else_body } => arms
                .iter()
                .map(|(c, b)| expr(c).max(temps_of(b)))
                .max()
                .unwrap_or(0)
                .max(temps_of(else_body)),
        })
        .max()
        .unwrap_or(0)
}

/// Nesting depth of `If` blocks.
fn depth_of(body: &[KStmt]) -> usize {
    body.iter()
        .map(|s| match s {
            KStmt::Store(..) => 0,
            KStmt::If { arms, else_body } => {
                1 + arms
                    .iter()
                    .map(|(_, b)| depth_of(b))
                    .max()
                    .unwrap_or(0)
                    .max(depth_of(else_body))
            }
        })
        .max()
        .unwrap_or(0)
}
