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

/// Scratch space for running blocks: a column per slot, temporaries, masks.
pub struct Columns {
    regs: Vec<[f64; BLOCK]>,
    temps: Vec<[f64; BLOCK]>,
    masks: Vec<[bool; BLOCK]>,
    /// Lanes that fail.
    pub failed: [bool; BLOCK],
    /// The stored value per lane (valid where not failed).
    pub out: [i64; BLOCK],
}

impl Columns {
    pub fn new(k: &Kernel) -> Columns {
        let depth = depth_of(&k.body);
        Columns {
            regs: vec![[0.0; BLOCK]; k.slots.len()],
            temps: vec![[0.0; BLOCK]; temps_of(&k.body) + 1],
            masks: vec![[false; BLOCK]; 2 * depth + 2],
            failed: [false; BLOCK],
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
        self.failed = [false; BLOCK];
        for (s, (kind, src)) in k.slots.iter().enumerate() {
            let col = &mut self.regs[s];
            match src {
                Input::Para(p) => match paras.get(*p) {
                    Some(c) if c.len() >= n => {
                        col[..n].copy_from_slice(&c[..n]);
                        store_checked(col, &mut self.failed, K::Double, *kind, n);
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
        self.masks[0] = [false; BLOCK];
        self.masks[0][..n].fill(true);
        self.block(k, &k.body, 0, n);
        let (rk, col) = (k.slots[k.result as usize].0, &self.regs[k.result as usize]);
        if rk == K::Double {
            for i in 0..n {
                match stored(col[i], rk) {
                    Some(v) => self.out[i] = v,
                    None => self.failed[i] = true,
                }
            }
        } else {
            for i in 0..n {
                self.out[i] = col[i] as i64;
            }
        }
    }

    /// Runs statements on the lanes of mask `m` (mask 0: every lane).
    fn block(&mut self, k: &Kernel, body: &[KStmt], m: usize, n: usize) {
        for s in body {
            if m > 0 && !self.masks[m][..n].iter().any(|a| *a) {
                return;
            }
            match s {
                KStmt::Store(slot, e) => {
                    self.expr(e, 0, m, n);
                    let to = k.slots[*slot as usize].0;
                    let (v, mask) = (&mut self.temps[0], &self.masks[m]);
                    let mut bad = [false; BLOCK];
                    store_checked(v, &mut bad, e.kind(), to, n);
                    let col = &mut self.regs[*slot as usize];
                    if m == 0 {
                        col[..n].copy_from_slice(&v[..n]);
                        for i in 0..n {
                            self.failed[i] |= bad[i];
                        }
                    } else {
                        for i in 0..n {
                            col[i] = if mask[i] { v[i] } else { col[i] };
                            self.failed[i] |= mask[i] & bad[i];
                        }
                    }
                }
                KStmt::If { arms, else_body } => {
                    // masks[m + 1]: lanes still waiting for an arm; masks[m + 2]: this arm's.
                    self.masks[m + 1] = self.masks[m];
                    for (c, b) in arms {
                        if !self.masks[m + 1][..n].iter().any(|a| *a) {
                            break;
                        }
                        self.expr(c, 0, m + 1, n);
                        let mut take = [false; BLOCK];
                        let (wait, cond) = (&mut self.masks[m + 1], &self.temps[0]);
                        for i in 0..n {
                            take[i] = wait[i] & (cond[i] != 0.0);
                            wait[i] &= !take[i];
                        }
                        self.masks[m + 2] = take;
                        self.block(k, b, m + 2, n);
                    }
                    self.masks[m + 2] = self.masks[m + 1];
                    self.block(k, else_body, m + 2, n);
                }
            }
        }
    }

    /// Evaluates `e` on every lane into `temps[t]`; failures count on mask `m`'s lanes.
    fn expr(&mut self, e: &KExpr, t: usize, m: usize, n: usize) {
        match e {
            KExpr::Const(v, _) => self.temps[t][..n].fill(*v),
            KExpr::Slot(s, _) => {
                let (regs, temps) = (&self.regs, &mut self.temps);
                temps[t][..n].copy_from_slice(&regs[*s as usize][..n]);
            }
            KExpr::Arith(op, a, b, k) => {
                match op {
                    Arith::Add => self.binary(a, b, t, m, n, |x, y| x + y),
                    Arith::Sub => self.binary(a, b, t, m, n, |x, y| x - y),
                    Arith::Mul => self.binary(a, b, t, m, n, |x, y| x * y),
                }
                self.check_range(*k, t, m, n);
            }
            KExpr::Div(a, b) => {
                self.expr(a, t, m, n);
                let zero = self.right(b, t, m, n, |x, y| x / y);
                self.check_range(K::Double, t, m, n);
                let mask = &self.masks[m];
                for i in 0..n {
                    self.failed[i] |= mask[i] & zero[i];
                }
            }
            KExpr::Cmp(op, a, b) => match op {
                Cmp::Eq => self.binary(a, b, t, m, n, |x, y| truth(x == y)),
                Cmp::Ne => self.binary(a, b, t, m, n, |x, y| truth(x != y)),
                Cmp::Lt => self.binary(a, b, t, m, n, |x, y| truth(x < y)),
                Cmp::Gt => self.binary(a, b, t, m, n, |x, y| truth(x > y)),
                Cmp::Le => self.binary(a, b, t, m, n, |x, y| truth(x <= y)),
                Cmp::Ge => self.binary(a, b, t, m, n, |x, y| truth(x >= y)),
            },
            KExpr::Logic(op, a, b) => self.binary(a, b, t, m, n, |x, y| logic(*op, x, y)),
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

    /// `temps[t] = f(a, b)` lane by lane.
    fn binary(
        &mut self,
        a: &KExpr,
        b: &KExpr,
        t: usize,
        m: usize,
        n: usize,
        f: impl Fn(f64, f64) -> f64,
    ) {
        self.expr(a, t, m, n);
        self.right(b, t, m, n, f);
    }

    /// `temps[t] = f(temps[t], b)`, reading a slot or constant `b` in place; also says
    /// which lanes had a zero `b` (for `/`).
    fn right(
        &mut self,
        b: &KExpr,
        t: usize,
        m: usize,
        n: usize,
        f: impl Fn(f64, f64) -> f64,
    ) -> [bool; BLOCK] {
        let mut zero = [false; BLOCK];
        match b {
            KExpr::Const(y, _) => {
                let y = *y;
                for x in &mut self.temps[t][..n] {
                    *x = f(*x, y);
                }
                zero[..n].fill(y == 0.0);
            }
            KExpr::Slot(s, _) => {
                let (regs, temps) = (&self.regs, &mut self.temps);
                let (out, right) = (&mut temps[t], &regs[*s as usize]);
                for i in 0..n {
                    out[i] = f(out[i], right[i]);
                    zero[i] = right[i] == 0.0;
                }
            }
            _ => {
                self.expr(b, t + 1, m, n);
                let (lo, hi) = self.temps.split_at_mut(t + 1);
                let (out, right) = (&mut lo[t], &hi[0]);
                for i in 0..n {
                    out[i] = f(out[i], right[i]);
                    zero[i] = right[i] == 0.0;
                }
            }
        }
        zero
    }

    /// Marks the lanes of mask `m` whose `temps[t]` is outside kind `k` (Double: not finite).
    fn check_range(&mut self, k: K, t: usize, m: usize, n: usize) {
        let (v, mask) = (&self.temps[t], &self.masks[m]);
        match k.range() {
            Some((lo, hi)) => {
                for i in 0..n {
                    self.failed[i] |= mask[i] & !(v[i] >= lo && v[i] <= hi);
                }
            }
            None => {
                for i in 0..n {
                    self.failed[i] |= mask[i] & !v[i].is_finite();
                }
            }
        }
    }
}

#[inline(always)]
fn truth(b: bool) -> f64 {
    if b { -1.0 } else { 0.0 }
}

/// Let-coerces `v[..n]` from kind `from` to `to` in place; marks lanes that fail.
fn store_checked(v: &mut [f64; BLOCK], bad: &mut [bool; BLOCK], from: K, to: K, n: usize) {
    // Kernel values are finite, and a narrower integral kind fits a wider one.
    let fits = match to {
        K::Double => from != K::Double,
        K::Long => matches!(from, K::Bool | K::Int | K::Long),
        K::Int => matches!(from, K::Bool | K::Int),
        K::Bool => false,
    };
    if fits {
        return;
    }
    match to.range() {
        None => {
            for i in 0..n {
                bad[i] |= !v[i].is_finite();
            }
        }
        Some((lo, hi)) => {
            if from == K::Double {
                for x in &mut v[..n] {
                    *x = round_even(*x);
                }
            }
            for i in 0..n {
                bad[i] |= !(v[i] >= lo && v[i] <= hi);
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
