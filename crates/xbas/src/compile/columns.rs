//! The typed kernel ([`super::kernel`]) lowered to column operations, once, when the
//! script is compiled; `vm::batch` runs them a block of intervals at a time.
//!
//! Each operation ([`Op`]) is one pass over a block's lanes that writes a spare column,
//! then swapped in. Constants are columns too, so an operation has one shape whatever
//! its operands are. An arithmetic operation on slots and constants that is an operand
//! of another is fused with it into one pass (`(Para1 + Para2) * 100`). `If` arms run
//! under lane masks (an arm without lanes is jumped over). The last operation of an
//! assignment writes straight into the variable's column, rounding and checking the
//! Let-coercion in the same pass. A slot every lane stores before reading it is not
//! zeroed.

use super::kernel::{Arith, Cmp, F, Input, K, KExpr, KStmt, Kernel, Logic, fits, range};

/// A column: a slot (variable), a temporary or a constant.
pub type Col = u16;

/// What an arithmetic operation computes.
#[derive(Debug, Clone, Copy)]
pub enum Num {
    Bin(Bin),
    /// A function of the first operand (`-x`, `Int`, …).
    Fn(F),
    /// The first operand as it is (a Let-coercion on its own).
    Copy,
}

/// A binary arithmetic operation.
#[derive(Debug, Clone, Copy)]
pub enum Bin {
    Add,
    Sub,
    Mul,
    Div,
}

/// What a truth operation tests.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    Cmp(Cmp),
    Logic(Logic),
    Not,
    /// A numeric condition: true when not zero.
    NonZero,
}

/// A truth column a comparison is joined with in the same pass (`j Or a < b`,
/// `j And a < b`), so that a chain of conditions (`Weekday = 1 Or Weekday = 7 Or …`)
/// costs one pass per comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Join {
    None,
    Or(Col),
    And(Col),
}

#[derive(Debug, Clone, Copy)]
pub enum Op {
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
    /// `dst` = the truth value (-1 or 0) of the test (joined with `join`), on every lane.
    Truth {
        t: Test,
        dst: Col,
        a: Col,
        b: Col,
        join: Join,
    },
    /// Of the lanes of mask `from`, those where the test (joined with `join`) holds go
    /// to mask `take`, the others to mask `wait` (`from` is `wait`, or a mask below it).
    Branch {
        t: Test,
        a: Col,
        b: Col,
        join: Join,
        from: u16,
        wait: u16,
        take: u16,
    },
    /// `a` where column `cond` is not zero, else `b`, written as `to` says: an `If`
    /// whose arms each store one value into the same variable, without lane masks.
    Select {
        cond: Col,
        a: Col,
        b: Col,
        to: Dest,
    },
    /// Continues at `to` when mask `mask` has no lane.
    Skip {
        mask: u16,
        to: usize,
    },
}

/// Where and how an arithmetic pass writes its result: column `col`, rounded half to
/// even with `round`; the lanes of `mask` outside `lo..=hi` fail; with `blend` only the
/// lanes of `mask` are written. With `poison` (an arm of a [`Op::Select`], computed on
/// lanes that may not take it) no lane fails: one outside the range holds NaN, which
/// fails the select's check where it is chosen (no kernel value is ever NaN).
#[derive(Debug, Clone, Copy)]
pub struct Dest {
    pub col: Col,
    pub mask: u16,
    pub round: bool,
    pub blend: bool,
    pub poison: bool,
    pub lo: f64,
    pub hi: f64,
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
    e.is_leaf()
}

/// `e` without the Variant wrappers, which change nothing in a column.
fn strip(mut e: &KExpr) -> &KExpr {
    while let KExpr::Variant(a) = e {
        e = a;
    }
    e
}

/// Whether evaluating `e` cannot fail: tests of variables and constants.
fn fail_free(e: &KExpr) -> bool {
    match strip(e) {
        KExpr::Const(..) | KExpr::Slot(..) => true,
        KExpr::Cmp(_, a, b) | KExpr::Logic(_, a, b) => fail_free(a) && fail_free(b),
        KExpr::Not(a) => fail_free(a),
        _ => false,
    }
}

/// Whether `e` is one pass over variables and constants (as [`Lower::numeric`] fuses
/// it, so this follows its cases), or a test that cannot fail: a value a select may
/// compute on every lane.
fn one_pass(e: &KExpr) -> bool {
    let e = strip(e);
    let leaf = |x: &KExpr| is_leaf(strip(x));
    let fusable = |x: &KExpr| binary(x).is_some_and(|(_, a, b, _)| is_leaf(a) && is_leaf(b));
    if leaf(e) || fail_free(e) {
        return true;
    }
    match e {
        KExpr::Fn(_, a, _) => leaf(a),
        _ => binary(e).is_some_and(|(f, x, y, _)| {
            (fusable(x) && is_leaf(y))
                || (fusable(y) && is_leaf(x) && matches!(f, Bin::Add | Bin::Mul))
                || (leaf(x) && leaf(y))
        }),
    }
}

/// A temporary written on every lane, holding NaN where a lane is outside `lo..=hi`.
fn poisoned(col: Col, mask: u16, (lo, hi): (f64, f64)) -> Dest {
    Dest {
        col,
        mask,
        round: false,
        blend: false,
        poison: true,
        lo,
        hi,
    }
}

/// What an `If` leaves in a variable, as [`Lower::chosen`] finds it: `then` where
/// `cond` holds, else `other`.
struct Choice<'k> {
    cond: &'k KExpr,
    then: Value<'k>,
    other: Value<'k>,
}

/// A value a [`Choice`] chooses from.
enum Value<'k> {
    /// The value of an expression.
    Expr(&'k KExpr),
    /// The variable's value before the `If` (an arm that leaves it alone).
    Old,
    /// A nested choice.
    Choose(Box<Choice<'k>>),
}

impl Choice<'_> {
    fn values(&self) -> [&Value<'_>; 2] {
        [&self.then, &self.other]
    }

    fn keeps_old(&self) -> bool {
        self.values().iter().any(|v| match v {
            Value::Old => true,
            Value::Expr(_) => false,
            Value::Choose(c) => c.keeps_old(),
        })
    }

    /// Whether a value is a Double (a Long or Integer variable then rounds it).
    fn any_double(&self) -> bool {
        self.values().iter().any(|v| match v {
            Value::Old => false,
            Value::Expr(e) => e.kind() == K::Double,
            Value::Choose(c) => c.any_double(),
        })
    }
}

/// Lowers a kernel to column operations.
struct Lower<'a> {
    k: &'a Kernel,
    ops: Vec<Op>,
    /// Column count so far (slots first).
    cols: usize,
    temps: Vec<Col>,
    consts: Vec<(u64, Col)>,
    /// Per slot, whether anything reads it (the result counts as read).
    read: Vec<bool>,
    /// Per slot, whether its column holds a value of the block on every lane of the
    /// mask being lowered (loaded, zeroed or stored before; else a previous block's).
    valid: Vec<bool>,
    /// The slots made valid, in order (what an `If`'s arm made valid is taken back).
    validated: Vec<u16>,
}

impl Lower<'_> {
    /// A new column (past `Col::MAX`, [`lower`] gives up on the whole kernel).
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

    /// Whether constant `v` stored into `slot` stays in its kind's range.
    fn fits_slot(&self, slot: u16, v: f64) -> bool {
        let (lo, hi) = range(self.kind(slot));
        (lo..=hi).contains(&v)
    }

    fn kind(&self, slot: u16) -> K {
        self.k.slots.get(slot as usize).map_or(K::Double, |s| s.0)
    }

    fn block(&mut self, body: &[KStmt], m: u16) {
        for s in body {
            match s {
                // A constant stored where nothing reads it (an `Exit Sub`'s flag once
                // the rest of the body moved into the `Else`) cannot fail: no pass.
                KStmt::Store(slot, KExpr::Const(v, _))
                    if !self.read[*slot as usize] && self.fits_slot(*slot, *v) => {}
                KStmt::Store(slot, e) => {
                    self.store(*slot, e, m);
                    self.validate(*slot);
                }
                KStmt::If { arms, else_body } => {
                    if let Some((slot, c)) = self.chosen(arms, else_body) {
                        self.select(slot, &c, m);
                        self.validate(slot);
                        continue;
                    }
                    // What an arm stores holds on its lanes only.
                    let before = self.validated.len();
                    let (wait, take) = (m + 1, m + 2);
                    let mut to_end = Vec::new();
                    for (i, (c, b)) in arms.iter().enumerate() {
                        // The first test splits the enclosing lanes, the next ones those
                        // no arm took.
                        let from = if i == 0 { m } else { wait };
                        to_end.push(self.skip(from));
                        self.branch(c, [from, wait, take]);
                        let past = self.skip(take);
                        self.block(b, take);
                        self.invalidate(before);
                        self.land(past);
                    }
                    to_end.push(self.skip(wait));
                    self.block(else_body, wait);
                    self.invalidate(before);
                    for s in to_end {
                        self.land(s);
                    }
                }
            }
        }
    }

    /// The `If` as one variable's value chosen per lane (see [`Choice`]), when each of
    /// its arms stores one value into the same variable or leaves it alone (nested
    /// `If`s of that kind included), and evaluating every arm's value and every
    /// condition on every lane cannot fail where the `If` itself would not: the
    /// conditions after the first are tests of variables and constants, each value one
    /// pass over variables and constants (it holds NaN where it would fail), and an arm
    /// that leaves the variable alone keeps a value every lane holds.
    fn chosen<'k>(
        &self,
        arms: &'k [(KExpr, Vec<KStmt>)],
        else_body: &'k [KStmt],
    ) -> Option<(u16, Choice<'k>)> {
        let mut slot = None;
        let c = self.choice(arms, else_body, true, &mut slot)?;
        let slot = slot?;
        let old_ok = self.valid.get(slot as usize).copied().unwrap_or(false);
        (self.kind(slot) != K::Bool && (old_ok || !c.keeps_old())).then_some((slot, c))
    }

    fn choice<'k>(
        &self,
        arms: &'k [(KExpr, Vec<KStmt>)],
        else_body: &'k [KStmt],
        first: bool,
        slot: &mut Option<u16>,
    ) -> Option<Choice<'k>> {
        let ((cond, body), rest) = arms.split_first()?;
        if !first && !fail_free(cond) {
            return None;
        }
        let then = self.arm(body, slot)?;
        let other = if rest.is_empty() {
            self.arm(else_body, slot)?
        } else {
            Value::Choose(Box::new(self.choice(rest, else_body, false, slot)?))
        };
        Some(Choice { cond, then, other })
    }

    /// An arm's body as a value of the variable `slot` names (set by the first store).
    fn arm<'k>(&self, body: &'k [KStmt], slot: &mut Option<u16>) -> Option<Value<'k>> {
        match body {
            [] => Some(Value::Old),
            [KStmt::Store(s, e)] if slot.is_none_or(|t| t == *s) && one_pass(e) => {
                *slot = Some(*s);
                Some(Value::Expr(e))
            }
            [KStmt::If { arms, else_body }] => Some(Value::Choose(Box::new(
                self.choice(arms, else_body, false, slot)?,
            ))),
            _ => None,
        }
    }

    /// `slot` = the value `c` chooses, on the lanes of `m`: its conditions and values
    /// evaluated on every lane, then one pass picks, rounds and checks the chosen one.
    fn select(&mut self, slot: u16, c: &Choice, m: u16) {
        let to = self.kind(slot);
        let (lo, hi) = range(to);
        let dest = Dest {
            col: slot,
            mask: m,
            round: to.range().is_some() && c.any_double(),
            blend: m != 0,
            poison: false,
            lo,
            hi,
        };
        self.choose(c, slot, 0, m, dest);
    }

    /// Writes the value `c` chooses as `to` says, evaluating into temporaries from `t`
    /// on.
    fn choose(&mut self, c: &Choice, slot: u16, t: usize, m: u16, to: Dest) {
        let cond = self.expr(c.cond, t, m);
        let a = self.value(&c.then, slot, t + 1, m);
        let b = self.value(&c.other, slot, t + 2, m);
        self.ops.push(Op::Select { cond, a, b, to });
    }

    /// The column holding value `v` of variable `slot` on the lanes of `m`, evaluated
    /// (poisoned) into temporaries from `t` on.
    fn value(&mut self, v: &Value, slot: u16, t: usize, m: u16) -> Col {
        match v {
            Value::Old => slot,
            Value::Expr(e) => {
                let e = strip(e);
                if is_leaf(e) || matches!(e, KExpr::Cmp(..) | KExpr::Logic(..) | KExpr::Not(_)) {
                    return self.expr(e, t, m);
                }
                let calc = self.numeric(e, t, m);
                let to = poisoned(self.temp(t), m, calc.range);
                self.emit(calc, to);
                to.col
            }
            Value::Choose(c) => {
                let to = poisoned(self.temp(t), m, range(K::Bool));
                self.choose(c, slot, t, m, to);
                to.col
            }
        }
    }

    /// Records that `slot` now holds a value of the block on the lanes being lowered.
    fn validate(&mut self, slot: u16) {
        if let Some(v) = self.valid.get_mut(slot as usize).filter(|v| !**v) {
            *v = true;
            self.validated.push(slot);
        }
    }

    /// Takes back what [`Lower::validate`] recorded since `validated` had `len` entries.
    fn invalidate(&mut self, len: usize) {
        for s in self.validated.drain(len..) {
            if let Some(v) = self.valid.get_mut(s as usize) {
                *v = false;
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
            poison: false,
            lo,
            hi,
        };
        self.emit(calc, to);
    }

    /// Emits `calc` written as `to` says.
    fn emit(&mut self, calc: Calc, to: Dest) {
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
        if let KExpr::Variant(a) = e {
            return self.numeric(a, t, m);
        }
        if let KExpr::Fn(f, a, k) = e {
            let a = self.expr(a, t, m);
            return Calc::one(Num::Fn(*f), a, a, range(*k));
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
    /// `x Or y < z` (and `And`) is the comparison joined with `x`'s column.
    fn test(&mut self, e: &KExpr, t: usize, m: u16) -> (Test, Col, Col, Join) {
        match e {
            KExpr::Cmp(op, a, b) => {
                let (a, b) = (self.expr(a, t, m), self.expr(b, t + 1, m));
                (Test::Cmp(*op), a, b, Join::None)
            }
            KExpr::Logic(op @ (Logic::Or | Logic::And), x, y) if matches!(**y, KExpr::Cmp(..)) => {
                let j = self.expr(x, t, m);
                let KExpr::Cmp(c, a, b) = &**y else {
                    unreachable!("matched above")
                };
                let (a, b) = (self.expr(a, t + 1, m), self.expr(b, t + 2, m));
                let join = if *op == Logic::Or {
                    Join::Or(j)
                } else {
                    Join::And(j)
                };
                (Test::Cmp(*c), a, b, join)
            }
            KExpr::Logic(op, a, b) => {
                let (a, b) = (self.expr(a, t, m), self.expr(b, t + 1, m));
                (Test::Logic(*op), a, b, Join::None)
            }
            KExpr::Not(a) => {
                let a = self.expr(a, t, m);
                (Test::Not, a, a, Join::None)
            }
            _ => {
                let a = self.expr(e, t, m);
                (Test::NonZero, a, a, Join::None)
            }
        }
    }

    /// The column holding `e` on the lanes of `m` (evaluated into temporary `t` and up
    /// unless it is a slot or constant); failures count on the lanes of `m`.
    fn expr(&mut self, e: &KExpr, t: usize, m: u16) -> Col {
        match e {
            KExpr::Variant(a) => self.expr(a, t, m),
            KExpr::Const(v, _) => self.constant(*v),
            KExpr::Slot(s, _) => *s,
            KExpr::Cmp(..) | KExpr::Logic(..) | KExpr::Not(_) => {
                let (test, a, b, join) = self.test(e, t, m);
                let dst = self.temp(t);
                self.ops.push(Op::Truth {
                    t: test,
                    dst,
                    a,
                    b,
                    join,
                });
                dst
            }
            KExpr::Arith(..) | KExpr::Div(..) | KExpr::Fn(..) => {
                let calc = self.numeric(e, t, m);
                let dst = self.temp(t);
                self.push(calc, dst, m, false, false);
                dst
            }
        }
    }

    /// The lanes of `from` where `c` holds go to `take`, the others to `wait`.
    fn branch(&mut self, c: &KExpr, [from, wait, take]: [u16; 3]) {
        let (t, a, b, join) = self.test(c, 0, from);
        self.ops.push(Op::Branch {
            t,
            a,
            b,
            join,
            from,
            wait,
            take,
        });
    }
}

/// The kernel lowered to column operations, with what running them needs: done once,
/// when the script is compiled.
#[derive(Debug, Clone)]
pub struct Plan {
    pub ops: Vec<Op>,
    /// Columns: the kernel's slots first, then temporaries and constants.
    pub cols: usize,
    /// Constant columns: the value's bits and its column.
    pub consts: Vec<(u64, Col)>,
    /// Lane masks the `If` nesting needs.
    pub masks: usize,
    /// The column of `Result`, and its kind.
    pub result: usize,
    pub result_kind: K,
}

/// Lowers kernel `k`; None when it needs more columns than operations can name (tens of
/// thousands of constants), and the VM runs it.
pub fn lower(k: &Kernel) -> Option<Plan> {
    let mut low = Lower {
        k,
        ops: Vec::new(),
        cols: k.slots.len(),
        temps: Vec::new(),
        consts: Vec::new(),
        read: k.read_slots(),
        valid: vec![false; k.slots.len()],
        validated: Vec::new(),
    };
    let zero = k.needs_zero(&[]);
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
            // Weekday or Minutes unread: no loading (they cannot fail).
            Input::Weekday | Input::Minutes if !low.read[s] && fits(K::Long, *kind) => continue,
            Input::Weekday | Input::Minutes => Op::Host {
                dst,
                minutes: *src == Input::Minutes,
                check: (!fits(K::Long, *kind)).then_some((lo, hi)),
            },
            // A slot every lane stores before reading it needs no zeroing.
            Input::Zero if !zero[s] => continue,
            Input::Zero => Op::Zero { dst },
            // Only a region reads variables, and regions run one at a time.
            Input::Global(_) | Input::Local(_) | Input::Elem(..) => return None,
        });
        low.valid[s] = true;
    }
    low.block(&k.body, 0);
    if low.cols > Col::MAX as usize {
        return None;
    }
    Some(Plan {
        masks: masks_used(&low.ops),
        ops: low.ops,
        cols: low.cols,
        consts: low.consts,
        result: k.result as usize,
        result_kind: k.slots.get(k.result as usize).map_or(K::Double, |s| s.0),
    })
}

/// How many lane masks `ops` use (mask 0, every lane, at least).
fn masks_used(ops: &[Op]) -> usize {
    let highest = ops.iter().map(|op| match *op {
        Op::Branch {
            from, wait, take, ..
        } => from.max(wait).max(take),
        Op::Skip { mask, .. } => mask,
        Op::Num { to, .. } | Op::Num2 { to, .. } | Op::Select { to, .. } => to.mask,
        Op::Para { .. } | Op::Host { .. } | Op::Zero { .. } | Op::Truth { .. } => 0,
    });
    highest.max().unwrap_or(0) as usize + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Program;

    fn plan(src: &str) -> Plan {
        let p = Program::compile(src).expect("compiles");
        p.column_plan().expect("a column plan").clone()
    }

    /// A guard clause (`If … Then …: Exit Sub`) puts the rest of the body in the `If`'s
    /// `Else`: no flag is zeroed, stored or tested, and the slots the rest stores on
    /// every lane that goes on are not zeroed either.
    #[test]
    fn a_guard_clause_needs_no_flag() {
        let p = plan(include_str!("../../../../scripts/service_level.bas"));
        for op in &p.ops {
            assert!(!matches!(op, Op::Zero { .. }), "{op:?}");
            assert!(!matches!(op, Op::Branch { t: Test::Not, .. }), "{op:?}");
        }
        // The flag's `True`.
        assert!(
            !p.consts
                .iter()
                .any(|(bits, _)| f64::from_bits(*bits) == -1.0)
        );
    }

    /// A chain of conditions (`a = 1 Or a = 7 Or b < 360 Or b >= 1200`) is one pass per
    /// comparison: each joined with the truth column of those before it, the last in the
    /// branch itself.
    #[test]
    fn a_chain_of_conditions_is_a_pass_per_comparison() {
        let tests = |p: &Plan| -> Vec<(bool, Join)> {
            p.ops
                .iter()
                .filter_map(|op| match op {
                    Op::Truth { join, .. } => Some((false, *join)),
                    Op::Branch { join, .. } => Some((true, *join)),
                    _ => None,
                })
                .collect()
        };
        // `$3`'s `If` chooses a value: four truth passes. With two statements in an arm
        // it branches, the last comparison in the branch itself.
        let three = include_str!("../../../../scripts/example/$3.BAS");
        let branching = three.replace("Result = 0", "Result = 0: Result = 1");
        for (text, last_branches) in [(three, false), (&branching[..], true)] {
            let t = tests(&plan(text));
            assert_eq!(t.len(), 4, "{t:?}");
            assert_eq!(t[0], (false, Join::None));
            assert!(t[1..].iter().all(|(_, j)| matches!(j, Join::Or(_))));
            assert_eq!(t[3].0, last_branches, "{t:?}");
        }
        let p =
            plan("Sub Main()\n If Para1 > 1 And Para2 < 3 Then Result = 1: Para9 = 2\nEnd Sub\n");
        assert!(p.ops.iter().any(|op| matches!(
            op,
            Op::Branch {
                join: Join::And(_),
                ..
            }
        )));
    }

    /// Weekday or Minutes declared but never read is not loaded; an `If` splits the
    /// enclosing lanes without copying them first.
    #[test]
    fn unread_inputs_are_not_loaded() {
        let weekday = include_str!("../../../../scripts/weekday.bas");
        let p = plan(&weekday.replace("Result = Para1 * 100", "Result = Para1 * 100: Para3 = 1"));
        let hosts: Vec<bool> = p
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Host { minutes, .. } => Some(*minutes),
                _ => None,
            })
            .collect();
        assert_eq!(hosts, [false]);
        assert!(p.ops.iter().any(|op| matches!(
            op,
            Op::Branch {
                from: 0,
                wait: 1,
                take: 2,
                ..
            }
        )));
    }

    /// An `If` whose arms each store one value into the same variable is a `Select`
    /// pass over values computed on every lane (the repository's scripts: no lane
    /// masks at all); inside an arm's lanes it blends. It branches instead where
    /// computing everything everywhere could fail a lane the `If` would not: a later
    /// condition with arithmetic, or an arm keeping a value a previous block left.
    #[test]
    fn an_if_choosing_one_value_is_a_select() {
        let selects = |p: &Plan| {
            p.ops
                .iter()
                .filter_map(|op| match op {
                    Op::Select { to, .. } => Some(to.blend),
                    _ => None,
                })
                .collect::<Vec<bool>>()
        };
        let branches = |p: &Plan| {
            p.ops
                .iter()
                .filter(|op| matches!(op, Op::Branch { .. }))
                .count()
        };
        for text in [
            include_str!("../../../../scripts/average.bas"),
            include_str!("../../../../scripts/threshold.bas"),
            include_str!("../../../../scripts/time_window.bas"),
            include_str!("../../../../scripts/weekday.bas"),
            include_str!("../../../../scripts/example/$3.BAS"),
            include_str!("../../../../scripts/example/$4.BAS"),
        ] {
            let p = plan(text);
            assert!(
                !selects(&p).is_empty() && branches(&p) == 0,
                "{text}\n{p:?}"
            );
            assert_eq!(p.masks, 1, "{text}");
            assert!(selects(&p).iter().all(|blend| !blend));
        }
        // `If Level > 100 Then Level = 100`, in the lanes the guard clause leaves.
        let p = plan(include_str!("../../../../scripts/service_level.bas"));
        assert_eq!((selects(&p), branches(&p)), (vec![true], 1));
        let later_arithmetic = "Dim Result As Long\nSub Main()\n  If Para1 > 5 Then\n    Result = 1\n  ElseIf Para2 * 1000 > 7 Then\n    Result = 3\n  End If\nEnd Sub\n";
        let old_of_a_previous_block = "Dim Result As Long\nDim t As Long\nSub Main()\n  If Para1 > 0 Then t = Para1 * 100000\n  If Para2 > 0 Then t = 1\n  Result = Para1\nEnd Sub\n";
        for text in [later_arithmetic, old_of_a_previous_block] {
            let p = plan(text);
            assert!(selects(&p).is_empty() && branches(&p) > 0, "{text}");
        }
        let old_stored_before = old_of_a_previous_block
            .replace("Sub Main()\n", "Sub Main()\n  t = Para2\n")
            .replace("Result = Para1", "Result = t");
        assert_eq!(selects(&plan(&old_stored_before)), [false, false]);
    }
}
