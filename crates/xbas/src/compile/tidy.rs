//! Clean-up of the kernel's register code (`compile::scalar`) once it is lowered: fewer
//! instructions run per interval, the same values and failures.
//!
//! Unrolled loops and `Exit For`/`Exit Sub` leave flags behind: `flag = True`, then a
//! test of the flag before each later iteration. Three passes, repeated while they
//! change something, remove most of that:
//!
//! - **threading**: where the registers a test reads are constants on the way into it
//!   (a flag just set, or still zero), the edge jumps to where the test would send it,
//!   past any number of such tests (after a constant store, a `Jump` is added when that
//!   skips two tests or more); a test decided the same way on every path disappears or
//!   becomes a `Jump`;
//! - **reachability**: code no path reaches is dropped, and jumps to the next
//!   instruction;
//! - **dead stores**: a `Move`, comparison, `Not` or logic whose register is not read
//!   again before it is written or the code ends (only `Result` and `live_out` are read then) is
//!   dropped, and so is the zeroing of a slot nothing reads before writing it.
//!   Instructions that can fail (arithmetic, division, conversion) are kept, so an
//!   interval fails exactly where it did;
//! - **inversion**: a test that jumps over a lone `Jump` becomes the opposite test.
//!
//! Then, once, **picks**: a comparison that jumps over a lone `Move` (`If x > 100 Then
//! x = 100`) becomes a `Pick`, which moves or not without a jump: a branch the data
//! takes at random (half the intervals of `service_level.bas`) costs the CPU a
//! misprediction each time it guesses wrong. Last, because threading reads the jumps
//! (a flag set under a test).
//!
//! Every jump in the code goes forward (the kernel unrolls loops), so each analysis is a
//! single pass; code with a backward jump, or larger than [`MAX_INS`] instructions or
//! [`MAX_REGS`] registers, is left as it is.

use super::scalar::{Code, Ins, Reg};
use std::collections::HashMap;

/// The largest code tidied (the liveness sets are instructions × registers bits).
pub const MAX_INS: usize = 8192;
pub const MAX_REGS: usize = 2048;

/// Tidies `code` in place.
pub fn tidy(code: &mut Code) {
    if code.ins.len() > MAX_INS || code.regs > MAX_REGS {
        return;
    }
    let forward = code
        .ins
        .iter()
        .enumerate()
        .all(|(pc, ins)| target(ins).is_none_or(|t| t as usize > pc));
    if !forward {
        return;
    }
    for _ in 0..8 {
        let before = code.ins.len();
        let threaded = thread(code);
        reachable(code);
        dead_stores(code);
        invert(code);
        if !threaded && code.ins.len() == before {
            break;
        }
    }
    picks(code);
}

/// Where a jump goes.
fn target(ins: &Ins) -> Option<u32> {
    let mut ins = *ins;
    ins.target_mut().map(|t| *t)
}

fn set_target(ins: &mut Ins, new: u32) {
    if let Some(to) = ins.target_mut() {
        *to = new;
    }
}

/// Whether the next instruction can follow this one.
fn falls_through(ins: &Ins) -> bool {
    !matches!(ins, Ins::Jump { .. })
}

/// Registers known to hold a constant at a point (few: the flags; at most
/// [`MAX_KNOWN`]).
type Known = Vec<(Reg, f64)>;

fn value(k: &Known, consts: &HashMap<Reg, f64>, r: Reg) -> Option<f64> {
    consts
        .get(&r)
        .copied()
        .or_else(|| k.iter().find(|(x, _)| *x == r).map(|(_, v)| *v))
}

/// The most registers known at a point: knowing less is always safe, and it bounds the
/// analysis (a meet compares every pair) on code with many constant stores.
const MAX_KNOWN: usize = 64;

fn set(k: &mut Known, r: Reg, v: Option<f64>) {
    k.retain(|(x, _)| *x != r);
    if let Some(v) = v {
        if k.len() < MAX_KNOWN {
            k.push((r, v));
        }
    }
}

/// What is known on both ways in.
fn meet(a: &Known, b: &Known) -> Known {
    a.iter()
        .filter(|(r, v)| b.iter().any(|(s, w)| s == r && w.to_bits() == v.to_bits()))
        .copied()
        .collect()
}

/// Where a test goes under `k`: Some(true) when it jumps, Some(false) when it falls
/// through, None when that is not known.
fn decided(ins: &Ins, k: &Known, consts: &HashMap<Reg, f64>) -> Option<bool> {
    let v = |r| value(k, consts, r);
    match *ins {
        Ins::Unless { op, a, b, .. } => Some(!op.test(v(a)?, v(b)?)),
        Ins::When { op, a, b, .. } => Some(op.test(v(a)?, v(b)?)),
        Ins::IfZero { a, .. } => Some(v(a)? == 0.0),
        Ins::IfNonZero { a, .. } => Some(v(a)? != 0.0),
        Ins::Jump { .. } => Some(true),
        _ => None,
    }
}

/// What is known after `ins`, from `k` before it.
fn after(ins: &Ins, k: &Known, consts: &HashMap<Reg, f64>) -> Known {
    let mut k = k.clone();
    if let Some(dst) = ins.writes() {
        let v = match *ins {
            Ins::Move { a, .. } => value(&k, consts, a),
            _ => None,
        };
        set(&mut k, dst, v);
    }
    k
}

/// What is also known on a test's jump (`taken`) or its fall-through.
fn learned(ins: &Ins, k: &Known, taken: bool) -> Known {
    let mut k = k.clone();
    match *ins {
        Ins::IfZero { a, .. } if taken => set(&mut k, a, Some(0.0)),
        Ins::IfNonZero { a, .. } if !taken => set(&mut k, a, Some(0.0)),
        _ => {}
    }
    k
}

/// Where control goes from `pc` under `k`, past tests decided by it; and how many
/// instructions that skips.
fn follow(code: &Code, consts: &HashMap<Reg, f64>, mut pc: usize, k: &Known) -> (usize, usize) {
    let mut k = k.clone();
    let mut skipped = 0;
    while let Some(ins) = code.ins.get(pc) {
        let Some(jumps) = decided(ins, &k, consts) else {
            break;
        };
        k = learned(ins, &k, jumps);
        pc = match (jumps, target(ins)) {
            (true, Some(t)) => t as usize,
            _ => pc + 1,
        };
        skipped += 1;
    }
    (pc, skipped)
}

/// What is known before each instruction (None where nothing reaches it), in one
/// forward pass: every jump goes forward.
fn known(code: &Code, consts: &HashMap<Reg, f64>) -> Vec<Option<Known>> {
    let n = code.ins.len();
    let mut into: Vec<Option<Known>> = vec![None; n + 1];
    into[0] = Some(
        code.zeros
            .iter()
            .take(MAX_KNOWN)
            .map(|&r| (r, 0.0))
            .collect(),
    );
    for pc in 0..n {
        let Some(k) = into[pc].clone() else {
            continue;
        };
        let ins = &code.ins[pc];
        let mut flow = |to: usize, k: Known| {
            let slot = &mut into[to.min(n)];
            *slot = Some(match slot.take() {
                None => k,
                Some(old) => meet(&old, &k),
            });
        };
        match (decided(ins, &k, consts), target(ins)) {
            (Some(true), Some(t)) => flow(t as usize, learned(ins, &k, true)),
            (Some(false), _) => flow(pc + 1, learned(ins, &k, false)),
            (None, Some(t)) => {
                flow(t as usize, learned(ins, &k, true));
                flow(pc + 1, learned(ins, &k, false));
            }
            _ => flow(pc + 1, after(ins, &k, consts)),
        }
    }
    into
}

/// Rebuilds the code keeping `keep[pc]` instructions, with `jumps[pc]` (a target in the
/// old numbering) added after instruction `pc`; targets follow their instructions (a
/// target that is dropped means the next one kept).
fn rebuild(code: &mut Code, keep: &[bool], jumps: &[Option<usize>]) {
    let n = code.ins.len();
    // New index of each old position (n: the end).
    let mut at = vec![0u32; n + 1];
    let mut next = 0u32;
    for pc in 0..n {
        at[pc] = next;
        next += keep[pc] as u32 + jumps[pc].is_some() as u32;
    }
    at[n] = next;
    let mut ins = Vec::with_capacity(next as usize);
    for pc in 0..n {
        if keep[pc] {
            let mut i = code.ins[pc];
            if let Some(t) = target(&i) {
                set_target(&mut i, at[t as usize]);
            }
            ins.push(i);
        }
        if let Some(t) = jumps[pc] {
            ins.push(Ins::Jump { to: at[t] });
        }
    }
    code.ins = ins;
}

/// Threads jumps past tests decided on their way; Some change made.
fn thread(code: &mut Code) -> bool {
    let consts: HashMap<Reg, f64> = code.consts.iter().copied().collect();
    let into = known(code, &consts);
    let n = code.ins.len();
    let mut keep = vec![true; n];
    let mut jumps: Vec<Option<usize>> = vec![None; n];
    let mut changed = false;
    for pc in 0..n {
        let Some(k) = &into[pc] else {
            continue;
        };
        let ins = code.ins[pc];
        match (decided(&ins, k, &consts), target(&ins)) {
            // A test decided on every way in: a jump, or nothing.
            (Some(true), Some(t)) if !matches!(ins, Ins::Jump { .. }) => {
                code.ins[pc] = Ins::Jump { to: t };
                changed = true;
            }
            (Some(false), Some(_)) => {
                keep[pc] = false;
                changed = true;
            }
            (_, Some(t)) => {
                let (to, _) = follow(code, &consts, t as usize, &learned(&ins, k, true));
                if to != t as usize {
                    set_target(&mut code.ins[pc], to as u32);
                    changed = true;
                }
            }
            (_, None) => {
                let out = after(&ins, k, &consts);
                let (to, skipped) = follow(code, &consts, pc + 1, &out);
                if skipped >= 2 {
                    jumps[pc] = Some(to);
                    changed = true;
                }
            }
        }
    }
    rebuild(code, &keep, &jumps);
    changed
}

/// Drops what no path reaches, and jumps to the next instruction.
fn reachable(code: &mut Code) {
    let n = code.ins.len();
    let mut reached = vec![false; n + 1];
    reached[0] = true;
    for pc in 0..n {
        if !reached[pc] {
            continue;
        }
        let ins = &code.ins[pc];
        if let Some(t) = target(ins) {
            reached[(t as usize).min(n)] = true;
        }
        if falls_through(ins) {
            reached[pc + 1] = true;
        }
    }
    let mut keep: Vec<bool> = reached[..n].to_vec();
    // A jump to the next instruction kept does nothing.
    for pc in 0..n {
        if let Ins::Jump { to } = code.ins[pc] {
            if keep[pc] && (pc + 1..to as usize).all(|q| !keep[q]) {
                keep[pc] = false;
            }
        }
    }
    rebuild(code, &keep, &vec![None; n]);
}

/// Drops stores nobody reads.
fn dead_stores(code: &mut Code) {
    let n = code.ins.len();
    let words = code.regs.div_ceil(64);
    // live[pc]: registers read from pc on before being written; at the end, the result.
    let mut live = vec![0u64; (n + 1) * words];
    let result = code.result as usize;
    for r in std::iter::once(result).chain(code.live_out.iter().map(|&r| r as usize)) {
        if r < code.regs {
            live[n * words + r / 64] |= 1 << (r % 64);
        }
    }
    let mut keep = vec![true; n];
    for pc in (0..n).rev() {
        let ins = code.ins[pc];
        let mut now: Vec<u64> = vec![0; words];
        let mut join = |from: usize| {
            let from = from.min(n) * words;
            for (w, x) in now.iter_mut().zip(&live[from..from + words]) {
                *w |= x;
            }
        };
        if falls_through(&ins) {
            join(pc + 1);
        }
        if let Some(t) = target(&ins) {
            join(t as usize);
        }
        if let Some(dst) = ins.writes() {
            let (w, bit) = (dst as usize / 64, 1u64 << (dst % 64));
            let dead = now.get(w).is_some_and(|x| x & bit == 0);
            let harmless = matches!(
                ins,
                Ins::Move { .. }
                    | Ins::Pick { .. }
                    | Ins::Cmp { .. }
                    | Ins::Logic { .. }
                    | Ins::Not { .. }
            );
            if dead && harmless {
                keep[pc] = false;
                live[pc * words..(pc + 1) * words].copy_from_slice(&now);
                continue;
            }
            if let Some(x) = now.get_mut(w) {
                *x &= !bit;
            }
        }
        for r in ins.reads().into_iter().flatten() {
            if let Some(x) = now.get_mut(r as usize / 64) {
                *x |= 1 << (r % 64);
            }
        }
        live[pc * words..(pc + 1) * words].copy_from_slice(&now);
    }
    // A slot zeroed at the start that nothing reads before writing it needs no zero.
    code.zeros
        .retain(|&r| live[r as usize / 64] & (1 << (r % 64)) != 0);
    if keep.iter().any(|k| !k) {
        rebuild(code, &keep, &vec![None; n]);
    }
}

/// A test that jumps over a lone `Jump` becomes the opposite test to that jump's target
/// (when nothing else jumps to the `Jump`).
fn invert(code: &mut Code) {
    over_one(code, |test, next| {
        let Ins::Jump { to } = next else {
            return None;
        };
        Some(match test {
            Ins::Unless { op, a, b, .. } => Ins::When { op, a, b, to },
            Ins::When { op, a, b, .. } => Ins::Unless { op, a, b, to },
            Ins::IfZero { a, .. } => Ins::IfNonZero { a, to },
            Ins::IfNonZero { a, .. } => Ins::IfZero { a, to },
            _ => return None,
        })
    });
}

/// A comparison that jumps over a lone `Move` (which nothing else jumps to) becomes a
/// `Pick` of the moved value where the `Move` would run.
fn picks(code: &mut Code) {
    over_one(code, |test, next| {
        let Ins::Move { dst, a: src } = next else {
            return None;
        };
        // The `Move` runs where an `Unless` holds, where a `When` does not.
        let (op, when, a, b) = match test {
            Ins::Unless { op, a, b, .. } => (op, true, a, b),
            Ins::When { op, a, b, .. } => (op, false, a, b),
            _ => return None,
        };
        Some(Ins::Pick {
            op,
            when,
            a,
            b,
            dst,
            src,
        })
    });
}

/// Where an instruction jumps over the next one alone (nothing else lands on it),
/// `rewrite(jump, next)` may replace the pair by one instruction.
fn over_one(code: &mut Code, rewrite: impl Fn(Ins, Ins) -> Option<Ins>) {
    let n = code.ins.len();
    let mut targeted = vec![0u32; n + 1];
    for ins in &code.ins {
        if let Some(t) = target(ins) {
            targeted[(t as usize).min(n)] += 1;
        }
    }
    let mut keep = vec![true; n];
    for pc in 0..n.saturating_sub(1) {
        let over = target(&code.ins[pc]).is_some_and(|t| t as usize == pc + 2);
        if !over || targeted[pc + 1] > 0 || !keep[pc] {
            continue;
        }
        if let Some(one) = rewrite(code.ins[pc], code.ins[pc + 1]) {
            code.ins[pc] = one;
            keep[pc + 1] = false;
        }
    }
    if keep.iter().any(|k| !k) {
        rebuild(code, &keep, &vec![None; n]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Code {
        let p = crate::vm::Program::compile(text).unwrap();
        p.kernel_code().cloned().unwrap()
    }

    /// An unrolled loop with `Exit For` and an `Exit Sub` keep no flag: each exit jumps
    /// straight to where it goes, the counter (never read) is not stored, and no slot
    /// needs zeroing.
    #[test]
    fn exit_flags_and_unread_counters_are_gone() {
        let c = code(
            "Dim Result As Long\nSub Main()\n  Dim i As Long, b As Double\n  If Para1 <= 0 Then\n    Result = 0\n    Exit Sub\n  End If\n  b = Para3\n  For i = 1 To 4\n    If b <= 0 Then Exit For\n    b = b - Para1 * 0.25\n  Next i\n  Result = b\nEnd Sub\n",
        );
        let tests = c
            .ins
            .iter()
            .filter(|i| matches!(i, Ins::IfZero { .. } | Ins::IfNonZero { .. }))
            .count();
        let moves = c
            .ins
            .iter()
            .filter(|i| matches!(i, Ins::Move { .. }))
            .count();
        // Result = 0 and b = Para3: the only moves left.
        assert_eq!((tests, moves), (0, 2), "{c:#?}");
        // Per iteration: the test, the product and the difference.
        assert!(c.ins.len() <= 4 + 3 * 4 + 2, "{}", c.ins.len());
        assert!(c.zeros.is_empty(), "{:?}", c.zeros);
    }

    /// The counter read after its loop keeps its stores.
    #[test]
    fn what_is_read_later_is_kept() {
        let text = "Dim Result As Long\nSub Main()\n  Dim i As Long\n  For i = 1 To 3\n    If Para1 < i Then Exit For\n  Next i\n  Result = i\nEnd Sub\n";
        let c = code(text);
        let p = crate::vm::Program::compile(text).unwrap();
        let mut r = p.runner();
        for (x, want) in [(0.0, 1), (1.5, 2), (2.5, 3), (9.0, 4)] {
            let iv = crate::vm::Interval {
                paras: &[x],
                weekday: 1,
                minutes: 0,
            };
            assert_eq!(r.eval_kernel(&iv), Some(want), "Para1 = {x}: {c:#?}");
        }
    }

    /// A test jumping over a lone move becomes a pick (both forms); one whose move
    /// another jump lands on, or whose arm holds more than the move, stays a jump.
    #[test]
    fn a_lone_move_under_a_test_is_a_pick() {
        let text = "Dim Result As Long\nSub Main()\n  Dim L As Double\n  L = Para1 / 3\n  If L > 100 Then L = 100\n  If L < 5 Then\n  Else\n    L = Para2\n  End If\n  If Para2 = 1 Or Para2 = 2 Then L = 7\n  If Para2 > 9 Then L = 9: Result = 1\n  Result = Result + L\nEnd Sub\n";
        let c = code(text);
        let picks: Vec<_> = c
            .ins
            .iter()
            .filter_map(|i| match *i {
                Ins::Pick { when, .. } => Some(when),
                _ => None,
            })
            .collect();
        assert_eq!(picks, [true, false], "{c:#?}");
        let p = crate::vm::Program::compile(text).unwrap();
        let mut r = p.runner();
        for (paras, want) in [
            ([600.0, 4.0], 4),
            ([300.0, 4.0], 4),
            ([6.0, 4.0], 2),
            ([6.0, 40.0], 10),
            ([300.0, 1.0], 7),
            ([300.0, 12.0], 10),
        ] {
            let iv = crate::vm::Interval {
                paras: &paras,
                weekday: 1,
                minutes: 0,
            };
            assert_eq!(r.eval_kernel(&iv), Some(want), "{paras:?}: {c:#?}");
        }
    }

    /// A backward jump (the kernel never makes one) leaves the code as it is.
    #[test]
    fn code_with_a_backward_jump_is_left_alone() {
        let mut c = Code {
            ins: vec![
                Ins::Move { dst: 0, a: 1 },
                Ins::Jump { to: 0 },
                Ins::Move { dst: 0, a: 1 },
            ],
            regs: 2,
            consts: vec![(1, 0.0)],
            inputs: vec![],
            live_out: vec![],
            in_order: true,
            file: 2,
            zeros: vec![0],
            result: 0,
            result_kind: super::super::kernel::K::Long,
        };
        let before = c.clone();
        tidy(&mut c);
        assert_eq!(c, before);
    }
}
