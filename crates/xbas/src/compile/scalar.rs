//! The typed kernel ([`super::kernel`]) lowered to register code for one interval at a
//! time, once, when the script is compiled; `vm::kernel` runs it.
//!
//! A register holds an `f64`: the kernel's slots first, then temporaries, then
//! constants (loaded once, when a runner is made, and never written). Each instruction
//! is three-address (`dst = a op b`) with the range its result must stay in, so running
//! one is a load, an operation, a compare and a store, and expression trees become a
//! straight run of instructions; `If` arms become conditional jumps, a comparison that
//! decides a branch jumps on its own (no truth value in between). An instruction whose
//! result leaves its range makes the interval fail (the VM re-runs it for the exact
//! error).

use super::kernel::{Arith, Cmp, F, Input, K, KExpr, KStmt, Kernel, Logic, fits, range};

/// A register.
pub type Reg = u16;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ins {
    /// `dst = a op b`; fails outside `lo..=hi`.
    Arith {
        op: Arith,
        dst: Reg,
        a: Reg,
        b: Reg,
        lo: f64,
        hi: f64,
    },
    /// `dst = a / b`; fails on a zero divisor or an infinite quotient.
    Div {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = f(a)`; fails outside `lo..=hi`.
    Fn {
        f: F,
        dst: Reg,
        a: Reg,
        lo: f64,
        hi: f64,
    },
    /// `dst` = the truth value (-1 or 0) of `a op b`.
    Cmp {
        op: Cmp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Logic {
        op: Logic,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Not {
        dst: Reg,
        a: Reg,
    },
    /// `dst = a` (a value already of `dst`'s kind).
    Move {
        dst: Reg,
        a: Reg,
    },
    /// Let-coercion: `dst = a`, rounded half to even with `round`; fails outside
    /// `lo..=hi`.
    Store {
        dst: Reg,
        a: Reg,
        round: bool,
        lo: f64,
        hi: f64,
    },
    /// `dst = src` where `(a op b) == when`, else `dst` as it was: `If x > 100 Then x =
    /// 100` without a jump (made by `compile::tidy`), so that an arm taken at random
    /// costs no misprediction.
    Pick {
        op: Cmp,
        when: bool,
        a: Reg,
        b: Reg,
        dst: Reg,
        src: Reg,
    },
    /// Continues at `to` unless `a op b`.
    Unless {
        op: Cmp,
        a: Reg,
        b: Reg,
        to: u32,
    },
    /// Continues at `to` when `a op b`.
    When {
        op: Cmp,
        a: Reg,
        b: Reg,
        to: u32,
    },
    /// Continues at `to` when `a` is zero (False).
    IfZero {
        a: Reg,
        to: u32,
    },
    /// Continues at `to` when `a` is not zero (True).
    IfNonZero {
        a: Reg,
        to: u32,
    },
    Jump {
        to: u32,
    },
}

impl Ins {
    /// The register the instruction writes.
    pub fn writes(&self) -> Option<Reg> {
        match *self {
            Ins::Arith { dst, .. }
            | Ins::Div { dst, .. }
            | Ins::Fn { dst, .. }
            | Ins::Cmp { dst, .. }
            | Ins::Logic { dst, .. }
            | Ins::Not { dst, .. }
            | Ins::Move { dst, .. }
            | Ins::Pick { dst, .. }
            | Ins::Store { dst, .. } => Some(dst),
            _ => None,
        }
    }

    /// The registers the instruction reads (a `Pick` its destination too: it may keep
    /// it).
    pub fn reads(&self) -> [Option<Reg>; 4] {
        match *self {
            Ins::Arith { a, b, .. }
            | Ins::Div { a, b, .. }
            | Ins::Cmp { a, b, .. }
            | Ins::Logic { a, b, .. }
            | Ins::Unless { a, b, .. }
            | Ins::When { a, b, .. } => [Some(a), Some(b), None, None],
            Ins::Fn { a, .. }
            | Ins::Not { a, .. }
            | Ins::Move { a, .. }
            | Ins::Store { a, .. }
            | Ins::IfZero { a, .. }
            | Ins::IfNonZero { a, .. } => [Some(a), None, None, None],
            Ins::Pick { a, b, dst, src, .. } => [Some(a), Some(b), Some(dst), Some(src)],
            Ins::Jump { .. } => [None; 4],
        }
    }

    /// The registers the instruction names.
    pub fn registers(&self) -> impl Iterator<Item = Reg> {
        self.reads().into_iter().flatten().chain(self.writes())
    }

    /// Where a jump goes (None for an instruction that is not one).
    pub fn target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Ins::Unless { to, .. }
            | Ins::When { to, .. }
            | Ins::IfZero { to, .. }
            | Ins::IfNonZero { to, .. }
            | Ins::Jump { to } => Some(to),
            _ => None,
        }
    }
}

/// The kernel as register code, with what running it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub ins: Vec<Ins>,
    /// Registers: slots, then temporaries, then constants.
    pub regs: usize,
    /// Constant registers and their values.
    pub consts: Vec<(Reg, f64)>,
    /// Slots loaded from the interval's inputs at its start: slot, input, kind.
    pub inputs: Vec<(Reg, Input, K)>,
    /// Slots set to zero at the start (those that may be read before they are stored).
    pub zeros: Vec<Reg>,
    pub result: Reg,
    pub result_kind: K,
    /// Registers read after the code ends besides `result` (a region's written-back
    /// variables and its `Exit Sub` flag), so no clean-up drops their stores.
    pub live_out: Vec<Reg>,
    /// [`Kernel::in_order`]: the first instruction that fails is where the VM fails.
    pub in_order: bool,
    /// How many registers a runner allocates: [`SMALL`] when every register the code
    /// names is below it (`vm::kernel` then runs it on a fixed-size file, checking no
    /// bounds), else more than that.
    pub file: usize,
}

/// The register file of most code (see [`Code::file`]).
pub const SMALL: usize = 256;

impl Code {
    /// Every register the code names, the result and the outputs included.
    fn named(&self) -> impl Iterator<Item = Reg> + '_ {
        let ins = self.ins.iter().flat_map(|i| i.registers());
        let consts = self.consts.iter().map(|c| c.0);
        let inputs = self.inputs.iter().map(|i| i.0);
        ins.chain(consts)
            .chain(inputs)
            .chain(self.zeros.iter().copied())
            .chain(self.live_out.iter().copied())
            .chain([self.result])
    }

    /// The register file's length for this code: [`SMALL`] when it fits, else at least
    /// one more (so that no runner takes a larger code for a small one).
    pub fn file_len(&self) -> usize {
        if self.regs <= SMALL && self.named().all(|r| (r as usize) < SMALL) {
            SMALL
        } else {
            self.regs.max(SMALL + 1)
        }
    }
}

struct Lower<'k> {
    k: &'k Kernel,
    ins: Vec<Ins>,
    /// Registers so far (slots first).
    regs: usize,
    /// Temporaries: their registers by depth.
    temps: Vec<Reg>,
    consts: Vec<(Reg, f64)>,
}

/// Lowers kernel `k`; None when it needs more registers than an instruction can name.
pub fn lower(k: &Kernel) -> Option<Code> {
    lower_with(k, &[])
}

/// Lowers kernel `k` whose slots `live_out` are read after it ends (a region's).
pub fn lower_with(k: &Kernel, live_out: &[Reg]) -> Option<Code> {
    let mut low = Lower {
        k,
        ins: Vec::new(),
        regs: k.slots.len(),
        temps: Vec::new(),
        consts: Vec::new(),
    };
    low.block(&k.body);
    if low.regs > Reg::MAX as usize {
        return None;
    }
    let mut inputs = Vec::new();
    let mut zeros = Vec::new();
    let zero = k.needs_zero(live_out);
    for (s, (kind, input)) in k.slots.iter().enumerate() {
        let r = Reg::try_from(s).ok()?;
        match input {
            Input::Zero if zero[s] => zeros.push(r),
            Input::Zero => {}
            // A region's variable stored on every path before it is read is not loaded.
            Input::Global(_) | Input::Local(_) | Input::Elem(..) if !zero[s] => {}
            _ => inputs.push((r, *input, *kind)),
        }
    }
    let mut code = Code {
        ins: low.ins,
        regs: low.regs,
        consts: low.consts,
        inputs,
        zeros,
        result: k.result,
        result_kind: k.slots.get(k.result as usize).map_or(K::Double, |s| s.0),
        live_out: live_out.to_vec(),
        in_order: k.in_order,
        file: 0,
    };
    super::tidy::tidy(&mut code);
    code.file = code.file_len();
    Some(code)
}

impl Lower<'_> {
    fn register(&mut self) -> Reg {
        self.regs += 1;
        Reg::try_from(self.regs - 1).unwrap_or(Reg::MAX)
    }

    fn temp(&mut self, t: usize) -> Reg {
        while self.temps.len() <= t {
            let r = self.register();
            self.temps.push(r);
        }
        self.temps[t]
    }

    fn constant(&mut self, v: f64) -> Reg {
        if let Some((r, _)) = self.consts.iter().find(|(_, c)| c.to_bits() == v.to_bits()) {
            return *r;
        }
        let r = self.register();
        self.consts.push((r, v));
        r
    }

    fn kind(&self, slot: Reg) -> K {
        self.k.slots.get(slot as usize).map_or(K::Double, |s| s.0)
    }

    fn here(&self) -> u32 {
        self.ins.len() as u32
    }

    /// Points the jump at `at` to the next instruction.
    fn land(&mut self, at: usize) {
        let here = self.here();
        if let Some(to) = self.ins.get_mut(at).and_then(Ins::target_mut) {
            *to = here;
        }
    }

    fn block(&mut self, body: &[KStmt]) {
        for s in body {
            match s {
                KStmt::Store(slot, e) => self.store(*slot, e),
                KStmt::If { arms, else_body } => {
                    let mut to_end = Vec::new();
                    for (i, (c, b)) in arms.iter().enumerate() {
                        let next = self.branch(c);
                        self.block(b);
                        if i + 1 < arms.len() || !else_body.is_empty() {
                            to_end.push(self.ins.len());
                            self.ins.push(Ins::Jump { to: 0 });
                        }
                        for j in next {
                            self.land(j);
                        }
                    }
                    self.block(else_body);
                    for j in to_end {
                        self.land(j);
                    }
                }
            }
        }
    }

    /// Jumps past an arm, taken when `c` does not hold; their indexes, to land. A
    /// condition of comparisons of leaves joined by `And`/`Or` jumps on each comparison
    /// (none of them can fail, so not evaluating some changes nothing).
    fn branch(&mut self, c: &KExpr) -> Vec<usize> {
        let mut past = Vec::new();
        self.jump_unless(c, &mut past);
        past
    }

    /// Adds jumps taken when `c` does not hold to `past`.
    fn jump_unless(&mut self, c: &KExpr, past: &mut Vec<usize>) {
        match c {
            KExpr::Cmp(op, a, b) => {
                let (a, b) = (self.expr(a, 0), self.expr(b, 1));
                self.ins.push(Ins::Unless {
                    op: *op,
                    a,
                    b,
                    to: 0,
                });
                past.push(self.ins.len() - 1);
            }
            KExpr::Not(a) => {
                let a = self.expr(a, 0);
                self.ins.push(Ins::IfNonZero { a, to: 0 });
                past.push(self.ins.len() - 1);
            }
            KExpr::Logic(Logic::And, a, b) if simple(a) && simple(b) => {
                self.jump_unless(a, past);
                self.jump_unless(b, past);
            }
            KExpr::Logic(Logic::Or, a, b) if simple(a) && simple(b) => {
                // Any comparison that holds jumps into the arm.
                let mut into = Vec::new();
                self.jump_when(a, &mut into);
                self.jump_unless(b, past);
                for j in into {
                    self.land(j);
                }
            }
            _ => {
                let a = self.expr(c, 0);
                self.ins.push(Ins::IfZero { a, to: 0 });
                past.push(self.ins.len() - 1);
            }
        }
    }

    /// Adds jumps taken when `c` holds to `into` (`c` is [`simple`]).
    fn jump_when(&mut self, c: &KExpr, into: &mut Vec<usize>) {
        match c {
            KExpr::Logic(Logic::Or, a, b) => {
                self.jump_when(a, into);
                self.jump_when(b, into);
            }
            KExpr::Cmp(op, a, b) => {
                let (a, b) = (self.expr(a, 0), self.expr(b, 1));
                self.ins.push(Ins::When {
                    op: *op,
                    a,
                    b,
                    to: 0,
                });
                into.push(self.ins.len() - 1);
            }
            _ => {
                // Not simple: evaluate it whole.
                let a = self.expr(c, 0);
                self.ins.push(Ins::IfNonZero { a, to: 0 });
                into.push(self.ins.len() - 1);
            }
        }
    }

    /// `slot = e`: the expression's last instruction writes the slot when no conversion
    /// is needed; else a Store converts.
    fn store(&mut self, slot: Reg, e: &KExpr) {
        let (from, to) = (e.kind(), self.kind(slot));
        if from == to && !e.is_leaf() {
            self.into(e, slot, 0);
            return;
        }
        let a = self.expr(e, 0);
        if fits(from, to) || from == to {
            self.ins.push(Ins::Move { dst: slot, a });
            return;
        }
        let (lo, hi) = range(to);
        self.ins.push(Ins::Store {
            dst: slot,
            a,
            round: from == K::Double && to.range().is_some(),
            lo,
            hi,
        });
    }

    /// The register holding `e` (evaluated into temporary `t` and up unless it is a
    /// slot or constant).
    fn expr(&mut self, e: &KExpr, t: usize) -> Reg {
        match e {
            KExpr::Const(v, _) => self.constant(*v),
            KExpr::Slot(s, _) => *s,
            KExpr::Variant(a) => self.expr(a, t),
            _ => {
                let dst = self.temp(t);
                self.into(e, dst, t);
                dst
            }
        }
    }

    /// Evaluates non-leaf `e` into `dst` (its operands into temporaries `t` and up).
    fn into(&mut self, e: &KExpr, dst: Reg, t: usize) {
        let ins = match e {
            KExpr::Const(..) | KExpr::Slot(..) => {
                let a = self.expr(e, t);
                Ins::Move { dst, a }
            }
            KExpr::Variant(a) => return self.into(a, dst, t),
            KExpr::Arith(op, a, b, k) => {
                let (a, b) = (self.expr(a, t), self.expr(b, t + 1));
                let (lo, hi) = range(*k);
                Ins::Arith {
                    op: *op,
                    dst,
                    a,
                    b,
                    lo,
                    hi,
                }
            }
            KExpr::Div(a, b) => {
                let (a, b) = (self.expr(a, t), self.expr(b, t + 1));
                Ins::Div { dst, a, b }
            }
            KExpr::Fn(f, a, k) => {
                let a = self.expr(a, t);
                let (lo, hi) = range(*k);
                Ins::Fn {
                    f: *f,
                    dst,
                    a,
                    lo,
                    hi,
                }
            }
            KExpr::Cmp(op, a, b) => {
                let (a, b) = (self.expr(a, t), self.expr(b, t + 1));
                Ins::Cmp { op: *op, dst, a, b }
            }
            KExpr::Logic(op, a, b) => {
                let (a, b) = (self.expr(a, t), self.expr(b, t + 1));
                Ins::Logic { op: *op, dst, a, b }
            }
            KExpr::Not(a) => {
                let a = self.expr(a, t);
                Ins::Not { dst, a }
            }
        };
        self.ins.push(ins);
    }
}

/// A condition whose parts can be jumped on one by one: comparisons of leaves joined by
/// `And`/`Or` (none can fail).
fn simple(c: &KExpr) -> bool {
    match c {
        KExpr::Cmp(_, a, b) => a.is_leaf() && b.is_leaf(),
        KExpr::Logic(Logic::And | Logic::Or, a, b) => simple(a) && simple(b),
        _ => false,
    }
}
