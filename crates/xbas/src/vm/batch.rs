//! Running the numeric kernel a block of intervals at a time: the executor of the column
//! operations `compile::columns` lowered the kernel to when the script was compiled.
//!
//! Each operation is a single pass over the block's lanes into a spare column that is
//! then swapped in, so no pass writes what it reads and every pass vectorises. Range
//! checks only accumulate a flag; a block with a lane out of range pays for a second
//! pass that marks which lanes (the caller re-runs them on the VM for the exact error).
//! The interpreter loop is compiled for AVX2, SSE4.1 and the base target, and the CPU
//! picks (`multiversion`). No allocation happens per block. The inputs of the block
//! after next are prefetched (`AHEAD`).

// Lane loops index several columns at once on purpose (that is what vectorises).
#![allow(clippy::needless_range_loop)]

use super::Batch;
use super::kernel::{ones, outside};
use crate::compile::columns::{Bin, Col, Dest, Join, Num, Op, Plan, Test};
use crate::compile::kernel::{Cmp, F, K, Logic, truth};
use multiversion::multiversion;

/// Lanes per block.
pub const BLOCK: usize = 128;

type Column = [f64; BLOCK];
/// A lane mask: all ones (`!0`) or zero per lane, as wide as a value so that masking
/// vectorises alongside the arithmetic.
type Mask = [u64; BLOCK];

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

/// How many blocks ahead `eval_batch` asks the CPU to load the inputs a plan reads
/// (and the output's memory): a block's passes run in the cache while the block after
/// next arrives. The hardware's own prefetching follows a plain loop, not these bursts
/// of one column after another: on a million intervals (beyond the cache), medians of
/// six alternating runs went 5.6 -> 4.0 ns per interval (weekday.bas), 5.7 -> 3.1
/// (`$3`), 4.1 -> 2.7 (time_window.bas), 5.7 -> 4.6 (sum_of_acds.bas). Loading into the
/// second-level cache rather than the first (see [`prefetch`]) then took medians of six
/// alternating runs 4.9 -> 3.0 (sum_of_acds.bas), 4.8 -> 3.5 (service_level.bas), 4.2
/// -> 3.5 (weekday.bas), 3.7 -> 2.7 (`$2`). Four blocks ahead, or blocks of 512, were
/// slower.
pub const AHEAD: usize = 2;

/// An input a plan reads.
#[derive(Debug, Clone, Copy)]
pub enum Read {
    Para(usize),
    Weekday,
    Minutes,
}

/// Asks the CPU to start loading `col[from..from + len]` into its caches (a hint: no
/// effect on what runs). The one `unsafe` of the library: `_mm_prefetch` takes a raw
/// pointer, though a prefetch never faults (`std::intrinsics::prefetch_read_data` is
/// unstable, and a real load would stall until the line arrives).
///
/// The hint is T1, into the second-level cache: a block's burst of 40–64 lines into
/// the first level held its few miss buffers until the lines arrived, and the passes
/// waited behind them; the second level tracks many more misses, and a block's columns
/// (a few KiB) move up from it at once when the passes read them.
#[inline]
pub fn prefetch<T>(col: &[T], from: usize, len: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T1, _mm_prefetch};
        let end = from.saturating_add(len).min(col.len());
        let step = (64 / std::mem::size_of::<T>().max(1)).max(1);
        let mut i = from;
        while let Some(x) = col.get(i).filter(|_| i < end) {
            // SAFETY: a prefetch never faults nor changes memory (and `x` is in `col`).
            unsafe { _mm_prefetch::<_MM_HINT_T1>(std::ptr::from_ref(x).cast()) };
            i += step;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (col, from, len);
}

/// Prefetches the inputs `reads` names of the block [`AHEAD`] blocks after the one
/// starting at `start`, so that they load while the blocks before them run.
pub fn prefetch_ahead(reads: &[Read], batch: &Batch, start: usize) {
    let next = start.saturating_add(AHEAD * BLOCK);
    for r in reads {
        match *r {
            Read::Para(p) => {
                if let Some(c) = batch.paras.get(p) {
                    prefetch(c, next, BLOCK);
                }
            }
            Read::Weekday => prefetch(batch.weekday, next, BLOCK),
            Read::Minutes => prefetch(batch.minutes, next, BLOCK),
        }
    }
}

/// Scratch space for running blocks: a column per slot, temporary and constant; masks.
pub struct Columns<'p> {
    ops: &'p [Op],
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

impl<'p> Columns<'p> {
    /// The columns for running a lowered kernel (allocated once per `eval_batch`).
    pub fn new(plan: &'p Plan) -> Columns<'p> {
        let mut cols = vec![Box::new([0.0; BLOCK]); plan.cols];
        for (bits, c) in &plan.consts {
            *cols[*c as usize] = [f64::from_bits(*bits); BLOCK];
        }
        let mut all = vec![[0; BLOCK]; plan.masks];
        all[0] = [!0; BLOCK];
        Columns {
            ops: &plan.ops,
            st: State {
                cols,
                spare: Box::new([0.0; BLOCK]),
                masks: all,
                live: vec![false; plan.masks],
                failed: [0; BLOCK],
                failures: false,
            },
            result: plan.result,
            result_kind: plan.result_kind,
            doubles: [0; BLOCK],
        }
    }

    /// Runs lanes `0..n` of a block whose inputs are `paras[i][..n]` etc.
    pub fn run(&mut self, paras: &[&[f64]], weekday: &[i32], minutes: &[i32], n: usize) {
        let n = n.min(BLOCK).min(weekday.len()).min(minutes.len());
        exec(self.ops, &mut self.st, paras, weekday, minutes, n);
        if self.result_kind == K::Double {
            let col = &self.st.cols[self.result][..n];
            if store_doubles(col, &mut self.doubles[..n], &mut self.st.failed[..n]) {
                self.st.failures = true;
            }
        }
    }

    /// The inputs the plan reads.
    pub fn reads(&self) -> Vec<Read> {
        self.ops
            .iter()
            .filter_map(|op| match *op {
                Op::Para { para, .. } => Some(Read::Para(para)),
                Op::Host { minutes, .. } => Some(if minutes {
                    Read::Minutes
                } else {
                    Read::Weekday
                }),
                _ => None,
            })
            .collect()
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
        prefetch(out.spare_capacity_mut(), AHEAD * BLOCK, BLOCK);
        if self.result_kind == K::Double {
            out.extend_from_slice(&self.doubles[..n]);
        } else {
            emit_integral(&self.st.cols[self.result][..n], out);
        }
    }
}

/// The stored values of a Double `Result` column, as `stored` gives them one by one,
/// in a pass that vectorises: lanes it fails are marked in `failed`; true when any is.
///
/// A block whose values all lie within ±2^51 (nearly every block: counts times 100) is
/// truncated and converted with [`integral`]'s trick, which vectorises (x86 before
/// AVX-512 has no packed f64 → i64 conversion); a block with a larger or non-finite value
/// goes lane by lane through [`stored_float`](crate::runtime::store::stored_float).
#[multiversion(targets("x86_64+avx2", "x86_64+sse4.1"))]
fn store_doubles(col: &[f64], out: &mut [i64], failed: &mut [u64]) -> bool {
    const SMALL: f64 = 2_251_799_813_685_248.0; // 2^51
    // `&` rather than `all`, so that the test vectorises; false for NaN.
    let small = col.iter().fold(true, |acc, x| acc & (x.abs() < SMALL));
    if small {
        for (x, o) in col.iter().zip(out.iter_mut()) {
            *o = integral(x.trunc());
        }
        return false;
    }
    let mut any = 0u64;
    for ((x, o), f) in col.iter().zip(out.iter_mut()).zip(failed.iter_mut()) {
        let ok = crate::runtime::store::stored_float(*x);
        *o = ok.unwrap_or(0);
        let bad = ones(ok.is_none());
        *f |= bad;
        any |= bad;
    }
    any != 0
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
            Op::Select { cond, a, b, to } => {
                let reads = Reads::of((&st.cols, &st.masks), [a, b, cond], to);
                let bad = select(to, &mut st.spare, reads, n);
                st.swap_in(to, bad, n);
            }
            Op::Truth { t, dst, a, b, join } => {
                let (x, y) = (&st.cols[a as usize], &st.cols[b as usize]);
                let j = joined(&st.cols, join, x);
                truth_lanes(t, &mut st.spare, (x, y, j), n);
                std::mem::swap(&mut st.cols[dst as usize], &mut st.spare);
            }
            Op::Branch {
                t,
                a,
                b,
                join,
                from,
                wait,
                take,
            } => {
                let (f, w, k) = (from as usize, wait as usize, take as usize);
                let x = &*st.cols[a as usize];
                let operands = (x, &*st.cols[b as usize], joined(&st.cols, join, x));
                // The lowering numbers them `from <= wait < take`.
                let (below, rest) = st.masks.split_at_mut(w);
                let (wait_mask, take_mask) = rest.split_at_mut(k - w);
                let (wait_mask, take_mask) = (&mut wait_mask[0], &mut take_mask[0]);
                let (any_take, any_wait) = match below.get(f) {
                    Some(src) => branch_lanes::<false>(t, operands, src, wait_mask, take_mask, n),
                    None => branch_lanes::<true>(t, operands, &NO_LANES, wait_mask, take_mask, n),
                };
                st.live[k] = any_take;
                st.live[w] = any_wait;
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

/// [`write_lanes`] with ROUND, BLEND and POISON as `Dest` `$to` says (the lowering
/// poisons only temporaries, which neither round nor blend).
macro_rules! write_as {
    ($to:expr, $out:expr, $r:expr, $n:expr, $lane:expr) => {
        match ($to.poison, $to.round, $to.blend) {
            (true, ..) => write_lanes::<false, false, true>($out, &$r, $n, $to, $lane),
            (false, false, false) => write_lanes::<false, false, false>($out, &$r, $n, $to, $lane),
            (false, false, true) => write_lanes::<false, true, false>($out, &$r, $n, $to, $lane),
            (false, true, false) => write_lanes::<true, false, false>($out, &$r, $n, $to, $lane),
            (false, true, true) => write_lanes::<true, true, false>($out, &$r, $n, $to, $lane),
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
        Num::Fn(F::Neg) => go!(|x: f64, _: f64| -x),
        Num::Fn(F::Floor) => go!(|x: f64, _: f64| x.floor()),
        Num::Fn(F::Trunc) => go!(|x: f64, _: f64| x.trunc()),
        Num::Fn(F::Abs) => go!(|x: f64, _: f64| x.abs()),
        Num::Fn(F::Round) => go!(|x: f64, _: f64| round_lane(x)),
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

/// `a` where `cond` is not zero, else `b`, written as `to` says.
#[inline(always)]
fn select(to: Dest, out: &mut Column, r: Reads, n: usize) -> bool {
    let (a, b, cond) = (r.x, r.y, r.z);
    // Bitwise, as `write_lanes` blends: an `if` here picks an address per lane instead.
    write_as!(to, out, r, n, |i| {
        let m = ones(cond[i] != 0.0);
        (
            f64::from_bits((a[i].to_bits() & m) | (b[i].to_bits() & !m)),
            false,
        )
    })
}

/// `out[i]` = the value `lane(i)` gives, rounded half to even with ROUND; with BLEND the
/// lanes outside the mask keep their old values. Whether a lane of the mask is bad: its
/// value outside `to`'s range, or `lane` says so (an inner result out of range). With
/// POISON no lane is: a bad one holds NaN instead.
#[inline(always)]
fn write_lanes<const ROUND: bool, const BLEND: bool, const POISON: bool>(
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
        let bad = bad | outside(r, lo, hi);
        if POISON {
            out[i] = if bad { f64::NAN } else { r };
            continue;
        }
        acc |= mask[i] & ones(bad);
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
            // One arm per operator, so that no lane decides which it is (that
            // kept these passes from vectorising).
            Test::Logic(Logic::And) => $go!(|x, y| (x != 0.0) & (y != 0.0)),
            Test::Logic(Logic::Or) => $go!(|x, y| (x != 0.0) | (y != 0.0)),
            Test::Logic(Logic::Xor) => $go!(|x, y| (x != 0.0) != (y != 0.0)),
            Test::Logic(Logic::Eqv) => $go!(|x, y| (x != 0.0) == (y != 0.0)),
            Test::Logic(Logic::Imp) => $go!(|x, y| (x == 0.0) | (y != 0.0)),
            Test::Not => $go!(|x: f64, _| x == 0.0),
            Test::NonZero => $go!(|x: f64, _| x != 0.0),
        }
    };
}

/// How a test is joined with a truth column: none (the column is then unread), `Or`,
/// `And`.
#[derive(Clone, Copy)]
enum J {
    None,
    Or,
    And,
}

/// The join of a truth or branch operation with its column (`x`, unread, when none).
#[inline(always)]
fn joined<'a>(cols: &'a [Box<Column>], join: Join, x: &'a Column) -> (J, &'a Column) {
    match join {
        Join::None => (J::None, x),
        Join::Or(c) => (J::Or, &cols[c as usize]),
        Join::And(c) => (J::And, &cols[c as usize]),
    }
}

/// The test as a function of one lane of its operands and its join (a loop per join,
/// so that no lane decides which it is).
macro_rules! with_join {
    ($t:expr, $j:expr, $go:ident) => {{
        macro_rules! joins {
            ($f:expr) => {{
                let f = $f;
                match $j {
                    J::None => $go!(|x, y, _: f64| f(x, y)),
                    J::Or => $go!(|x, y, j: f64| (j != 0.0) | f(x, y)),
                    J::And => $go!(|x, y, j: f64| (j != 0.0) & f(x, y)),
                }
            }};
        }
        with_test!($t, joins)
    }};
}

/// `out` = the truth value of the test on `x`, `y`, joined with `j`.
#[inline(always)]
fn truth_lanes(
    t: Test,
    out: &mut Column,
    (x, y, (join, j)): (&Column, &Column, (J, &Column)),
    n: usize,
) {
    macro_rules! go {
        ($f:expr) => {{
            let f = $f;
            for i in 0..n.min(BLOCK) {
                out[i] = truth(f(x[i], y[i], j[i]));
            }
        }};
    }
    with_join!(t, join, go)
}

/// A mask without lanes.
static NO_LANES: Mask = [0; BLOCK];

/// Splits the lanes of `from` (of `wait` itself with IN_PLACE): those where the test
/// holds go to `take`, the others to `wait`; whether each of the two masks has a lane.
#[inline(always)]
fn branch_lanes<const IN_PLACE: bool>(
    t: Test,
    (x, y, (join, j)): (&Column, &Column, (J, &Column)),
    from: &Mask,
    wait: &mut Mask,
    take: &mut Mask,
    n: usize,
) -> (bool, bool) {
    let (mut any_take, mut any_wait) = (0, 0);
    macro_rules! go {
        ($f:expr) => {{
            let f = $f;
            for i in 0..n.min(BLOCK) {
                let lanes = if IN_PLACE { wait[i] } else { from[i] };
                let t = lanes & ones(f(x[i], y[i], j[i]));
                take[i] = t;
                wait[i] = lanes & !t;
                any_take |= t;
                any_wait |= wait[i];
            }
        }};
    }
    with_join!(t, join, go);
    (any_take != 0, any_wait != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::store::stored_float;

    /// Both ways through `store_doubles` give `stored_float`'s values and failures: a
    /// block within ±2^51 (the vectorised way) and blocks with a larger, infinite or NaN
    /// value (lane by lane).
    #[test]
    fn store_doubles_is_stored_float() {
        let two51 = 2_251_799_813_685_248.0;
        let small = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            0.999_999,
            -0.999_999,
            1.5,
            -1.5,
            2.5,
            4_700.0,
            -4_699.999_9,
            1e15 + 0.5,
            -(1e15 + 0.75),
            two51 - 1.0,
            -(two51 - 1.0),
            two51 - 0.5,
            -(two51 - 0.5),
            f64::MIN_POSITIVE,
        ];
        let mut large = small.to_vec();
        large.extend([
            two51,
            -two51,
            two51 * 4.0 + 8.0,
            9.1e18,
            -9.1e18,
            9.2e18,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ]);
        for col in [&small[..], &large[..], &large[large.len() - 1..]] {
            let mut out = vec![7; col.len()];
            let mut failed = vec![0; col.len()];
            let any = store_doubles(col, &mut out, &mut failed);
            for (i, x) in col.iter().enumerate() {
                match stored_float(*x) {
                    Some(v) => assert_eq!((out[i], failed[i]), (v, 0), "{x}"),
                    None => assert_eq!(failed[i], !0, "{x}"),
                }
            }
            assert_eq!(any, col.iter().any(|x| stored_float(*x).is_none()));
        }
    }
}
