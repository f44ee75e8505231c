//! The lints about variables: W0808 (assigned and never read), W0809 (declared and never
//! used) and W0810 (an implicit Variant that only ever holds numbers, which a typed
//! declaration would say and the kernel would run faster). Host variables, parameters and
//! a Function's own name are never reported: the host reads `Result` and writes the
//! inputs, and a declaration of an input the script does not use is how the connector's
//! template is written.

use super::{Cx, line_start_and_indent, target_name};
use crate::base::{TypeName, Var};
use crate::bind::Symbol;
use crate::diagnostic::{Diagnostic, Span};
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, Literal, Stmt, StmtKind, UnOp};
use std::collections::{HashMap, HashSet};

/// A variable: module-level, or a local of one procedure.
type Key = (Option<usize>, u32);

#[derive(Default)]
struct Uses<'a> {
    reads: usize,
    /// Where each write stands and the value it writes (None: a `For` header, whose
    /// values are listed separately).
    writes: Vec<(Span, Option<&'a Expr>)>,
    /// The values of the `For` headers counting with it.
    counts: Vec<&'a Expr>,
}

pub(super) fn lint(cx: &Cx, out: &mut Vec<Diagnostic>) {
    let mut uses: HashMap<Key, Uses> = HashMap::new();
    for (pi, p) in cx.module.procs.iter().enumerate() {
        let key_of = |n: &ast::Ident| -> Option<Key> {
            match cx.var(n)?.0 {
                Var::Local(l) => Some((Some(pi), l)),
                Var::Global(g) => Some((None, g)),
                Var::Ref(_) => None,
            }
        };
        let read = |e: &Expr, uses: &mut HashMap<Key, Uses>| {
            e.walk(&mut |x| {
                if let ExprKind::Name(n) = &x.kind {
                    if let Some(k) = key_of(n) {
                        uses.entry(k).or_default().reads += 1;
                    }
                }
            })
        };
        ast::for_each_stmt(&p.body, &mut |s| match &s.kind {
            StmtKind::Assign { target, value } => {
                read(value, &mut uses);
                if let ExprKind::Call { args, .. } = &target.kind {
                    args.iter().flatten().for_each(|a| read(a, &mut uses));
                }
                if let Some(k) = target_name(target).and_then(key_of) {
                    let value = matches!(target.kind, ExprKind::Name(_)).then_some(value);
                    uses.entry(k).or_default().writes.push((target.span, value));
                }
            }
            StmtKind::For {
                var,
                from,
                to,
                step,
                ..
            } => {
                for e in [Some(from), Some(to), step.as_ref()].into_iter().flatten() {
                    read(e, &mut uses);
                }
                if let Some(k) = target_name(var).and_then(key_of) {
                    let u = uses.entry(k).or_default();
                    u.reads += 1;
                    u.writes.push((var.span, None));
                    u.counts.extend([from, to]);
                    u.counts.extend(step);
                }
            }
            StmtKind::ReDim { vars, .. } | StmtKind::Dim { vars, .. } => {
                if let StmtKind::ReDim { .. } = s.kind {
                    for k in vars.iter().filter_map(|v| key_of(&v.name)) {
                        uses.entry(k).or_default().reads += 1;
                    }
                }
                s.for_each_expr(&mut |e| read(e, &mut uses));
            }
            StmtKind::Erase(names) => {
                for k in names.iter().filter_map(key_of) {
                    uses.entry(k).or_default().reads += 1;
                }
            }
            _ => s.for_each_expr(&mut |e| read(e, &mut uses)),
        });
    }
    declared(cx, &uses, out);
    implicit(cx, &uses, out);
}

/// W0808 and W0809 for the variables of `Dim` and `Static` lines.
fn declared(cx: &Cx, uses: &HashMap<Key, Uses>, out: &mut Vec<Diagnostic>) {
    let mut each = |proc: Option<usize>, s: &Stmt| {
        let StmtKind::Dim { vars, .. } = &s.kind else {
            return;
        };
        for (i, v) in vars.iter().enumerate() {
            if cx.host(&v.name).is_some() {
                continue;
            }
            let key = match cx.var(&v.name).map(|x| x.0) {
                Some(Var::Local(l)) => (proc, l),
                Some(Var::Global(g)) => (None, g),
                _ => continue,
            };
            let u = uses.get(&key);
            let written = u.and_then(|u| u.writes.first());
            if u.is_none_or(|u| u.reads == 0 && u.writes.is_empty()) {
                out.push(
                    Diagnostic::warning(
                        "W0809",
                        format!("`{}` is declared and never used", v.name.written()),
                        v.name.span,
                    )
                    .with_label("nothing reads or assigns it")
                    .with_help("remove the declaration")
                    .with_fix("remove the declaration", removal(cx, s, vars, i)),
                );
            } else if let (Some(u), Some((at, _))) = (u, written) {
                if u.reads == 0 {
                    out.push(unread(&v.name.written(), *at));
                }
            }
        }
    };
    for s in &cx.module.decls {
        each(None, s);
    }
    for (pi, p) in cx.module.procs.iter().enumerate() {
        ast::for_each_stmt(&p.body, &mut |s| each(Some(pi), s));
    }
}

fn unread(name: &str, at: Span) -> Diagnostic {
    Diagnostic::warning("W0808", format!("`{name}` is assigned and never read"), at)
        .with_label("this value is never used")
        .with_help(
            "remove the assignment, or use the variable (a misspelt name elsewhere is a new, empty variable)",
        )
}

/// The edits that remove variable `i` of a `Dim` line: the whole line when it is the
/// only one, else the variable and the comma before (or after) it.
fn removal(cx: &Cx, s: &Stmt, vars: &[ast::VarDecl], i: usize) -> Vec<(Span, String)> {
    if vars.len() == 1 {
        return vec![(super::whole_lines(cx.text, s.span), String::new())];
    }
    let span = if i + 1 < vars.len() {
        Span::new(vars[i].span.start, vars[i + 1].span.start)
    } else {
        Span::new(vars[i - 1].span.end, vars[i].span.end)
    };
    vec![(span, String::new())]
}

/// A Variant that may deserve a type: a local made by using a name without `Dim`, or a
/// scalar declared without `As` (and without a type suffix).
struct Candidate<'a> {
    key: Key,
    name: String,
    /// The `Dim` name it is declared by (None: undeclared, a local of the procedure
    /// `key.0`).
    decl: Option<&'a ast::Ident>,
}

/// W0808 for the undeclared locals never read, and W0810 for every candidate whose
/// values are all numbers.
fn implicit(cx: &Cx, uses: &HashMap<Key, Uses>, out: &mut Vec<Diagnostic>) {
    let mut candidates: Vec<Candidate> = Vec::new();
    for s in &cx.module.decls {
        for (key, n) in untyped_of(cx, None, s) {
            candidates.push(Candidate {
                key,
                name: n.written(),
                decl: Some(n),
            });
        }
    }
    for (pi, p) in cx.module.procs.iter().enumerate() {
        let Some(slots) = cx.b.procs.get(pi) else {
            continue;
        };
        let mut declared: HashSet<u32> = slots.params.iter().map(|(l, _)| *l).collect();
        declared.extend(slots.ret_slot);
        ast::for_each_stmt(&p.body, &mut |s| {
            if let StmtKind::Dim { vars, .. } | StmtKind::ReDim { vars, .. } = &s.kind {
                for v in vars {
                    if let Some((Var::Local(l), _)) = cx.var(&v.name) {
                        declared.insert(l);
                    }
                }
            }
            for (key, n) in untyped_of(cx, Some(pi), s) {
                candidates.push(Candidate {
                    key,
                    name: n.written(),
                    decl: Some(n),
                });
            }
        });
        for l in 0..slots.locals.len() as u32 {
            if !declared.contains(&l) && uses.contains_key(&(Some(pi), l)) {
                let name = slots.locals[l as usize].name.clone();
                candidates.push(Candidate {
                    key: (Some(pi), l),
                    name,
                    decl: None,
                });
            }
        }
    }
    // Numeric until shown otherwise: a fixed point over the candidates, in at most
    // MAX_ROUNDS rounds (a longer chain of copies of copies is left unreported).
    const MAX_ROUNDS: usize = 16;
    let mut numeric: HashSet<Key> = candidates.iter().map(|c| c.key).collect();
    let mut rounds = 0;
    loop {
        rounds += 1;
        if rounds > MAX_ROUNDS {
            numeric.clear();
            break;
        }
        let snapshot = numeric.clone();
        numeric.retain(|k| {
            let Some(u) = uses.get(k) else { return false };
            let proc = k.0;
            !u.writes.is_empty()
                && u.writes
                    .iter()
                    .all(|(_, v)| v.is_none_or(|e| is_numeric(cx, proc, e, &snapshot)))
                && u.counts.iter().all(|e| is_numeric(cx, proc, e, &snapshot))
        });
        if numeric.len() == snapshot.len() {
            break;
        }
    }
    for c in &candidates {
        let u = uses.get(&c.key);
        let first = u.and_then(|u| u.writes.first()).map(|(s, _)| *s);
        if c.decl.is_none() && u.is_some_and(|u| u.reads == 0) {
            if let Some(at) = first {
                out.push(unread(&c.name, at));
            }
            continue;
        }
        let (Some(u), true) = (u, numeric.contains(&c.key)) else {
            continue;
        };
        if u.reads == 0 {
            continue;
        }
        let counter_only = u.writes.iter().all(|(_, v)| v.is_none())
            && u.counts.iter().all(|e| integral_literal(e));
        let ty = if counter_only { "Long" } else { "Double" };
        let name = &c.name;
        let (message, at, label) = match c.decl {
            Some(d) => (
                format!("`{name}` is declared without a type and only ever holds numbers"),
                d.span,
                "a Variant",
            ),
            None => (
                format!("`{name}` is an implicit Variant that only ever holds numbers"),
                first.unwrap_or_default(),
                "used without a `Dim`",
            ),
        };
        let mut d = Diagnostic::warning("W0810", message, at)
            .with_label(label)
            .with_help(format!(
                "declare it `As {ty}`: the type says what it holds, and the script can run on the fast kernel"
            ));
        match c.decl {
            Some(n) => {
                d = d.with_fix(
                    format!("declare `{name} As {ty}`"),
                    vec![(Span::new(n.span.end, n.span.end), format!(" As {ty}"))],
                );
            }
            None => {
                let p = c.key.0.and_then(|i| cx.module.procs.get(i));
                let first_stmt = p.and_then(|p| p.body.iter().find(|s| s.span.start > p.span.end));
                if let (Some(p), Some(s)) = (p, first_stmt) {
                    let (start, indent) = line_start_and_indent(cx.text, s.span.start);
                    if start >= p.span.end {
                        d = d.with_fix(
                            format!("declare `Dim {name} As {ty}`"),
                            vec![(
                                Span::new(start, start),
                                format!("{indent}Dim {name} As {ty}{}", cx.eol()),
                            )],
                        );
                    }
                }
            }
        }
        out.push(d);
    }
}

/// The scalars of a `Dim` line declared without `As` or a suffix (not host variables).
fn untyped_of<'a>(cx: &Cx, proc: Option<usize>, s: &'a Stmt) -> Vec<(Key, &'a ast::Ident)> {
    let StmtKind::Dim { vars, .. } = &s.kind else {
        return Vec::new();
    };
    vars.iter()
        .filter(|v| v.ty.is_none() && v.name.suffix.is_none() && v.dims.is_none())
        .filter(|v| cx.host(&v.name).is_none())
        .filter_map(|v| match cx.var(&v.name)?.0 {
            Var::Local(l) => Some(((proc, l), &v.name)),
            Var::Global(g) => Some(((None, g), &v.name)),
            Var::Ref(_) => None,
        })
        .collect()
}

fn integral_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Literal(Literal::Number(n)) => {
            matches!(n, ast::Number::Integer(_) | ast::Number::Long(_))
        }
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Neg | UnOp::Plus, x) => integral_literal(x),
        _ => false,
    }
}

/// Built-ins that return a number for the numbers they are given.
const NUMERIC_BUILTINS: &[&str] = &[
    "Abs", "Sgn", "Int", "Fix", "Sqr", "Exp", "Log", "Sin", "Cos", "Tan", "Atn", "Round", "Rnd",
    "CInt", "CLng", "CDbl", "CByte", "Val", "Year", "Month", "Day", "Hour", "Minute", "Second",
    "Weekday", "Timer", "Len", "InStr", "InStrRev", "DateDiff", "DatePart", "LBound", "UBound",
];

/// Whether `e` always gives a number (not a String, Boolean, Date or Empty), with the
/// implicit locals of procedure `proc` in `numeric` taken as numbers.
fn is_numeric(cx: &Cx, proc: Option<usize>, e: &Expr, numeric: &HashSet<Key>) -> bool {
    match &e.kind {
        ExprKind::Literal(Literal::Number(_)) => true,
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Neg | UnOp::Plus, x) => {
            is_numeric(cx, proc, x, numeric)
        }
        ExprKind::Binary(
            BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::Div
            | BinOp::IntDiv
            | BinOp::Mod
            | BinOp::Pow,
            a,
            b,
        ) => is_numeric(cx, proc, a, numeric) && is_numeric(cx, proc, b, numeric),
        ExprKind::Name(n) => match cx.b.get(n) {
            Some(Symbol::Var { var, ty }) => match (var, ty) {
                (_, TypeName::Integer | TypeName::Long | TypeName::Double | TypeName::Byte) => true,
                (Var::Global(g), TypeName::Variant) => {
                    cx.host(n) == Some(super::Host::Input) || numeric.contains(&(None, *g))
                }
                (Var::Local(l), TypeName::Variant) => numeric.contains(&(proc, *l)),
                _ => false,
            },
            _ => false,
        },
        ExprKind::Call { callee, args } => {
            if let Some(b) = cx.builtin_of(callee) {
                return NUMERIC_BUILTINS.contains(&b)
                    && args.iter().flatten().all(|a| {
                        !matches!(a.kind, ExprKind::Literal(Literal::String(_)))
                            || b == "Val"
                            || b == "Len"
                    });
            }
            match cx.proc_of(callee).and_then(|i| cx.module.procs.get(i)) {
                Some(p) => matches!(
                    p.ret,
                    Some(TypeName::Integer | TypeName::Long | TypeName::Double | TypeName::Byte)
                ),
                None => false,
            }
        }
        _ => false,
    }
}
