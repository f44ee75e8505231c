//! Static checks on a built module, the errors VBA reports before running anything:
//! undeclared names under `Option Explicit`, duplicate declarations in one scope,
//! undefined or duplicate labels, `Exit` outside its block, wrong argument counts to
//! procedures of the file and to built-ins, and members that do not exist.

use super::ast::*;
use crate::diagnostic::{Diagnostic, Span, did_you_mean};
use crate::signatures::{self as builtins, arity_text};
use std::collections::{HashMap, HashSet};

/// Whether `key` (case-folded) is one of the host's predefined names (spec §1.1).
pub fn is_host_name(key: &str) -> bool {
    matches!(key, "weekday" | "minutes" | "result")
        || key.strip_prefix("para").is_some_and(|n| {
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0')
        })
}

/// Members of the `Err` object: name, and for methods the argument range.
fn err_member(key: &str) -> Option<Option<(usize, usize)>> {
    match key {
        "number" | "description" | "source" => Some(None),
        "raise" => Some(Some((1, 5))),
        "clear" => Some(Some((0, 0))),
        _ => None,
    }
}

/// Declared names: key → (span, kind, spelling).
type Scope = HashMap<String, (Span, Kind, String)>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Var,
    Const,
}

struct Checker<'m> {
    diags: Vec<Diagnostic>,
    explicit: bool,
    module_vars: Scope,
    procs: HashMap<String, &'m Procedure>,
}

struct ProcScope<'m> {
    /// None for module-level declarations.
    proc: Option<&'m Procedure>,
    locals: Scope,
    /// Key → (span, spelling).
    labels: HashMap<String, (Span, String)>,
    reported: HashSet<String>,
    loops: Vec<ExitKind>,
}

impl<'m> ProcScope<'m> {
    fn new(proc: Option<&'m Procedure>) -> Self {
        ProcScope {
            proc,
            locals: HashMap::new(),
            labels: HashMap::new(),
            reported: HashSet::new(),
            loops: Vec::new(),
        }
    }
    /// The case-folded name of the procedure (empty at module level).
    fn proc_key(&self) -> String {
        self.proc.map(|p| p.name.key()).unwrap_or_default()
    }
    fn proc_name(&self) -> String {
        self.proc.map(|p| p.name.written()).unwrap_or_default()
    }
    fn proc_kind(&self) -> Option<ProcKind> {
        self.proc.map(|p| p.kind)
    }
}

/// Runs every static check; diagnostics come out in no particular order.
pub fn check(module: &Module) -> Vec<Diagnostic> {
    let mut c = Checker {
        diags: Vec::new(),
        explicit: module.option_explicit.is_some(),
        module_vars: HashMap::new(),
        procs: HashMap::new(),
    };
    let mut module_scope = HashMap::new();
    for d in &module.decls {
        c.declare_stmt(d, &mut module_scope);
    }
    c.module_vars = module_scope;
    for p in &module.procs {
        let key = p.name.key();
        if let Some(prev) = c.procs.get(&key) {
            c.diags
                .push(duplicate(&p.name, prev.name.span, "procedure"));
            continue;
        }
        if let Some((prev, _, _)) = c.module_vars.get(&key) {
            c.diags.push(duplicate(&p.name, *prev, "name"));
        }
        c.procs.insert(key, p);
    }
    for d in &module.decls {
        c.walk_module_decl(d);
    }
    for p in &module.procs {
        c.check_proc(p);
    }
    c.diags
}

fn duplicate(name: &Ident, prev: Span, what: &str) -> Diagnostic {
    Diagnostic::error(
        "E0401",
        format!("`{}` is declared twice", name.written()),
        name.span,
    )
    .with_label(format!("this {what} is already declared"))
    .with_note(prev, "first declared here")
    .with_help("remove one of the declarations or rename one")
}

impl<'m> Checker<'m> {
    fn declare(&mut self, name: &Ident, kind: Kind, scope: &mut Scope) {
        let key = name.key();
        if let Some((prev, _, _)) = scope.get(&key) {
            self.diags.push(duplicate(name, *prev, "name"));
            return;
        }
        scope.insert(key, (name.span, kind, name.written()));
    }

    fn declare_stmt(&mut self, s: &Stmt, scope: &mut Scope) {
        match &s.kind {
            StmtKind::Dim { vars, .. } => {
                for v in vars {
                    self.declare(&v.name, Kind::Var, scope);
                }
            }
            StmtKind::Const { items } => {
                for i in items {
                    self.declare(&i.name, Kind::Const, scope);
                }
            }
            _ => {}
        }
    }

    fn walk_module_decl(&mut self, s: &Stmt) {
        let mut scope = ProcScope::new(None);
        self.decl_exprs(s, &mut scope);
    }

    fn decl_exprs(&mut self, s: &Stmt, scope: &mut ProcScope<'m>) {
        match &s.kind {
            StmtKind::Dim { vars, .. } | StmtKind::ReDim { vars, .. } => {
                for v in vars {
                    for b in v.dims.iter().flatten() {
                        if let Some(l) = &b.lower {
                            self.expr(l, scope);
                        }
                        self.expr(&b.upper, scope);
                    }
                }
            }
            StmtKind::Const { items } => {
                for i in items {
                    self.expr(&i.value, scope);
                }
            }
            _ => {}
        }
    }

    fn check_proc(&mut self, p: &'m Procedure) {
        let mut scope = ProcScope::new(Some(p));
        let mut locals = HashMap::new();
        for prm in &p.params {
            self.declare(&prm.name, Kind::Var, &mut locals);
        }
        let mut seen_optional = false;
        for prm in &p.params {
            if prm.optional {
                seen_optional = true;
            } else if seen_optional {
                self.diags.push(
                    Diagnostic::error(
                        "E0407",
                        format!("parameter `{}` must be Optional", prm.name.written()),
                        prm.span,
                    )
                    .with_label("a required parameter after an Optional one")
                    .with_help("put required parameters first"),
                );
            }
        }
        collect_decls(&p.body, &mut |s| self.declare_stmt(s, &mut locals));
        scope.locals = locals;
        let mut labels = HashMap::new();
        collect_labels(&p.body, &mut |l: &LabelRef| {
            if let Some((prev, _)) = labels.get(&l.key) {
                self.diags.push(
                    Diagnostic::error(
                        "E0404",
                        format!("label `{}` is defined twice", l.name),
                        l.span,
                    )
                    .with_label("second definition")
                    .with_note(*prev, "first defined here"),
                );
            } else {
                labels.insert(l.key.clone(), (l.span, l.name.clone()));
            }
        });
        scope.labels = labels;
        for prm in &p.params {
            if let Some(d) = &prm.default {
                self.expr(d, &mut scope);
            }
        }
        self.block(&p.body, &mut scope);
    }

    fn block(&mut self, body: &[Stmt], sc: &mut ProcScope<'m>) {
        for s in body {
            self.stmt(s, sc);
        }
    }

    fn label_ref(&mut self, l: &LabelRef, sc: &ProcScope<'_>) {
        if !sc.labels.contains_key(&l.key) {
            let help = match did_you_mean(&l.key, sc.labels.values().map(|(_, n)| n.as_str())) {
                Some(s) => format!("did you mean `{s}`?"),
                None => {
                    "a jump target is a line `Name:` or a line number in the same procedure".into()
                }
            };
            self.diags.push(
                Diagnostic::error(
                    "E0405",
                    format!("label `{}` is not defined", l.name),
                    l.span,
                )
                .with_label(format!("no such label in `{}`", sc.proc_name()))
                .with_help(help),
            );
        }
    }

    fn stmt(&mut self, s: &Stmt, sc: &mut ProcScope<'m>) {
        match &s.kind {
            StmtKind::Dim { .. } | StmtKind::Const { .. } => self.decl_exprs(s, sc),
            StmtKind::ReDim { vars, .. } => {
                for v in vars {
                    // ReDim declares a dynamic array if the name is new.
                    let key = v.name.key();
                    if !self.is_known(&key, sc) {
                        sc.locals
                            .insert(key, (v.name.span, Kind::Var, v.name.written()));
                    }
                }
                self.decl_exprs(s, sc);
            }
            StmtKind::Erase(names) => {
                for n in names {
                    self.name_use(n, sc);
                }
            }
            StmtKind::Assign { target, value } => {
                self.target(target, sc);
                self.expr(value, sc);
            }
            StmtKind::Call { callee, args, .. } => self.call(callee, args, s.span, true, sc),
            StmtKind::If { arms, else_body } => {
                for (c, b) in arms {
                    self.expr(c, sc);
                    self.block(b, sc);
                }
                if let Some(b) = else_body {
                    self.block(b, sc);
                }
            }
            StmtKind::Select {
                subject,
                arms,
                else_body,
            } => {
                self.expr(subject, sc);
                for a in arms {
                    for it in &a.items {
                        match it {
                            CaseItem::Value(e) | CaseItem::Is(_, e) => self.expr(e, sc),
                            CaseItem::Range(a, b) => {
                                self.expr(a, sc);
                                self.expr(b, sc);
                            }
                        }
                    }
                    self.block(&a.body, sc);
                }
                if let Some(b) = else_body {
                    self.block(b, sc);
                }
            }
            StmtKind::For {
                var,
                from,
                to,
                step,
                body,
            } => {
                self.target(var, sc);
                self.expr(from, sc);
                self.expr(to, sc);
                if let Some(st) = step {
                    self.expr(st, sc);
                }
                sc.loops.push(ExitKind::For);
                self.block(body, sc);
                sc.loops.pop();
            }
            StmtKind::ForEach { var, group, body } => {
                self.target(var, sc);
                self.expr(group, sc);
                sc.loops.push(ExitKind::For);
                self.block(body, sc);
                sc.loops.pop();
            }
            StmtKind::Do { pre, post, body } => {
                if let Some((_, c)) = pre {
                    self.expr(c, sc);
                }
                sc.loops.push(ExitKind::Do);
                self.block(body, sc);
                sc.loops.pop();
                if let Some((_, c)) = post {
                    self.expr(c, sc);
                }
            }
            StmtKind::While { cond, body } => {
                self.expr(cond, sc);
                self.block(body, sc);
            }
            StmtKind::Exit(k) => self.exit(*k, s.span, sc),
            StmtKind::GoTo(l) | StmtKind::GoSub(l) => self.label_ref(l, sc),
            StmtKind::OnError(OnError::GoTo(l)) | StmtKind::Resume(ResumeKind::Label(l)) => {
                self.label_ref(l, sc)
            }
            StmtKind::Print { items, .. } => {
                for it in items {
                    if let Some(e) = &it.expr {
                        self.expr(e, sc);
                    }
                }
            }
            StmtKind::OnError(_)
            | StmtKind::Resume(_)
            | StmtKind::Return
            | StmtKind::End
            | StmtKind::Stop
            | StmtKind::Label(_) => {}
        }
    }

    fn exit(&mut self, k: ExitKind, span: Span, sc: &ProcScope<'_>) {
        let ok = match k {
            ExitKind::For | ExitKind::Do => sc.loops.contains(&k),
            ExitKind::Sub => sc.proc_kind() == Some(ProcKind::Sub),
            ExitKind::Function => sc.proc_kind() == Some(ProcKind::Function),
        };
        if ok {
            return;
        }
        let d = match k {
            ExitKind::For => Diagnostic::error("E0303", "`Exit For` outside a `For` loop", span)
                .with_label("no `For` loop is open here"),
            ExitKind::Do => Diagnostic::error("E0303", "`Exit Do` outside a `Do` loop", span)
                .with_label("no `Do` loop is open here")
                .with_help("`While … Wend` has no `Exit`; use `Do While … Loop` to leave it early"),
            ExitKind::Sub => Diagnostic::error("E0304", "`Exit Sub` inside a Function", span)
                .with_label(format!("`{}` is a Function", sc.proc_name()))
                .with_help("write `Exit Function`"),
            ExitKind::Function => Diagnostic::error("E0304", "`Exit Function` inside a Sub", span)
                .with_label(format!("`{}` is a Sub", sc.proc_name()))
                .with_help("write `Exit Sub`"),
        };
        self.diags.push(d);
    }

    /// A name that resolves to a variable or constant (local, module or host).
    fn variable(&self, key: &str, sc: &ProcScope<'_>) -> Option<Kind> {
        if let Some((_, k, _)) = sc.locals.get(key) {
            return Some(*k);
        }
        if let Some((_, k, _)) = self.module_vars.get(key) {
            return Some(*k);
        }
        is_host_name(key).then_some(Kind::Var)
    }

    /// A declared name close to a misspelt one.
    fn suggest_variable(&self, key: &str, sc: &ProcScope<'_>) -> Option<String> {
        let mut names: Vec<&str> = sc
            .locals
            .values()
            .chain(self.module_vars.values())
            .map(|(_, _, n)| n.as_str())
            .collect();
        names.extend(["Weekday", "Minutes", "Result", "Para1", "Para2", "Para3"]);
        did_you_mean(key, names).map(str::to_string)
    }

    fn is_known(&self, key: &str, sc: &ProcScope<'_>) -> bool {
        self.variable(key, sc).is_some()
            || self.procs.contains_key(key)
            || builtins::lookup(key).is_some()
            || matches!(key, "err" | "debug")
    }

    /// A name used as a value (not called).
    fn name_use(&mut self, n: &Ident, sc: &mut ProcScope<'m>) {
        let key = n.key();
        if self.variable(&key, sc).is_some() || key == sc.proc_key() {
            return;
        }
        if let Some(p) = self.procs.get(&key).copied() {
            if p.kind == ProcKind::Sub {
                self.diags.push(sub_has_no_value(n, p));
            } else {
                self.arity_user(p, 0, n.span, &[]);
            }
            return;
        }
        if let Some((_, b)) = builtins::lookup(n.written().as_str()) {
            if !b.accepts(0) {
                self.arity_builtin(b, 0, n.span);
            }
            return;
        }
        if key == "err" {
            return;
        }
        self.undeclared(n, sc);
    }

    fn undeclared(&mut self, n: &Ident, sc: &mut ProcScope<'_>) {
        let key = n.key();
        if self.explicit {
            if sc.reported.insert(key.clone()) {
                let help = match self.suggest_variable(&key, sc) {
                    Some(s) => format!(
                        "did you mean `{s}`? Otherwise add `Dim {}` (`Option Explicit` is on)",
                        n.written()
                    ),
                    None => format!(
                        "`Option Explicit` is on: add `Dim {}` before using it",
                        n.written()
                    ),
                };
                self.diags.push(
                    Diagnostic::error(
                        "E0400",
                        format!("variable `{}` is not declared", n.written()),
                        n.span,
                    )
                    .with_label("not declared")
                    .with_help(help),
                );
            }
        } else {
            // An implicit Variant local, as VBA does without Option Explicit.
            sc.locals.insert(key, (n.span, Kind::Var, n.written()));
        }
    }

    fn target(&mut self, t: &Expr, sc: &mut ProcScope<'m>) {
        match &t.kind {
            ExprKind::Name(n) => {
                let key = n.key();
                if self.variable(&key, sc) == Some(Kind::Const) {
                    self.diags.push(
                        Diagnostic::error(
                            "E0406",
                            format!("cannot assign to constant `{}`", n.written()),
                            n.span,
                        )
                        .with_label("a constant")
                        .with_help("declare it with `Dim` to change it"),
                    );
                    return;
                }
                if self.variable(&key, sc).is_some() || key == sc.proc_key() {
                    return;
                }
                if let Some(p) = self.procs.get(&key) {
                    self.diags.push(
                        Diagnostic::error("E0408", format!("cannot assign to procedure `{}`", n.written()), n.span)
                            .with_label("a procedure, not a variable")
                            .with_note(p.name.span, "defined here")
                            .with_help("a Function returns a value by assigning to its name inside its own body"),
                    );
                    return;
                }
                self.undeclared(n, sc);
            }
            ExprKind::Call { callee, args } => {
                if let ExprKind::Name(n) = &callee.kind {
                    let key = n.key();
                    if self.variable(&key, sc).is_none() {
                        self.undeclared(n, sc);
                    }
                } else {
                    self.expr(callee, sc);
                }
                for a in args.iter().flatten() {
                    self.expr(a, sc);
                }
            }
            ExprKind::Member { object, member } => self.member(object, member, None, sc),
            _ => self.diags.push(
                Diagnostic::error("E0205", "cannot assign to this expression", t.span)
                    .with_label("not a variable")
                    .with_help(
                        "the left of `=` in an assignment is a variable or an array element",
                    ),
            ),
        }
    }

    fn member(
        &mut self,
        object: &Expr,
        member: &Ident,
        args: Option<(usize, Span)>,
        sc: &mut ProcScope<'m>,
    ) {
        let is_err = matches!(&object.kind, ExprKind::Name(n) if n.key() == "err" && self.variable("err", sc).is_none());
        if !is_err {
            self.expr(object, sc);
            self.diags.push(
                Diagnostic::error("E0402", format!("`.{}`: only `Err` has members", member.written()), member.span)
                    .with_label("no such member")
                    .with_help("scripts have no objects; `Err.Number`, `Err.Description`, `Err.Raise` and `Err.Clear` exist"),
            );
            return;
        }
        match err_member(&member.key()) {
            None => self.diags.push(
                Diagnostic::error(
                    "E0402",
                    format!("`Err` has no member `{}`", member.written()),
                    member.span,
                )
                .with_label("unknown member")
                .with_help("`Err` has Number, Description, Source, Raise and Clear"),
            ),
            Some(Some((min, max))) => {
                if let Some((n, span)) = args {
                    if n < min || n > max {
                        self.diags.push(
                            Diagnostic::error(
                                "E0501",
                                format!(
                                    "`Err.{}` takes {} but {n} {} given",
                                    member.written(),
                                    arity_text(min, Some(max)),
                                    were(n)
                                ),
                                span,
                            )
                            .with_label("wrong number of arguments"),
                        );
                    }
                }
            }
            Some(None) => {}
        }
    }

    fn call(
        &mut self,
        callee: &Expr,
        args: &[Arg],
        span: Span,
        statement: bool,
        sc: &mut ProcScope<'m>,
    ) {
        for a in args.iter().flatten() {
            self.expr(a, sc);
        }
        match &callee.kind {
            ExprKind::Name(n) => {
                let key = n.key();
                // `Weekday(d)` is the built-in even though `Weekday` is also a host variable.
                let weekday_function = key == "weekday" && !args.is_empty();
                if !weekday_function && self.variable(&key, sc).is_some() {
                    if statement {
                        self.diags.push(
                            Diagnostic::error(
                                "E0504",
                                format!("`{}` is a variable, not a procedure", n.written()),
                                n.span,
                            )
                            .with_label("called here")
                            .with_help("assign to it with `=`, or call a Sub"),
                        );
                    }
                    return;
                }
                if let Some(p) = self.procs.get(&key).copied() {
                    if !statement && p.kind == ProcKind::Sub {
                        self.diags.push(sub_has_no_value(n, p));
                    }
                    self.arity_user(p, args.len(), span, args);
                    return;
                }
                if let Some((_, b)) = builtins::lookup(&n.written()) {
                    self.arity_builtin(b, args.len(), span);
                    return;
                }
                if key == sc.proc_key() {
                    return;
                }
                let names = self.procs.values().map(|p| p.name.name.as_str());
                let help = match did_you_mean(
                    &key,
                    names.chain(builtins::SIGNATURES.iter().map(|b| b.name)),
                ) {
                    Some(s) => format!(
                        "did you mean `{s}`? As written, the call fails with error 35 (Sub or Function not defined) when it runs"
                    ),
                    None => {
                        "calling it fails with error 35 (Sub or Function not defined) when it runs"
                            .into()
                    }
                };
                let d = Diagnostic::warning(
                    "W0500",
                    format!("no Sub or Function named `{}`", n.written()),
                    n.span,
                )
                .with_label("not defined in this file")
                .with_help(help);
                if self.explicit {
                    if sc.reported.insert(key) {
                        self.diags.push(d);
                    }
                } else {
                    self.diags.push(d);
                }
            }
            ExprKind::Member { object, member } => {
                self.member(object, member, Some((args.len(), span)), sc)
            }
            _ => self.expr(callee, sc),
        }
    }

    fn arity_user(&mut self, p: &Procedure, n: usize, span: Span, args: &[Arg]) {
        let required = p.params.iter().filter(|x| !x.optional).count();
        let max = p.params.len();
        if n < required || n > max {
            let text = arity_text(required, Some(max));
            self.diags.push(
                Diagnostic::error(
                    "E0500",
                    format!(
                        "`{}` takes {text} but {n} {} given",
                        p.name.written(),
                        were(n)
                    ),
                    span,
                )
                .with_label(format!(
                    "{n} {}",
                    if n == 1 { "argument" } else { "arguments" }
                ))
                .with_note(p.span, "defined here"),
            );
            return;
        }
        for (i, a) in args.iter().enumerate() {
            if a.is_none() && !p.params[i].optional {
                self.diags.push(
                    Diagnostic::error(
                        "E0502",
                        format!(
                            "argument {} of `{}` may not be left out",
                            i + 1,
                            p.name.written()
                        ),
                        span,
                    )
                    .with_label("missing argument")
                    .with_note(p.params[i].span, "this parameter is not Optional"),
                );
            }
        }
    }

    fn arity_builtin(&mut self, b: &builtins::Signature, n: usize, span: Span) {
        if !b.accepts(n) {
            self.diags.push(
                Diagnostic::error(
                    "E0501",
                    format!(
                        "`{}` takes {} but {n} {} given",
                        b.name,
                        b.arity_text(),
                        were(n)
                    ),
                    span,
                )
                .with_label("wrong number of arguments"),
            );
        }
    }

    fn expr(&mut self, e: &Expr, sc: &mut ProcScope<'m>) {
        match &e.kind {
            ExprKind::Literal(_) | ExprKind::Error => {}
            ExprKind::Name(n) => self.name_use(n, sc),
            ExprKind::Call { callee, args } => self.call(callee, args, e.span, false, sc),
            ExprKind::Member { object, member } => self.member(object, member, None, sc),
            ExprKind::Unary(_, x) | ExprKind::Paren(x) => self.expr(x, sc),
            ExprKind::Binary(_, a, b) => {
                self.expr(a, sc);
                self.expr(b, sc);
            }
        }
    }
}

fn sub_has_no_value(n: &Ident, p: &Procedure) -> Diagnostic {
    Diagnostic::error(
        "E0503",
        format!("`{}` is a Sub and has no value", n.written()),
        n.span,
    )
    .with_label("used as a value here")
    .with_note(p.name.span, "defined as a Sub here")
    .with_help("make it a Function to return a value")
}

fn were(n: usize) -> &'static str {
    if n == 1 { "was" } else { "were" }
}

/// Calls `f` on every declaration statement of a body, nested blocks included.
fn collect_decls(body: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for_each_stmt(body, &mut |s| {
        if matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }) {
            f(s)
        }
    });
}

fn collect_labels(body: &[Stmt], f: &mut dyn FnMut(&LabelRef)) {
    for_each_stmt(body, &mut |s| {
        if let StmtKind::Label(l) = &s.kind {
            f(l)
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names() {
        for n in ["para1", "para12", "weekday", "minutes", "result"] {
            assert!(is_host_name(n), "{n}");
        }
        for n in ["para", "para0", "para01", "parax", "results"] {
            assert!(!is_host_name(n), "{n}");
        }
    }
}
