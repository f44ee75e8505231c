//! The lints that follow the paths through a procedure: W0802 (a division whose divisor
//! can be 0 where it runs), W0806 (`Main` returns on a path that never assigns
//! `Result`) and W0807 (statements no path reaches).
//!
//! One forward walk over the structured tree per procedure carries a [`State`]: whether
//! the point is reachable, whether `Result` is assigned on every path to it, and the
//! expressions known to be nonzero there (from the conditions of the `If`, `Select
//! Case`, `Do`/`While` and `For` that lead to it, and from assignments of nonzero
//! constants). Branches meet by intersection; a loop's body starts without the facts
//! about what it assigns; `GoTo`s forward carry their state to their label, and a label
//! that other jumps reach (backward `GoTo`, `GoSub`, `Resume`, `On Error`) starts with
//! no facts. The walk is linear in the size of the procedure.
//!
//! `IIf` evaluates both its values (MS-VBA-Docs `iif-function.md`: "IIf always evaluates
//! both truepart and falsepart, even though it returns only one of them"), so its
//! condition guards nothing; and VBA's `And`/`Or` evaluate both sides, so `If b <> 0 And
//! a / b > 1` divides by 0 too.

use super::{Cx, Host, number_value, target_name};
use crate::base::Var;
use crate::bind::Symbol;
use crate::diagnostic::{Diagnostic, Span};
use crate::syntax::ast::{
    self, BinOp, CaseItem, ExitKind, Expr, ExprKind, Literal, LoopCond, OnError, Procedure,
    ResumeKind, Stmt, StmtKind, UnOp,
};
use std::collections::{HashMap, HashSet};

pub(super) fn lint(cx: &Cx, out: &mut Vec<Diagnostic>) {
    let effects = Effects::of(cx);
    for (i, p) in cx.module.procs.iter().enumerate() {
        let mut f = Flow::new(cx, &effects, p, cx.b.main == Some(i as u32));
        let end = f.block(&p.body, State::entry());
        f.finish(end, out);
    }
}

/// What calling each procedure may do, as far as the walk cares.
struct Effects {
    /// Assigns the host's `Result` (itself or through the procedures it calls).
    writes_result: Vec<bool>,
    /// Assigns a module-level variable.
    writes_globals: Vec<bool>,
}

impl Effects {
    fn of(cx: &Cx) -> Effects {
        let procs = &cx.module.procs;
        let mut writes_result = vec![false; procs.len()];
        let mut writes_globals = vec![false; procs.len()];
        let mut calls: Vec<Vec<usize>> = vec![Vec::new(); procs.len()];
        for (i, p) in procs.iter().enumerate() {
            ast::for_each_stmt(&p.body, &mut |s| {
                if let StmtKind::Assign { target, .. } | StmtKind::For { var: target, .. } = &s.kind
                {
                    if let Some(n) = target_name(target) {
                        writes_result[i] |= cx.host(n) == Some(Host::Result);
                        writes_globals[i] |= matches!(cx.var(n), Some((Var::Global(_), _)));
                    }
                }
                s.for_each_expr(&mut |e| {
                    e.walk(&mut |e| {
                        if let ExprKind::Call { callee, .. } = &e.kind {
                            calls[i].extend(cx.proc_of(callee));
                        }
                    })
                });
                if let StmtKind::Call { callee, .. } = &s.kind {
                    calls[i].extend(cx.proc_of(callee));
                }
            });
        }
        // What a callee does, its callers do: along the calls backwards, each once.
        let mut callers: Vec<Vec<usize>> = vec![Vec::new(); procs.len()];
        for (i, c) in calls.iter().enumerate() {
            for &callee in c {
                callers[callee].push(i);
            }
        }
        for flags in [&mut writes_result, &mut writes_globals] {
            let mut todo: Vec<usize> = (0..procs.len()).filter(|&i| flags[i]).collect();
            while let Some(c) = todo.pop() {
                for &caller in &callers[c] {
                    if !flags[caller] {
                        flags[caller] = true;
                        todo.push(caller);
                    }
                }
            }
        }
        Effects {
            writes_result,
            writes_globals,
        }
    }
}

/// The most nonzero expressions a state remembers.
const MAX_FACTS: usize = 32;

/// An expression known to be nonzero: its canonical text and the names it reads.
#[derive(Debug, Clone, PartialEq)]
struct Fact {
    key: String,
    names: Vec<String>,
}

#[derive(Debug, Clone)]
struct State {
    live: bool,
    result: bool,
    nonzero: Vec<Fact>,
}

impl State {
    fn entry() -> State {
        State {
            live: true,
            result: false,
            nonzero: Vec::new(),
        }
    }
    fn dead() -> State {
        State {
            live: false,
            result: true,
            nonzero: Vec::new(),
        }
    }
    /// Where two paths meet.
    fn merge(self, other: State) -> State {
        if !self.live {
            return other;
        }
        if !other.live {
            return self;
        }
        State {
            live: true,
            result: self.result && other.result,
            nonzero: self
                .nonzero
                .into_iter()
                .filter(|f| other.nonzero.contains(f))
                .collect(),
        }
    }
    /// Forgets what was known about `name` (it has been assigned).
    fn kill(&mut self, name: &ast::Ident) {
        if self.nonzero.is_empty() {
            return;
        }
        let name = name.key();
        self.nonzero.retain(|f| !f.names.contains(&name));
    }
    fn knows(&self, key: &str) -> bool {
        self.nonzero.iter().any(|f| f.key == key)
    }
    /// Learns that `fact` holds. At most [`MAX_FACTS`] are kept (the oldest go first),
    /// so that a state stays small however many guards a script has.
    fn add(&mut self, fact: Fact) {
        if !self.knows(&fact.key) {
            if self.nonzero.len() == MAX_FACTS {
                self.nonzero.remove(0);
            }
            self.nonzero.push(fact);
        }
    }
}

/// Canonical text of an expression whose value depends only on the variables it names
/// (names, literals, operators): `(Para2 + Para3)` → `para2+para3`. None for calls.
fn canon(e: &Expr, names: &mut Vec<String>) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Name(n) => {
            names.push(n.key());
            n.key()
        }
        ExprKind::Literal(Literal::Number(n)) => number_value(n).to_string(),
        ExprKind::Paren(x) => canon(x, names)?,
        ExprKind::Unary(op, x) => format!("{}({})", op_text_un(*op), canon(x, names)?),
        ExprKind::Binary(op, a, b) => {
            format!("({}{}{})", canon(a, names)?, op.symbol(), canon(b, names)?)
        }
        _ => return None,
    })
}

fn op_text_un(op: UnOp) -> &'static str {
    match op {
        UnOp::Neg => "-",
        UnOp::Plus => "+",
        UnOp::Not => "not ",
    }
}

fn fact(e: &Expr) -> Option<Fact> {
    let mut names = Vec::new();
    let key = canon(e, &mut names)?;
    Some(Fact { key, names })
}

/// The value of an expression made of number literals and arithmetic only (None when it
/// names anything, or divides by 0).
fn constant(e: &Expr) -> Option<f64> {
    Some(match &e.kind {
        ExprKind::Literal(Literal::Number(n)) => number_value(n),
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Plus, x) => constant(x)?,
        ExprKind::Unary(UnOp::Neg, x) => -constant(x)?,
        ExprKind::Binary(op, a, b) => {
            let (a, b) = (constant(a)?, constant(b)?);
            // `\` and `Mod` round their operands to integers first (half to even).
            let (ia, ib) = (a.round_ties_even(), b.round_ties_even());
            match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::Pow => a.powf(b),
                BinOp::Div if b != 0.0 => a / b,
                BinOp::IntDiv if ib != 0.0 => (ia / ib).trunc(),
                BinOp::Mod if ib != 0.0 => ia % ib,
                _ => return None,
            }
        }
        _ => return None,
    })
    .filter(|v| v.is_finite())
}

/// The expressions that are nonzero when `cond` has the truth value `holds`.
fn facts_of(cond: &Expr, holds: bool, into: &mut Vec<Fact>) {
    match &cond.kind {
        ExprKind::Paren(x) => facts_of(x, holds, into),
        ExprKind::Unary(UnOp::Not, x) => facts_of(x, !holds, into),
        ExprKind::Binary(BinOp::And, a, b) if holds => {
            facts_of(a, true, into);
            facts_of(b, true, into);
        }
        ExprKind::Binary(BinOp::Or, a, b) if !holds => {
            facts_of(a, false, into);
            facts_of(b, false, into);
        }
        ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Gt), a, b) => {
            // `x <> 0`, `x > 0`, `x < 0` hold, or `x = 0` fails (either side).
            let zero = |e: &Expr| constant(e) == Some(0.0);
            let (x, op) = if zero(b) {
                (a, *op)
            } else if zero(a) {
                let flipped = match op {
                    BinOp::Lt => BinOp::Gt,
                    BinOp::Gt => BinOp::Lt,
                    o => *o,
                };
                (b, flipped)
            } else {
                return;
            };
            let nonzero = match op {
                BinOp::Eq => !holds,
                _ => holds,
            };
            if nonzero {
                into.extend(fact(x));
            }
        }
        // `If x Then`: x is nonzero.
        ExprKind::Name(_) if holds => into.extend(fact(cond)),
        _ => {}
    }
}

/// A label's references: whether some reach it other than by a forward `GoTo`.
struct Labels {
    /// Label key → where it stands.
    at: HashMap<String, usize>,
    /// Labels reached by a backward `GoTo`, a `GoSub`, a `Resume` or `On Error`.
    other: HashSet<String>,
}

impl Labels {
    fn of(p: &Procedure) -> Labels {
        let mut at = HashMap::new();
        ast::for_each_stmt(&p.body, &mut |s| {
            if let StmtKind::Label(l) = &s.kind {
                at.entry(l.key.clone()).or_insert(s.span.start);
            }
        });
        let mut other = HashSet::new();
        ast::for_each_stmt(&p.body, &mut |s| match &s.kind {
            StmtKind::GoTo(l) if at.get(&l.key).is_some_and(|&a| a < s.span.start) => {
                other.insert(l.key.clone());
            }
            StmtKind::GoSub(l)
            | StmtKind::OnError(OnError::GoTo(l))
            | StmtKind::Resume(ResumeKind::Label(l)) => {
                other.insert(l.key.clone());
            }
            _ => {}
        });
        Labels { at, other }
    }
}

struct Flow<'a> {
    cx: &'a Cx<'a>,
    effects: &'a Effects,
    proc: &'a Procedure,
    is_main: bool,
    labels: Labels,
    /// States carried by forward `GoTo`s to their label.
    pending: HashMap<String, State>,
    /// The `Exit For`/`Exit Do` states of each enclosing loop, merged.
    loop_exits: Vec<State>,
    /// The `Exit Sub`s and `End`s reached with `Result` unassigned.
    open_exits: Vec<Span>,
    /// The procedure handles its errors: a division by 0 does not stop the import.
    handles_errors: bool,
    diags: Vec<Diagnostic>,
}

impl<'a> Flow<'a> {
    fn new(cx: &'a Cx<'a>, effects: &'a Effects, proc: &'a Procedure, is_main: bool) -> Self {
        let mut handles_errors = false;
        ast::for_each_stmt(&proc.body, &mut |s| {
            if let StmtKind::OnError(OnError::GoTo(_) | OnError::ResumeNext) = &s.kind {
                handles_errors = true;
            }
        });
        Flow {
            cx,
            effects,
            proc,
            is_main,
            labels: Labels::of(proc),
            pending: HashMap::new(),
            loop_exits: Vec::new(),
            open_exits: Vec::new(),
            handles_errors,
            diags: Vec::new(),
        }
    }

    fn block(&mut self, body: &'a [Stmt], mut st: State) -> State {
        let mut dead: Option<Span> = None;
        for s in body {
            let is_label = matches!(s.kind, StmtKind::Label(_));
            if !st.live && !is_label && !holds_label(s) {
                if !matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }) {
                    dead = Some(dead.map_or(s.span, |d| d.to(s.span)));
                }
                continue;
            }
            if st.live || is_label {
                self.unreachable(dead.take());
            }
            st = self.stmt(s, st);
        }
        self.unreachable(dead);
        st
    }

    fn unreachable(&mut self, span: Option<Span>) {
        if let Some(span) = span {
            self.diags.push(
                Diagnostic::warning("W0807", "unreachable code", span)
                    .with_label("no path reaches this")
                    .with_help(
                        "remove it, or move the `Exit`, `GoTo` or `End` before it that it follows",
                    )
                    .with_fix(
                        "remove the unreachable code",
                        vec![(super::whole_lines(self.cx.text, span), String::new())],
                    ),
            );
        }
    }

    fn stmt(&mut self, s: &'a Stmt, mut st: State) -> State {
        match &s.kind {
            StmtKind::Assign { target, value } => {
                self.exprs(s, &mut st);
                if let Some(n) = target_name(target) {
                    st.kill(n);
                    if self.cx.host(n) == Some(Host::Result) {
                        st.result = true;
                    }
                    if matches!(target.kind, ExprKind::Name(_))
                        && constant(value).is_some_and(|v| v != 0.0)
                    {
                        st.add(Fact {
                            key: n.key(),
                            names: vec![n.key()],
                        });
                    }
                }
                st
            }
            StmtKind::If { arms, else_body } => {
                let mut outs = State::dead();
                let mut rest = st;
                for (cond, body) in arms {
                    self.check(cond, &rest);
                    self.calls_in(cond, &mut rest);
                    let mut then = rest.clone();
                    let mut yes = Vec::new();
                    facts_of(cond, true, &mut yes);
                    yes.into_iter().for_each(|f| then.add(f));
                    outs = outs.merge(self.block(body, then));
                    let mut no = Vec::new();
                    facts_of(cond, false, &mut no);
                    no.into_iter().for_each(|f| rest.add(f));
                }
                let last = match else_body {
                    Some(b) => self.block(b, rest),
                    None => rest,
                };
                outs.merge(last)
            }
            StmtKind::Select {
                subject,
                arms,
                else_body,
            } => {
                self.exprs(s, &mut st);
                let subject_fact = fact(subject);
                let mut outs = State::dead();
                let mut zero_taken = false;
                for arm in arms {
                    let mut inner = st.clone();
                    let excludes_zero = arm.items.iter().all(excludes_zero);
                    zero_taken |= arm
                        .items
                        .iter()
                        .any(|i| matches!(i, CaseItem::Value(e) if constant(e) == Some(0.0)));
                    if let (true, Some(f)) = (excludes_zero, subject_fact.clone()) {
                        inner.add(f);
                    }
                    outs = outs.merge(self.block(&arm.body, inner));
                }
                let mut rest = st;
                if let (true, Some(f)) = (zero_taken, subject_fact) {
                    rest.add(f);
                }
                let last = match else_body {
                    Some(b) => self.block(b, rest),
                    None => rest,
                };
                outs.merge(last)
            }
            StmtKind::For {
                var,
                from,
                to,
                step,
                body,
            } => {
                self.exprs(s, &mut st);
                let mut entry = self.loop_entry(body, st.clone());
                if let Some(n) = target_name(var) {
                    entry.kill(n);
                    let c = n.key();
                    let (a, b) = (constant(from), constant(to));
                    if let (Some(a), Some(b)) = (a, b) {
                        if (a > 0.0 && b > 0.0) || (a < 0.0 && b < 0.0) {
                            entry.add(Fact {
                                key: c.clone(),
                                names: vec![c.clone()],
                            });
                        }
                    }
                }
                // Constant bounds in order with no step: the body runs at least once.
                let once = step.is_none()
                    && matches!((constant(from), constant(to)), (Some(a), Some(b)) if a <= b);
                self.run_loop(body, entry, if once { None } else { Some(st) })
            }
            StmtKind::ForEach { body, .. } => {
                self.exprs(s, &mut st);
                let entry = self.loop_entry(body, st.clone());
                self.run_loop(body, entry, Some(st))
            }
            StmtKind::While { cond, body } => self.pre_test(cond, LoopCond::While, body, st),
            StmtKind::Do { pre, post, body } => match (pre, post) {
                (Some((kind, cond)), _) => self.pre_test(cond, *kind, body, st),
                (None, Some(_)) => {
                    let entry = self.loop_entry(body, st);
                    self.loop_exits.push(State::dead());
                    let mut end = self.block(body, entry);
                    self.exprs(s, &mut end);
                    let exits = self.loop_exits.pop().unwrap_or_else(State::dead);
                    end.merge(exits)
                }
                (None, None) => {
                    // `Do … Loop` with no condition leaves only by `Exit Do`.
                    let entry = self.loop_entry(body, st);
                    self.loop_exits.push(State::dead());
                    self.block(body, entry);
                    self.loop_exits.pop().unwrap_or_else(State::dead)
                }
            },
            StmtKind::Exit(ExitKind::For | ExitKind::Do) => {
                if let Some(l) = self.loop_exits.last_mut() {
                    *l = std::mem::replace(l, State::dead()).merge(st);
                }
                State::dead()
            }
            StmtKind::Exit(ExitKind::Sub | ExitKind::Function) | StmtKind::End | StmtKind::Stop => {
                if st.live && !st.result {
                    self.open_exits.push(s.span);
                }
                State::dead()
            }
            StmtKind::GoTo(l) => {
                if !self.labels.other.contains(&l.key) && self.labels.at.contains_key(&l.key) {
                    let prev = self.pending.remove(&l.key).unwrap_or_else(State::dead);
                    self.pending.insert(l.key.clone(), prev.merge(st));
                }
                State::dead()
            }
            StmtKind::Return | StmtKind::Resume(_) => State::dead(),
            StmtKind::Label(l) => {
                let jumped = self.pending.remove(&l.key).unwrap_or_else(State::dead);
                let mut st = st.merge(jumped);
                if self.labels.other.contains(&l.key) {
                    // Reached from anywhere: nothing is known there.
                    st = State {
                        live: true,
                        result: st.live && st.result,
                        nonzero: Vec::new(),
                    };
                }
                st
            }
            _ => {
                self.exprs(s, &mut st);
                st
            }
        }
    }

    /// Checks every expression written in `s` and applies the effects of its calls.
    fn exprs(&mut self, s: &'a Stmt, st: &mut State) {
        let mut all = Vec::new();
        s.for_each_expr(&mut |e| all.push(e));
        for e in &all {
            self.check(e, st);
        }
        for e in all {
            self.calls_in(e, st);
        }
        if let StmtKind::Call { callee, args, .. } = &s.kind {
            self.call_effects(callee, args, st);
        }
    }

    /// The effects of the calls of the module's procedures inside `e`.
    fn calls_in(&mut self, e: &'a Expr, st: &mut State) {
        e.walk(&mut |x| {
            if let ExprKind::Call { callee, args } = &x.kind {
                self.call_effects(callee, args, st);
            }
        });
    }

    fn call_effects(&self, callee: &Expr, args: &[Option<Expr>], st: &mut State) {
        let Some(i) = self.cx.proc_of(callee) else {
            return;
        };
        if self.effects.writes_result.get(i) == Some(&true) {
            st.result = true;
        }
        if self.effects.writes_globals.get(i) == Some(&true) {
            st.nonzero.clear();
        }
        // ByRef arguments may come back changed.
        for a in args.iter().flatten() {
            if let ExprKind::Name(n) = &a.kind {
                st.kill(n);
            }
        }
    }

    /// A loop body starts without the facts about what it assigns (a later iteration
    /// sees them changed).
    fn loop_entry(&self, body: &[Stmt], mut st: State) -> State {
        ast::for_each_stmt(body, &mut |s| match &s.kind {
            StmtKind::Assign { target, .. } | StmtKind::For { var: target, .. } => {
                if let Some(n) = target_name(target) {
                    st.kill(n);
                }
            }
            _ => {}
        });
        st
    }

    /// Runs a loop body; `skip` is the state when the body may run zero times.
    fn run_loop(&mut self, body: &'a [Stmt], entry: State, skip: Option<State>) -> State {
        self.loop_exits.push(State::dead());
        let end = self.block(body, entry);
        let exits = self.loop_exits.pop().unwrap_or_else(State::dead);
        let mut after = end.merge(exits);
        if let Some(skip) = skip {
            // After the loop, the loop's assignments may or may not have happened.
            let skip = self.loop_entry(body, skip);
            after = after.merge(skip);
        }
        after
    }

    fn pre_test(&mut self, cond: &'a Expr, kind: LoopCond, body: &'a [Stmt], st: State) -> State {
        self.check(cond, &st);
        let mut entry = self.loop_entry(body, st.clone());
        let mut yes = Vec::new();
        facts_of(cond, kind == LoopCond::While, &mut yes);
        yes.into_iter().for_each(|f| entry.add(f));
        self.run_loop(body, entry, Some(st))
    }

    /// W0802 for every division in `e` whose divisor can be 0 in state `st`.
    fn check(&mut self, e: &Expr, st: &State) {
        if !st.live || self.handles_errors {
            return;
        }
        self.check_in(e, st, None);
    }

    fn check_in(&mut self, e: &Expr, st: &State, iif: Option<Span>) {
        match &e.kind {
            ExprKind::Binary(op @ (BinOp::Div | BinOp::IntDiv | BinOp::Mod), a, b) => {
                self.check_in(a, st, iif);
                self.check_in(b, st, iif);
                if !self.safe_divisor(b, *op, st) {
                    self.division(e, b, iif);
                }
            }
            ExprKind::Call { callee, args } => {
                self.check_in(callee, st, iif);
                let is_iif = self.cx.builtin_of(callee) == Some("IIf");
                for a in args.iter().flatten() {
                    self.check_in(a, st, if is_iif { Some(e.span) } else { iif });
                }
            }
            ExprKind::Member { object, .. } => self.check_in(object, st, iif),
            ExprKind::Unary(_, x) | ExprKind::Paren(x) => self.check_in(x, st, iif),
            ExprKind::Named { value, .. } => self.check_in(value, st, iif),
            ExprKind::Binary(_, a, b) => {
                self.check_in(a, st, iif);
                self.check_in(b, st, iif);
            }
            ExprKind::Literal(_) | ExprKind::Name(_) | ExprKind::Error => {}
        }
    }

    /// [`constant`], and built-in conversions and functions of one constant
    /// (`CLng(3)`, `Log(10)`).
    fn folded(&self, e: &Expr) -> Option<f64> {
        if let ExprKind::Call { callee, args } = &e.kind {
            let [Some(arg)] = args.as_slice() else {
                return None;
            };
            let v = self.folded(arg)?;
            let r = match self.cx.builtin_of(callee)? {
                "CInt" | "CLng" | "CByte" => v.round_ties_even(),
                "CDbl" | "CSng" | "CCur" | "CVar" | "Val" => v,
                "Abs" => v.abs(),
                "Int" => v.floor(),
                "Fix" => v.trunc(),
                "Sqr" => v.sqrt(),
                "Exp" => v.exp(),
                "Log" => v.ln(),
                "Sin" => v.sin(),
                "Cos" => v.cos(),
                "Tan" => v.tan(),
                "Atn" => v.atan(),
                _ => return None,
            };
            return r.is_finite().then_some(r);
        }
        if let ExprKind::Paren(x) = &e.kind {
            return self.folded(x);
        }
        constant(e)
    }

    fn safe_divisor(&self, d: &Expr, op: BinOp, st: &State) -> bool {
        // `x / Null` is Null, not an error.
        if matches!(d.kind, ExprKind::Literal(Literal::Null)) {
            return true;
        }
        if let Some(v) = self.folded(d) {
            // `\` and `Mod` round the divisor to an integer first (half to even).
            return match op {
                BinOp::Div => v != 0.0,
                _ => v.abs() > 0.5,
            };
        }
        if let ExprKind::Name(n) = &d.kind {
            if matches!(
                self.cx.b.get(n),
                Some(Symbol::Const(_) | Symbol::Constant(_))
            ) {
                return true;
            }
        }
        fact(d).is_some_and(|f| st.knows(&f.key))
    }

    fn division(&mut self, e: &Expr, divisor: &Expr, iif: Option<Span>) {
        // A long divisor is not quoted (in the message nor in the help).
        let written = self
            .cx
            .text
            .get(divisor.span.start..divisor.span.end)
            .filter(|w| w.len() <= 40);
        let what = written.map_or("this divisor".to_string(), |w| format!("`{w}`"));
        let mut d = Diagnostic::warning(
            "W0802",
            format!("division by {what}, which can be 0 here"),
            e.span,
        )
        .with_label("error 11 (Division by zero) stops the import when it is 0");
        let rounds_to_zero = self.folded(divisor).is_some();
        d = match iif {
            _ if rounds_to_zero => d.with_help(
                "`\\` and `Mod` round their divisor to a whole number first (half to even): this one is 0",
            ),
            Some(span) => d
                .with_note(span, "`IIf` evaluates both of its values, whatever the condition")
                .with_help("use `If … Then … Else` so that the division runs only when the divisor is not 0"),
            None => {
                let w = written.unwrap_or("divisor");
                d.with_help(format!(
                    "guard it: `If {w} = 0 Then Result = 0 Else …`, or `If {w} <> 0 Then …`"
                ))
            }
        };
        self.diags.push(d);
    }

    fn finish(mut self, end: State, out: &mut Vec<Diagnostic>) {
        out.append(&mut self.diags);
        if !self.is_main {
            return;
        }
        if end.live && !end.result {
            self.open_exits.push(self.proc.end_span);
        }
        let Some(&first) = self.open_exits.first() else {
            return;
        };
        // (Main assigning `Result` itself is among them.)
        let never = !self.effects.writes_result.iter().any(|w| *w);
        let message = if never {
            "`Main` never assigns `Result`: every interval stores 0"
        } else {
            "`Result` is not assigned on every path through `Main`"
        };
        let first_stmt = self
            .proc
            .body
            .iter()
            .find(|s| !matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }));
        let mut d = Diagnostic::warning("W0806", message, self.proc.span)
            .with_label("the host stores `Result` after `Main` returns")
            .with_note(first, "this way out leaves `Result` Empty: the import stores 0")
            .with_help("assign `Result` on every path, e.g. `Result = 0` at the start of `Main`, so a 0 is stored on purpose");
        let at = first_stmt.map_or(self.proc.end_span.start, |s| s.span.start);
        let (start, indent) = super::line_start_and_indent(self.cx.text, at);
        if start >= self.proc.span.end {
            let indent = if first_stmt.is_some() { indent } else { "  " };
            d = d.with_fix(
                "assign `Result = 0` at the start of `Main`",
                vec![(
                    Span::new(start, start),
                    format!("{indent}Result = 0{}", self.cx.eol()),
                )],
            );
        }
        out.push(d);
    }
}

/// Whether a statement has a label inside (a `GoTo` may reach it when the statement
/// itself is not reached).
fn holds_label(s: &Stmt) -> bool {
    let mut found = false;
    ast::for_each_stmt(std::slice::from_ref(s), &mut |x| {
        found |= matches!(x.kind, StmtKind::Label(_));
    });
    found
}

/// Whether a `Case` item can never match 0.
fn excludes_zero(item: &CaseItem) -> bool {
    match item {
        CaseItem::Value(e) => constant(e).is_some_and(|v| v != 0.0),
        CaseItem::Range(a, b) => match (constant(a), constant(b)) {
            (Some(a), Some(b)) => (a > 0.0 && b > 0.0) || (a < 0.0 && b < 0.0),
            _ => false,
        },
        CaseItem::Is(op, e) => match (op, constant(e)) {
            (BinOp::Ne, Some(v)) => v == 0.0,
            (BinOp::Gt | BinOp::Ge, Some(v)) => v > 0.0 || (*op == BinOp::Gt && v == 0.0),
            (BinOp::Lt | BinOp::Le, Some(v)) => v < 0.0 || (*op == BinOp::Lt && v == 0.0),
            (BinOp::Eq, Some(v)) => v != 0.0,
            _ => false,
        },
    }
}
