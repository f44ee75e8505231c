//! Running the numeric kernel (`compile::kernel`) a block of intervals at a time.
//!
//! The kernel is lowered once into a flat list of column operations ([`Op`]); each one is
//! a single pass over the block's lanes into a spare column that is then swapped in, so
//! no pass writes what it reads and every pass vectorises. Constants are columns too,
//! so an operation has one shape whatever its operands are. An arithmetic operation on
//! slots and constants that is an operand of another is fused with it into one pass
//! (`(Para1 + Para2) * 100`). `If` arms run under lane masks (an arm without lanes is
//! jumped over). The last operation of an assignment writes straight into the
//! variable's column, rounding and checking the Let-coercion in the same pass. Range
//! checks only accumulate a flag; a block with a lane out of range pays for a second
//! pass that marks which lanes (the caller re-runs them on the VM for the exact error).
//! The interpreter loop is compiled for AVX2, SSE4.1 and the base target, and the CPU
//! picks (`multiversion`). No allocation happens per block.

// Lane loops index several columns at once on purpose (that is what vectorises).
#![allow(clippy::needless_range_loop)]

use super::kernel::{connect, fits, stored, truth};
use crate::compile::kernel::{Arith, Cmp, Input, K, KExpr, KStmt, Kernel, Logic};
use multiversion::multiversion;

/// Lanes per block.
pub const BLOCK: usize = 128;

type Column = [f64; BLOCK];
/// A lane mask: all ones (`!0`) or zero per lane, as wide as a value so that masking
/// vectorises alongside the arithmetic.
type Mask = [u64; BLOCK];

/// A column: a slot (variable), a temporary or a constant.
type Col = u16;

/// What an arithmetic operation computes.
#[derive(Debug, Clone, Copy)]
enum Num {
    Bin(Bin),
    Neg,
    /// The first operand as it is (a Let-coercion on its own).
    Copy,
}

/// A binary arithmetic operation.
#[derive(Debug, Clone, Copy)]
enum Bin {
    Add,
    Sub,
    Mul,
    Div,
}

/// A binary operation as a function of two lanes.
macro_rules! with_bin {
    ($b:expr, $go:ident $(, $arg:expr)*) => {
        match $b {
            Bin::Add => $go!($($arg,)* |x: f64, y: f64| x + y),
            Bin::Sub => $go!($($arg,)* |x: f64, y: f64| x - y),
            Bin::Mul => $go!($($arg,)* |x: f64, y: f64| x * y),
            Bin::Div => $go!($($arg,)* |x: f64, y: f64| x / y),
        }
    };
}

/// What a truth operation tests.
#[derive(Debug, Clone, Copy)]
enum Test {
    Cmp(Cmp),
    Logic(Logic),
    Not,
    /// A numeric condition: true when not zero.
    NonZero,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    /// `dst` = ParaN let-coerced (rounded when integral); lanes outside `lo..=hi` fail.
    Para {
        dst: Col,
        para: usize,
        round: bool,
        lo: f64,
        hi: f64,
    },
    /// `dst` = Weekday or Minutes; with `check`, lanes outside that range fail.
    Host {
        dst: Col,
        minutes: bool,
        check: Option<(f64, f64)>,
    },
    Zero {
        dst: Col,
    },
    /// `f(a, b)` written as `to` says.
    Num {
        f: Num,
        a: Col,
        b: Col,
        to: Dest,
    },
    /// `f(g(a, b), c)`: two arithmetic operations in one pass, the inner result checked
    /// against `inner` (its kind's range), the outer one written as `to` says.
    Num2 {
        g: Bin,
        f: Bin,
        a: Col,
        b: Col,
        c: Col,
        inner: (f64, f64),
        to: Dest,
    },
    /// `dst` = the truth value (-1 or 0) of the test, on every lane.
    Truth {
        t: Test,
        dst: Col,
        a: Col,
        b: Col,
    },
    /// The lanes of mask `wait` where the test holds move to mask `take`.
    Branch {
        t: Test,
        a: Col,
        b: Col,
        wait: u16,
        take: u16,
    },
    CopyMask {
        dst: u16,
        src: u16,
    },
    /// Continues at `to` when mask `mask` has no lane.
    Skip {
        mask: u16,
        to: usize,
    },
}

/// Where and how an arithmetic pass writes its result: column `col`, rounded half to
/// even with `round`; the lanes of `mask` outside `lo..=hi` fail; with `blend` only the
/// lanes of `mask` are written.
#[derive(Debug, Clone, Copy)]
struct Dest {
    col: Col,
    mask: u16,
    round: bool,
    blend: bool,
    lo: f64,
    hi: f64,
}

/// The range a value of kind `k` must stay in (Double: finite; Bool: anything).
fn range(k: K) -> (f64, f64) {
    match k.range() {
        Some(r) => r,
        None if k == K::Double => (-f64::MAX, f64::MAX),
        None => (f64::NEG_INFINITY, f64::INFINITY),
    }
}

/// An arithmetic operation to emit, with the range its result must stay in.
struct Calc {
    op: Shape,
    range: (f64, f64),
}

enum Shape {
    One(Num, Col, Col),
    /// `f(g(a, b), c)` and the range of `g`'s result.
    Two(Bin, Bin, [Col; 3], (f64, f64)),
}

impl Calc {
    fn one(f: Num, a: Col, b: Col, range: (f64, f64)) -> Calc {
        Calc {
            op: Shape::One(f, a, b),
            range,
        }
    }
}

/// A binary arithmetic expression: its operation, operands and range.
fn binary(e: &KExpr) -> Option<(Bin, &KExpr, &KExpr, (f64, f64))> {
    Some(match e {
        KExpr::Arith(op, a, b, k) => {
            let f = match op {
                Arith::Add => Bin::Add,
                Arith::Sub => Bin::Sub,
                Arith::Mul => Bin::Mul,
            };
            (f, &**a, &**b, range(*k))
        }
        KExpr::Div(a, b) => (Bin::Div, &**a, &**b, range(K::Double)),
        _ => return None,
    })
}

fn is_leaf(e: &KExpr) -> bool {
    matches!(e, KExpr::Const(..) | KExpr::Slot(..))
}

/// Lowers a kernel to column operations.
struct Lower<'a> {
    k: &'a Kernel,
    ops: Vec<Op>,
    /// Column count so far (slots first).
    cols: usize,
    temps: Vec<Col>,
    consts: Vec<(u64, Col)>,
}

impl Lower<'_> {
    /// A new column (past `Col::MAX`, `Columns::new` gives up on the whole kernel).
    fn column(&mut self) -> Col {
        self.cols += 1;
        Col::try_from(self.cols - 1).unwrap_or(Col::MAX)
    }

    fn temp(&mut self, t: usize) -> Col {
        while self.temps.len() <= t {
            let c = self.column();
            self.temps.push(c);
        }
        self.temps[t]
    }

    fn constant(&mut self, v: f64) -> Col {
        if let Some((_, c)) = self.consts.iter().find(|(b, _)| *b == v.to_bits()) {
            return *c;
        }
        let c = self.column();
        self.consts.push((v.to_bits(), c));
        c
    }

    fn kind(&self, slot: u16) -> K {
        self.k.slots.get(slot as usize).map_or(K::Double, |s| s.0)
    }

    fn block(&mut self, body: &[KStmt], m: u16) {
        for s in body {
            match s {
                KStmt::Store(slot, e) => self.store(*slot, e, m),
                KStmt::If { arms, else_body } => {
                    let (wait, take) = (m + 1, m + 2);
                    self.ops.push(Op::CopyMask { dst: wait, src: m });
                    let mut to_end = Vec::new();
                    for (c, b) in arms {
                        to_end.push(self.skip(wait));
                        self.branch(c, wait, take);
                        let past = self.skip(take);
                        self.block(b, take);
                        self.land(past);
                    }
                    to_end.push(self.skip(wait));
                    self.block(else_body, wait);
                    for s in to_end {
                        self.land(s);
                    }
                }
            }
        }
    }

    fn skip(&mut self, mask: u16) -> usize {
        self.ops.push(Op::Skip { mask, to: 0 });
        self.ops.len() - 1
    }

    /// Points the skip at `at` to the next operation.
    fn land(&mut self, at: usize) {
        let here = self.ops.len();
        if let Some(Op::Skip { to, .. }) = self.ops.get_mut(at) {
            *to = here;
        }
    }

    /// `slot = e` on the lanes of mask `m`.
    fn store(&mut self, slot: u16, e: &KExpr, m: u16) {
        let (from, to) = (e.kind(), self.kind(slot));
        let round = from == K::Double && to.range().is_some();
        let check = if fits(from, to) {
            range(K::Bool)
        } else {
            range(to)
        };
        // The expression's last operation writes the variable; rounding first means only
        // the variable's range needs checking (a rounded value in range was finite).
        let mut calc = self.numeric(e, 0, m);
        calc.range = (calc.range.0.max(check.0), calc.range.1.min(check.1));
        self.push(calc, slot, m, round, m != 0);
    }

    /// Emits `calc` into `col`.
    fn push(&mut self, calc: Calc, col: Col, mask: u16, round: bool, blend: bool) {
        let (lo, hi) = calc.range;
        let to = Dest {
            col,
            mask,
            round,
            blend,
            lo,
            hi,
        };
        self.ops.push(match calc.op {
            Shape::One(f, a, b) => Op::Num { f, a, b, to },
            Shape::Two(g, f, [a, b, c], inner) => Op::Num2 {
                g,
                f,
                a,
                b,
                c,
                inner,
                to,
            },
        });
    }

    /// `e` as an arithmetic operation with its operand columns (evaluated); anything but
    /// arithmetic is a copy of its column. An operation on leaves (slots and constants)
    /// that is itself an operand of one is fused with it.
    fn numeric(&mut self, e: &KExpr, t: usize, m: u16) -> Calc {
        if let KExpr::Neg(a, k) = e {
            let a = self.expr(a, t, m);
            return Calc::one(Num::Neg, a, a, range(*k));
        }
        let Some((f, x, y, r)) = binary(e) else {
            let a = self.expr(e, t, m);
            return Calc::one(Num::Copy, a, a, range(K::Bool));
        };
        fn fusable(e: &KExpr) -> Option<(Bin, &KExpr, &KExpr, (f64, f64))> {
            binary(e).filter(|(_, a, b, _)| is_leaf(a) && is_leaf(b))
        }
        // f(g(a, b), c), or for + and * also f(c, g(a, b)).
        let fused = match (fusable(x), fusable(y)) {
            (Some(inner), _) if is_leaf(y) => Some((inner, y)),
            (_, Some(inner)) if is_leaf(x) && matches!(f, Bin::Add | Bin::Mul) => Some((inner, x)),
            _ => None,
        };
        match fused {
            Some(((g, a, b, inner), c)) => {
                let cols = [self.expr(a, t, m), self.expr(b, t, m), self.expr(c, t, m)];
                Calc {
                    op: Shape::Two(g, f, cols, inner),
                    range: r,
                }
            }
            None => {
                let (a, b) = (self.expr(x, t, m), self.expr(y, t + 1, m));
                Calc::one(Num::Bin(f), a, b, r)
            }
        }
    }

    /// `e` as a test with its operand columns (evaluated); a number tests not zero.
    fn test(&mut self, e: &KExpr, t: usize, m: u16) -> (Test, Col, Col) {
        match e {
            KExpr::Cmp(op, a, b) => {
                let (a, b) = (self.expr(a, t, m), self.expr(b, t + 1, m));
                (Test::Cmp(*op), a, b)
            }
            KExpr::Logic(op, a, b) => {
                let (a, b) = (self.expr(a, t, m), self.expr(b, t + 1, m));
                (Test::Logic(*op), a, b)
            }
            KExpr::Not(a) => {
                let a = self.expr(a, t, m);
                (Test::Not, a, a)
            }
            _ => {
                let a = self.expr(e, t, m);
                (Test::NonZero, a, a)
            }
        }
    }

    /// The column holding `e` on the lanes of `m` (evaluated into temporary `t` and up
    /// unless it is a slot or constant); failures count on the lanes of `m`.
    fn expr(&mut self, e: &KExpr, t: usize, m: u16) -> Col {
        match e {
            KExpr::Const(v, _) => self.constant(*v),
            KExpr::Slot(s, _) => *s,
            KExpr::Cmp(..) | KExpr::Logic(..) | KExpr::Not(_) => {
                let (test, a, b) = self.test(e, t, m);
                let dst = self.temp(t);
                self.ops.push(Op::Truth { t: test, dst, a, b });
                dst
            }
            KExpr::Arith(..) | KExpr::Div(..) | KExpr::Neg(..) => {
                let calc = self.numeric(e, t, m);
                let dst = self.temp(t);
                self.push(calc, dst, m, false, false);
                dst
            }
        }
    }

    /// The lanes of `wait` where `c` holds move to `take`.
    fn branch(&mut self, c: &KExpr, wait: u16, take: u16) {
        let (t, a, b) = self.test(c, 0, wait);
        self.ops.push(Op::Branch {
            t,
            a,
            b,
            wait,
            take,
        });
    }
}

/// Scratch space for running blocks: a column per slot, temporary and constant; masks.
pub struct Columns {
    ops: Vec<Op>,
    st: State,
    result: usize,
    result_kind: K,
    /// Stored values of a Double `Result` (integral ones convert as they are emitted).
    doubles: [i64; BLOCK],
}

/// What running a block changes.
struct State {
    /// Boxed, so that a pass writes a spare column and swaps it in: it never writes a
    /// column it reads, and every pass vectorises without overlap checks.
    #[allow(clippy::vec_box)]
    cols: Vec<Box<Column>>,
    spare: Box<Column>,
    masks: Vec<Mask>,
    /// Whether each mask has a lane.
    live: Vec<bool>,
    /// Lanes that fail (`!0`); all zero unless `failures`.
    failed: [u64; BLOCK],
    failures: bool,
}

impl Columns {
    /// The columns for running `k`; None when it needs more columns than operations can
    /// name (tens of thousands of constants), and the VM runs it.
    pub fn new(k: &Kernel) -> Option<Columns> {
        let mut low = Lower {
            k,
            ops: Vec::new(),
            cols: k.slots.len(),
            temps: Vec::new(),
            consts: Vec::new(),
        };
        for (s, (kind, src)) in k.slots.iter().enumerate() {
            let dst = Col::try_from(s).ok()?;
            let round = kind.range().is_some();
            let (lo, hi) = range(*kind);
            low.ops.push(match src {
                Input::Para(para) => Op::Para {
                    dst,
                    para: *para,
                    round,
                    lo,
                    hi,
                },
                Input::Weekday | Input::Minutes => Op::Host {
                    dst,
                    minutes: *src == Input::Minutes,
                    check: (!fits(K::Long, *kind)).then_some((lo, hi)),
                },
                // A slot every lane stores before reading it needs no zeroing.
                Input::Zero if first_use(&k.body, dst) == Use::Stored => continue,
                Input::Zero => Op::Zero { dst },
            });
        }
        low.block(&k.body, 0);
        if low.cols > Col::MAX as usize {
            return None;
        }
        let mut cols = vec![Box::new([0.0; BLOCK]); low.cols];
        for (bits, c) in &low.consts {
            *cols[*c as usize] = [f64::from_bits(*bits); BLOCK];
        }
        let masks = 2 * depth_of(&k.body) + 2;
        let mut all = vec![[0; BLOCK]; masks];
        all[0] = [!0; BLOCK];
        Some(Columns {
            ops: low.ops,
            st: State {
                cols,
                spare: Box::new([0.0; BLOCK]),
                masks: all,
                live: vec![false; masks],
                failed: [0; BLOCK],
                failures: false,
            },
            result: k.result as usize,
            result_kind: k.slots.get(k.result as usize).map_or(K::Double, |s| s.0),
            doubles: [0; BLOCK],
        })
    }

    /// Runs lanes `0..n` of a block whose inputs are `paras[i][..n]` etc.
    pub fn run(&mut self, paras: &[&[f64]], weekday: &[i32], minutes: &[i32], n: usize) {
        let n = n.min(BLOCK).min(weekday.len()).min(minutes.len());
        exec(&self.ops, &mut self.st, paras, weekday, minutes, n);
        if self.result_kind == K::Double {
            for i in 0..n {
                match stored(self.st.cols[self.result][i], K::Double) {
                    Some(v) => self.doubles[i] = v,
                    None => {
                        self.st.failed[i] = !0;
                        self.st.failures = true;
                    }
                }
            }
        }
    }

    /// Whether any lane of the last block failed.
    pub fn any_failed(&self) -> bool {
        self.st.failures
    }

    /// Whether lane `i` of the last block failed.
    pub fn failed(&self, i: usize) -> bool {
        self.st.failed.get(i).is_some_and(|f| *f != 0)
    }

    /// The stored value of lane `i` (valid when it did not fail).
    pub fn value(&self, i: usize) -> i64 {
        let i = i.min(BLOCK - 1);
        if self.result_kind == K::Double {
            self.doubles[i]
        } else {
            integral(self.st.cols[self.result][i])
        }
    }

    /// Appends the stored values of lanes `0..n` (when none failed).
    pub fn emit(&self, n: usize, out: &mut Vec<i64>) {
        let n = n.min(BLOCK);
        if self.result_kind == K::Double {
            out.extend_from_slice(&self.doubles[..n]);
        } else {
            emit_integral(&self.st.cols[self.result][..n], out);
        }
    }
}

/// Appends integral kernel values as i64.
#[multiversion(targets("x86_64+avx2"))]
fn emit_integral(col: &[f64], out: &mut Vec<i64>) {
    out.extend(col.iter().map(|x| integral(*x)));
}

impl State {
    /// Makes the spare column (just written) the destination's; with `bad`, marks its
    /// lanes out of range.
    fn swap_in(&mut self, to: Dest, bad: bool, n: usize) {
        std::mem::swap(&mut self.cols[to.col as usize], &mut self.spare);
        if bad {
            self.mark(to.col, to.mask, (to.lo, to.hi), n);
        }
    }

    /// Marks the lanes of `0..n` in mask `m` whose value in `col` is outside the range.
    fn mark(&mut self, col: Col, m: u16, range: (f64, f64), n: usize) {
        self.mark_by(m, range, n, |cols, i| cols[col as usize][i]);
    }

    /// Marks the lanes of `0..n` in mask `m` where `g(a, b)` is outside the range.
    fn mark_inner(&mut self, g: Bin, [a, b]: [Col; 2], m: u16, range: (f64, f64), n: usize) {
        macro_rules! go {
            ($g:expr) => {
                self.mark_by(m, range, n, |cols, i| {
                    $g(cols[a as usize][i], cols[b as usize][i])
                })
            };
        }
        with_bin!(g, go)
    }

    /// Marks the lanes of `0..n` in mask `m` whose `value` is outside `lo..=hi`.
    #[cold]
    fn mark_by(
        &mut self,
        m: u16,
        (lo, hi): (f64, f64),
        n: usize,
        value: impl Fn(&[Box<Column>], usize) -> f64,
    ) {
        let State {
            cols,
            masks,
            failed,
            failures,
            ..
        } = self;
        let mask = &masks[m as usize];
        for i in 0..n.min(BLOCK) {
            if mask[i] != 0 && outside(value(cols, i), lo, hi) {
                failed[i] = !0;
                *failures = true;
            }
        }
    }
}

/// Runs `ops` on lanes `0..n` of a block. Compiled for AVX2, SSE4.1 and the base target
/// (chosen at run time), so that each pass works on four lanes at once and rounds in one
/// instruction where the CPU can.
#[multiversion(targets("x86_64+avx2", "x86_64+sse4.1"))]
fn exec(ops: &[Op], st: &mut State, paras: &[&[f64]], weekday: &[i32], minutes: &[i32], n: usize) {
    if st.failures {
        st.failed = [0; BLOCK];
        st.failures = false;
    }
    st.live[0] = n > 0;
    let mut pc = 0;
    while let Some(op) = ops.get(pc).copied() {
        pc += 1;
        match op {
            Op::Para {
                dst,
                para,
                round,
                lo,
                hi,
            } => {
                let src = paras.get(para).map_or(&[][..], |c| &c[..n.min(c.len())]);
                let col = &mut st.cols[dst as usize];
                if src.len() < n {
                    col.fill(0.0);
                }
                let bad = if round {
                    load::<true>(col, src, lo, hi)
                } else {
                    load::<false>(col, src, lo, hi)
                };
                if bad {
                    st.mark(dst, 0, (lo, hi), n);
                }
            }
            Op::Host {
                dst,
                minutes: m,
                check,
            } => {
                let src = if m { minutes } else { weekday };
                for (x, v) in st.cols[dst as usize].iter_mut().zip(&src[..n]) {
                    *x = *v as f64;
                }
                if let Some(range) = check {
                    st.mark(dst, 0, range, n);
                }
            }
            Op::Zero { dst } => st.cols[dst as usize].fill(0.0),
            Op::Num { f, a, b, to } => {
                let reads = Reads::of((&st.cols, &st.masks), [a, b, b], to);
                let bad = num(f, to, &mut st.spare, reads, n);
                st.swap_in(to, bad, n);
            }
            Op::Num2 {
                g,
                f,
                a,
                b,
                c,
                inner,
                to,
            } => {
                let reads = Reads::of((&st.cols, &st.masks), [a, b, c], to);
                let bad = num2((g, f), inner, to, &mut st.spare, reads, n);
                if bad {
                    // Before the swap: the operands may include the destination.
                    st.mark_inner(g, [a, b], to.mask, inner, n);
                }
                st.swap_in(to, bad, n);
            }
            Op::Truth { t, dst, a, b } => {
                let (x, y) = (&st.cols[a as usize], &st.cols[b as usize]);
                truth_lanes(t, &mut st.spare, x, y, n);
                std::mem::swap(&mut st.cols[dst as usize], &mut st.spare);
            }
            Op::Branch {
                t,
                a,
                b,
                wait,
                take,
            } => {
                let (w, k) = (wait as usize, take as usize);
                // `take` is always the mask right after `wait`.
                let (lo, hi) = st.masks.split_at_mut(k);
                let operands = (&*st.cols[a as usize], &*st.cols[b as usize]);
                let (any_take, any_wait) = branch_lanes(t, operands, &mut lo[w], &mut hi[0], n);
                st.live[k] = any_take;
                st.live[w] = any_wait;
            }
            Op::CopyMask { dst, src } => {
                let (d, s) = (dst as usize, src as usize);
                st.masks[d] = st.masks[s];
                st.live[d] = st.live[s];
            }
            Op::Skip { mask, to } => {
                if !st.live[mask as usize] {
                    pc = to;
                }
            }
        }
    }
}

/// An integral kernel value (exact, within Long's range) as i64, in a form that
/// vectorises: adding 1.5 * 2^52 puts the integer in the low bits of the mantissa.
#[inline(always)]
fn integral(x: f64) -> i64 {
    const MAGIC: f64 = 6_755_399_441_055_744.0;
    (x + MAGIC).to_bits() as i64 - MAGIC.to_bits() as i64
}

/// `!0` for true.
#[inline(always)]
fn ones(b: bool) -> u64 {
    (b as u64).wrapping_neg()
}

/// Whether `r` is outside `lo..=hi` or NaN: two comparisons, without `&&` (which keeps
/// a pass from vectorising).
#[inline(always)]
#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn outside(r: f64, lo: f64, hi: f64) -> bool {
    !(r >= lo) | (r > hi)
}

/// Rounds half to even: one instruction with SSE4.1 (the versions of [`exec`] for AVX2
/// and SSE4.1 use it), a library call without.
#[inline(always)]
fn round_lane(x: f64) -> f64 {
    crate::runtime::value::round_even(x)
}

/// `col` = `src` (rounded with ROUND); whether a lane is outside `lo..=hi`.
#[inline(always)]
fn load<const ROUND: bool>(col: &mut Column, src: &[f64], lo: f64, hi: f64) -> bool {
    let mut acc = 0;
    for i in 0..src.len().min(BLOCK) {
        let r = if ROUND { round_lane(src[i]) } else { src[i] };
        col[i] = r;
        acc |= outside(r, lo, hi) as u64;
    }
    acc != 0
}

/// The columns a pass reads: operands (`z` only in a fused pass), the destination's old
/// values, the mask.
struct Reads<'a> {
    x: &'a Column,
    y: &'a Column,
    z: &'a Column,
    old: &'a Column,
    mask: &'a Mask,
}

impl<'a> Reads<'a> {
    #[inline(always)]
    fn of((cols, masks): (&'a [Box<Column>], &'a [Mask]), [x, y, z]: [Col; 3], to: Dest) -> Self {
        Reads {
            x: &cols[x as usize],
            y: &cols[y as usize],
            z: &cols[z as usize],
            old: &cols[to.col as usize],
            mask: &masks[to.mask as usize],
        }
    }
}

/// [`write_lanes`] with ROUND and BLEND as `Dest` `$to` says.
macro_rules! write_as {
    ($to:expr, $out:expr, $r:expr, $n:expr, $lane:expr) => {
        match ($to.round, $to.blend) {
            (false, false) => write_lanes::<false, false>($out, &$r, $n, $to, $lane),
            (false, true) => write_lanes::<false, true>($out, &$r, $n, $to, $lane),
            (true, false) => write_lanes::<true, false>($out, &$r, $n, $to, $lane),
            (true, true) => write_lanes::<true, true>($out, &$r, $n, $to, $lane),
        }
    };
}

/// `out = f(x, y)` written as `to` says; whether a lane of the mask is bad.
#[inline(always)]
fn num(f: Num, to: Dest, out: &mut Column, r: Reads, n: usize) -> bool {
    let (x, y) = (r.x, r.y);
    macro_rules! go {
        ($f:expr) => {{
            let f = $f;
            write_as!(to, out, r, n, |i| (f(x[i], y[i]), false))
        }};
    }
    match f {
        Num::Bin(b) => with_bin!(b, go),
        Num::Neg => go!(|x: f64, _: f64| -x),
        Num::Copy => go!(|x: f64, _: f64| x),
    }
}

/// `out = f(g(x, y), z)` written as `to` says; a lane of the mask whose inner result is
/// outside `inner` is bad too.
#[inline(always)]
fn num2(
    (g, f): (Bin, Bin),
    (lo, hi): (f64, f64),
    to: Dest,
    out: &mut Column,
    r: Reads,
    n: usize,
) -> bool {
    let (x, y, z) = (r.x, r.y, r.z);
    macro_rules! go {
        ($g:expr, $f:expr) => {{
            let (g, f) = ($g, $f);
            write_as!(to, out, r, n, |i| {
                let t = g(x[i], y[i]);
                (f(t, z[i]), outside(t, lo, hi))
            })
        }};
    }
    macro_rules! outer {
        ($g:expr) => {
            with_bin!(f, go, $g)
        };
    }
    with_bin!(g, outer)
}

/// `out[i]` = the value `lane(i)` gives, rounded half to even with ROUND; with BLEND the
/// lanes outside the mask keep their old values. Whether a lane of the mask is bad: its
/// value outside `to`'s range, or `lane` says so (an inner result out of range).
#[inline(always)]
fn write_lanes<const ROUND: bool, const BLEND: bool>(
    out: &mut Column,
    r: &Reads,
    n: usize,
    to: Dest,
    lane: impl Fn(usize) -> (f64, bool),
) -> bool {
    let (old, mask, lo, hi) = (r.old, r.mask, to.lo, to.hi);
    let mut acc = 0;
    for i in 0..n.min(BLOCK) {
        let (v, bad) = lane(i);
        let r = if ROUND { round_lane(v) } else { v };
        acc |= mask[i] & ones(bad | outside(r, lo, hi));
        out[i] = if BLEND {
            f64::from_bits((old[i].to_bits() & !mask[i]) | (r.to_bits() & mask[i]))
        } else {
            r
        };
    }
    acc != 0
}

/// The test as a function of two lanes.
macro_rules! with_test {
    ($t:expr, $go:ident) => {
        match $t {
            Test::Cmp(Cmp::Eq) => $go!(|x, y| x == y),
            Test::Cmp(Cmp::Ne) => $go!(|x, y| x != y),
            Test::Cmp(Cmp::Lt) => $go!(|x, y| x < y),
            Test::Cmp(Cmp::Gt) => $go!(|x, y| x > y),
            Test::Cmp(Cmp::Le) => $go!(|x, y| x <= y),
            Test::Cmp(Cmp::Ge) => $go!(|x, y| x >= y),
            Test::Logic(op) => $go!(|x, y| connect(op, x, y)),
            Test::Not => $go!(|x: f64, _| x == 0.0),
            Test::NonZero => $go!(|x: f64, _| x != 0.0),
        }
    };
}

/// `out` = the truth value of the test on `x`, `y`.
#[inline(always)]
fn truth_lanes(t: Test, out: &mut Column, x: &Column, y: &Column, n: usize) {
    macro_rules! go {
        ($f:expr) => {{
            let f = $f;
            for i in 0..n.min(BLOCK) {
                out[i] = truth(f(x[i], y[i]));
            }
        }};
    }
    with_test!(t, go)
}

/// Moves the lanes of `wait` where the test holds to `take`; whether each of the two
/// masks has a lane afterwards.
#[inline(always)]
fn branch_lanes(
    t: Test,
    (x, y): (&Column, &Column),
    wait: &mut Mask,
    take: &mut Mask,
    n: usize,
) -> (bool, bool) {
    let (mut any_take, mut any_wait) = (0, 0);
    macro_rules! go {
        ($f:expr) => {{
            let f = $f;
            for i in 0..n.min(BLOCK) {
                let t = wait[i] & ones(f(x[i], y[i]));
                take[i] = t;
                wait[i] &= !t;
                any_take |= t;
                any_wait |= wait[i];
            }
        }};
    }
    with_test!(t, go);
    (any_take != 0, any_wait != 0)
}

/// How a run of statements first uses a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// Not at all.
    None,
    /// Stores it, on every lane, before anything reads it.
    Stored,
    /// May read it before storing it (or store it on some lanes only).
    Read,
}

/// How `body` first uses slot `s` (conservatively: unsure is `Read`).
fn first_use(body: &[KStmt], s: Col) -> Use {
    for st in body {
        let u = match st {
            KStmt::Store(_, e) if reads(e, s) => Use::Read,
            KStmt::Store(t, _) if *t == s => Use::Stored,
            KStmt::Store(..) => Use::None,
            KStmt::If { arms, .. } if arms.iter().any(|(c, _)| reads(c, s)) => Use::Read,
            // What every arm does, or (arms that differ) Read.
            KStmt::If { arms, else_body } => arms
                .iter()
                .map(|(_, b)| &b[..])
                .chain([&else_body[..]])
                .map(|b| first_use(b, s))
                .reduce(|x, y| if x == y { x } else { Use::Read })
                .unwrap_or(Use::None),
        };
        if u != Use::None {
            return u;
        }
    }
    Use::None
}

/// Whether `e` reads slot `s`.
fn reads(e: &KExpr, s: Col) -> bool {
    match e {
        KExpr::Const(..) => false,
        KExpr::Slot(t, _) => *t == s,
        KExpr::Not(a) | KExpr::Neg(a, _) => reads(a, s),
        KExpr::Arith(_, a, b, _)
        | KExpr::Div(a, b)
        | KExpr::Cmp(_, a, b)
        | KExpr::Logic(_, a, b) => reads(a, s) || reads(b, s),
    }
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
