//! The binding pass: walks each procedure once, in source order, declaring and
//! resolving every name it meets (see [`super`]). Declarations are hoisted as in VBA: a
//! `Dim` anywhere in a procedure declares for all of it; a name used before any
//! declaration is an implicit Variant local (an error under `Option Explicit`).

use super::{Bindings, ProcSlots, Symbol, args, decl_type, is_host_name, para_number};
use crate::base::{SlotInfo, TypeName, Var};
use crate::diagnostic::{Diagnostic, Span, did_you_mean};
use crate::signatures::{self as builtins, arity_text};
use crate::syntax::ast::*;
use std::collections::{HashMap, HashSet};

/// Members of the `Err` object: name, and for methods the argument range.
fn err_member(key: &str) -> Option<Option<(usize, usize)>> {
    match key {
        "number" | "description" | "source" | "helpfile" | "helpcontext" => Some(None),
        "raise" => Some(Some((1, 5))),
        "clear" => Some(Some((0, 0))),
        _ => None,
    }
}

/// A declared name: where, what, and its spelling (for suggestions).
#[derive(Clone)]
struct Entry {
    span: Span,
    sym: Symbol,
    written: String,
}

type Scope = HashMap<String, Entry>;

struct Binder<'m> {
    diags: Vec<Diagnostic>,
    explicit: bool,
    /// The REPL's immediate procedure (case-folded), whose new names are module-level.
    immediate: Option<&'m str>,
    module_scope: Scope,
    procs: HashMap<String, (u32, &'m Procedure)>,
    /// Host variables not declared by the script: key → global slot.
    host: HashMap<String, u32>,
    out: Bindings,
}

struct ProcScope<'m> {
    /// None for module-level declarations.
    proc: Option<(u32, &'m Procedure)>,
    locals: Scope,
    /// A Function's return variable (its own name as a value).
    ret: Option<Symbol>,
    slots: ProcSlots,
    refs: u32,
    /// Key → (span, spelling).
    labels: HashMap<String, (Span, String)>,
    reported: HashSet<String>,
    loops: Vec<ExitKind>,
}

impl<'m> ProcScope<'m> {
    fn new(proc: Option<(u32, &'m Procedure)>) -> Self {
        ProcScope {
            proc,
            locals: HashMap::new(),
            ret: None,
            slots: ProcSlots::default(),
            refs: 0,
            labels: HashMap::new(),
            reported: HashSet::new(),
            loops: Vec::new(),
        }
    }
    /// Whether `key` is the name of the procedure being walked.
    fn is_own(&self, key: &str) -> bool {
        self.proc.is_some_and(|(_, p)| p.name.key() == key)
    }
    fn proc_name(&self) -> String {
        self.proc.map(|(_, p)| p.name.written()).unwrap_or_default()
    }
    /// `Static Sub`/`Static Function`: its locals live in module-level slots.
    fn proc_is_static(&self) -> bool {
        self.proc.is_some_and(|(_, p)| p.is_static)
    }
    fn proc_kind(&self) -> Option<ProcKind> {
        self.proc.map(|(_, p)| p.kind)
    }
    /// A new local slot; its number.
    fn local(&mut self, name: String, ty: TypeName, array: bool) -> u32 {
        self.slots.locals.push(SlotInfo { name, ty, array });
        self.slots.locals.len() as u32 - 1
    }
}

/// Binds a parsed module: its bindings and every name diagnostic, in no particular
/// order. `immediate`: the REPL's procedure (case-folded) whose new names are
/// module-level.
pub fn bind(module: &Module, immediate: Option<&str>) -> (Bindings, Vec<Diagnostic>) {
    let mut b = Binder {
        diags: Vec::new(),
        explicit: module.option_explicit.is_some(),
        immediate,
        module_scope: HashMap::new(),
        procs: HashMap::new(),
        host: HashMap::new(),
        out: Bindings::default(),
    };
    for d in &module.decls {
        b.declare_module(d);
    }
    for (i, p) in module.procs.iter().enumerate() {
        let key = p.name.key();
        if let Some((_, prev)) = b.procs.get(&key) {
            b.diags
                .push(duplicate(&p.name, prev.name.span, "procedure"));
            continue;
        }
        if let Some(prev) = b.module_scope.get(&key) {
            b.diags.push(duplicate(&p.name, prev.span, "name"));
        }
        b.procs.insert(key, (i as u32, p));
    }
    b.out.main = b.procs.get("main").map(|&(i, _)| i);
    // The host's variables, declared or not, then every ParaN the script names.
    b.out.weekday = b.host_slot("weekday");
    b.out.minutes = b.host_slot("minutes");
    b.out.result = b.host_slot("result");
    let mut paras = Vec::new();
    module.for_each_expr(&mut |e| {
        if let ExprKind::Name(n) = &e.kind {
            let k = n.key();
            if para_number(&k).is_some() && !paras.contains(&k) {
                paras.push(k);
            }
        }
    });
    for k in paras {
        b.host_slot(&k);
    }
    for d in &module.decls {
        let mut scope = ProcScope::new(None);
        b.decl_exprs(d, &mut scope);
    }
    for (i, p) in module.procs.iter().enumerate() {
        let slots = b.proc(i as u32, p);
        b.out.procs.push(slots);
    }
    let mut paras: Vec<Option<u32>> = Vec::new();
    let declared = b.module_scope.iter().filter_map(|(k, e)| match e.sym {
        Symbol::Var {
            var: Var::Global(g),
            ..
        } => Some((k, g)),
        _ => None,
    });
    for (key, g) in declared.chain(b.host.iter().map(|(k, g)| (k, *g))) {
        if let Some(n) = para_number(key) {
            if paras.len() < n {
                paras.resize(n, None);
            }
            paras[n - 1] = Some(g);
        }
    }
    b.out.paras = paras;
    (b.out, b.diags)
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

impl<'m> Binder<'m> {
    fn record(&mut self, name: &Ident, sym: Symbol) {
        self.out.symbols.insert(name.span.start, sym);
    }

    fn add_global(&mut self, name: String, ty: TypeName, array: bool) -> u32 {
        self.out.globals.push(SlotInfo { name, ty, array });
        self.out.globals.len() as u32 - 1
    }

    /// The global slot of a host variable the script did not declare at module level.
    fn host_slot(&mut self, key: &str) -> u32 {
        if let Some(Entry {
            sym: Symbol::Var {
                var: Var::Global(g),
                ..
            },
            ..
        }) = self.module_scope.get(key)
        {
            return *g;
        }
        if let Some(&g) = self.host.get(key) {
            return g;
        }
        // Undeclared host variables are Variants (spec 1.1), named as the spec writes them.
        let g = self.add_global(host_name(key), TypeName::Variant, false);
        self.host.insert(key.to_string(), g);
        g
    }

    fn next_const(&mut self) -> Symbol {
        self.out.consts += 1;
        Symbol::Const(self.out.consts - 1)
    }

    /// Enters a declared name into a scope (E0401 if the scope has it) and records it.
    fn declare(&mut self, name: &Ident, sym: Symbol, scope: &mut Scope) {
        self.record(name, sym.clone());
        let key = name.key();
        if let Some(prev) = scope.get(&key) {
            self.diags.push(duplicate(name, prev.span, "name"));
            return;
        }
        scope.insert(
            key,
            Entry {
                span: name.span,
                sym,
                written: name.written(),
            },
        );
    }

    fn declare_module(&mut self, s: &Stmt) {
        let mut scope = std::mem::take(&mut self.module_scope);
        match &s.kind {
            StmtKind::Dim { vars, .. } => {
                for v in vars {
                    let ty = decl_type(&v.name, v.ty);
                    let g = self.add_global(v.name.name.clone(), ty, v.dims.is_some());
                    let var = Var::Global(g);
                    self.declare(&v.name, Symbol::Var { var, ty }, &mut scope);
                }
            }
            StmtKind::Const { items, .. } => {
                for i in items {
                    let sym = self.next_const();
                    self.declare(&i.name, sym, &mut scope);
                }
            }
            _ => {}
        }
        self.module_scope = scope;
    }

    /// A procedure's declarations, hoisted: `Static` variables are module-level slots
    /// named `Proc.Var`.
    fn declare_local(&mut self, s: &Stmt, sc: &mut ProcScope<'m>) {
        // Public, Private and Global declare at module level only (invalid-inside-
        // procedure.md: "The statement can't occur in a Sub or Function procedure").
        let scoped = match &s.kind {
            StmtKind::Dim { kind, .. } => Some(*kind),
            StmtKind::Const { visibility, .. } => *visibility,
            _ => None,
        };
        if let Some(k @ (DeclKind::Public | DeclKind::Private | DeclKind::Global)) = scoped {
            let word = match k {
                DeclKind::Public => "Public",
                DeclKind::Private => "Private",
                _ => "Global",
            };
            self.diags.push(
                Diagnostic::error("E0207", format!("`{word}` inside a procedure"), s.span)
                    .with_label("declares at module level only")
                    .with_help(
                        "use `Dim` (or `Const`) here, or move the declaration above the procedures",
                    ),
            );
        }
        match &s.kind {
            StmtKind::Dim { kind, vars } => {
                for v in vars {
                    let ty = decl_type(&v.name, v.ty);
                    let array = v.dims.is_some();
                    let var = if *kind == DeclKind::Static || sc.proc_is_static() {
                        let name = format!("{}.{}", sc.proc_name(), v.name.written());
                        Var::Global(self.add_global(name, ty, array))
                    } else {
                        Var::Local(sc.local(v.name.written(), ty, array))
                    };
                    self.declare(&v.name, Symbol::Var { var, ty }, &mut sc.locals);
                }
            }
            StmtKind::Const { items, .. } => {
                for i in items {
                    let sym = self.next_const();
                    self.declare(&i.name, sym, &mut sc.locals);
                }
            }
            _ => {}
        }
    }

    fn decl_exprs(&mut self, s: &Stmt, scope: &mut ProcScope<'m>) {
        match &s.kind {
            StmtKind::Dim { vars, .. } | StmtKind::ReDim { vars, .. } => {
                for v in vars {
                    if let Some(d) = v.dims.as_ref().filter(|d| d.len() > MAX_DIMENSIONS) {
                        self.too_many(d.len(), "dimensions", MAX_DIMENSIONS, v.name.span);
                    }
                    for b in v.dims.iter().flatten() {
                        if let Some(l) = &b.lower {
                            self.expr(l, scope);
                        }
                        self.expr(&b.upper, scope);
                    }
                }
            }
            StmtKind::Const { items, .. } => {
                for i in items {
                    self.expr(&i.value, scope);
                }
            }
            _ => {}
        }
    }

    fn proc(&mut self, index: u32, p: &'m Procedure) -> ProcSlots {
        let mut sc = ProcScope::new(Some((index, p)));
        if p.params.len() > MAX_PARAMS {
            self.too_many(p.params.len(), "parameters", MAX_PARAMS, p.name.span);
        }
        for (i, prm) in p.params.iter().enumerate() {
            if prm.param_array
                && (i + 1 < p.params.len()
                    || prm.optional
                    || prm.mode == PassMode::ByVal
                    || !prm.array
                    || prm.ty.is_some_and(|t| t != TypeName::Variant))
            {
                self.diags.push(
                    Diagnostic::error(
                        "E0506",
                        format!("ParamArray `{}` is misplaced", prm.name.written()),
                        prm.span,
                    )
                    .with_label("a ParamArray parameter")
                    .with_help(format!(
                        "write it last, as `ParamArray {}()` (a Variant array; not Optional, not ByVal)",
                        prm.name.written()
                    )),
                );
            }
        }
        for prm in &p.params {
            let ty = decl_type(&prm.name, prm.ty);
            let slot = sc.local(prm.name.written(), ty, prm.array);
            // A ParamArray gets a fresh array of the extra arguments: a value.
            let mode = if prm.param_array {
                PassMode::ByVal
            } else {
                prm.mode
            };
            let (var, ref_index) = match mode {
                PassMode::ByRef => {
                    sc.refs += 1;
                    (Var::Ref(sc.refs - 1), Some(sc.refs - 1))
                }
                PassMode::ByVal => (Var::Local(slot), None),
            };
            sc.slots.params.push((slot, ref_index));
            self.declare(&prm.name, Symbol::Var { var, ty }, &mut sc.locals);
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
        if p.kind == ProcKind::Function {
            let ty = decl_type(&p.name, p.ret);
            let slot = sc.local(p.name.written(), ty, false);
            sc.slots.ret_slot = Some(slot);
            sc.ret = Some(Symbol::Var {
                var: Var::Local(slot),
                ty,
            });
        }
        for_each_stmt(&p.body, &mut |s| {
            if matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }) {
                self.declare_local(s, &mut sc);
            }
        });
        let mut labels = HashMap::new();
        for_each_stmt(&p.body, &mut |s| {
            let StmtKind::Label(l) = &s.kind else { return };
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
        sc.labels = labels;
        for prm in &p.params {
            if let Some(d) = &prm.default {
                self.expr(d, &mut sc);
            }
        }
        self.block(&p.body, &mut sc);
        sc.slots
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
                    self.redim(v, sc);
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
                self.counter(var, sc);
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
                self.counter(var, sc);
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

    /// `ReDim`: an existing array, or a new dynamic array local if the name is new.
    fn redim(&mut self, v: &VarDecl, sc: &mut ProcScope<'m>) {
        match self.variable(&v.name.key(), sc) {
            Some(sym @ Symbol::Const(_)) => {
                self.diags.push(
                    Diagnostic::error(
                        "E0601",
                        format!("cannot ReDim constant `{}`", v.name.written()),
                        v.name.span,
                    )
                    .with_label("a constant")
                    .with_help("declare an array with `Dim` to ReDim it"),
                );
                self.record(&v.name, sym);
            }
            Some(sym) => self.record(&v.name, sym),
            None => {
                let ty = decl_type(&v.name, v.ty);
                let var = self.new_var(&v.name, ty, true, sc);
                self.record(&v.name, Symbol::Var { var, ty });
            }
        }
    }

    /// A new variable of the procedure (of the module in the REPL's immediate
    /// procedure), entered in its scope.
    fn new_var(&mut self, n: &Ident, ty: TypeName, array: bool, sc: &mut ProcScope<'m>) -> Var {
        let key = n.key();
        let entry = |sym| Entry {
            span: n.span,
            sym,
            written: n.written(),
        };
        if self.is_immediate(sc) {
            let var = Var::Global(self.add_global(n.name.clone(), ty, array));
            self.module_scope
                .insert(key, entry(Symbol::Var { var, ty }));
            var
        } else if sc.proc_is_static() {
            let name = format!("{}.{}", sc.proc_name(), n.written());
            let var = Var::Global(self.add_global(name, ty, array));
            sc.locals.insert(key, entry(Symbol::Var { var, ty }));
            var
        } else {
            let var = Var::Local(sc.local(n.written(), ty, array));
            sc.locals.insert(key, entry(Symbol::Var { var, ty }));
            var
        }
    }

    fn is_immediate(&self, sc: &ProcScope<'_>) -> bool {
        self.immediate.is_some_and(|k| sc.is_own(k))
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

    /// A name that resolves to a variable or constant: local, the Function's own return
    /// value, module-level or host.
    fn variable(&mut self, key: &str, sc: &ProcScope<'_>) -> Option<Symbol> {
        if let Some(e) = sc.locals.get(key) {
            return Some(e.sym.clone());
        }
        if sc.is_own(key) {
            if let Some(r) = &sc.ret {
                return Some(r.clone());
            }
        }
        if let Some(e) = self.module_scope.get(key) {
            return Some(e.sym.clone());
        }
        if is_host_name(key) {
            let var = Var::Global(self.host_slot(key));
            return Some(Symbol::Var {
                var,
                ty: TypeName::Variant,
            });
        }
        None
    }

    /// A declared name close to a misspelt one.
    fn suggest_variable(&self, key: &str, sc: &ProcScope<'_>) -> Option<String> {
        let mut names: Vec<&str> = sc
            .locals
            .values()
            .chain(self.module_scope.values())
            .map(|e| e.written.as_str())
            .collect();
        names.extend(["Weekday", "Minutes", "Result", "Para1", "Para2", "Para3"]);
        did_you_mean(key, names).map(str::to_string)
    }

    /// A name used as a value (not called with arguments).
    fn name_use(&mut self, n: &Ident, sc: &mut ProcScope<'m>) {
        let key = n.key();
        let sym = if let Some(s) = self.variable(&key, sc) {
            s
        } else if let Some((i, _)) = sc.proc.filter(|_| sc.is_own(&key)) {
            // A Sub's own name: a recursive call.
            Symbol::Proc(i)
        } else if let Some(&(i, p)) = self.procs.get(&key) {
            if p.kind == ProcKind::Sub {
                self.diags.push(sub_has_no_value(n, p));
            } else {
                self.arity_user(p, 0, n.span, &[]);
            }
            Symbol::Proc(i)
        } else if let Some((id, b)) = builtins::lookup(n.written().as_str()) {
            if !b.accepts(0) {
                self.arity_builtin(b, 0, n.span);
            }
            Symbol::Builtin(id)
        } else if key == "err" {
            Symbol::Err
        } else if let Some((i, _)) = builtins::constant(&key) {
            Symbol::Constant(i)
        } else {
            self.undeclared(n, sc)
        };
        self.record(n, sym);
    }

    /// A name that means nothing yet: an implicit Variant (VBA without `Option
    /// Explicit`), or E0400.
    fn undeclared(&mut self, n: &Ident, sc: &mut ProcScope<'m>) -> Symbol {
        let key = n.key();
        if self.explicit && !self.is_immediate(sc) {
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
            return Symbol::Undefined;
        }
        if sc.proc.is_none() {
            // Module-level expressions are constant: no implicit variables there.
            return Symbol::Undefined;
        }
        let ty = decl_type(n, None);
        let var = self.new_var(n, ty, false, sc);
        Symbol::Var { var, ty }
    }

    fn assign_to_const(&mut self, n: &Ident) {
        self.diags.push(
            Diagnostic::error(
                "E0406",
                format!("cannot assign to constant `{}`", n.written()),
                n.span,
            )
            .with_label("a constant")
            .with_help("declare it with `Dim` to change it"),
        );
    }

    fn not_assignable(&mut self, span: Span) {
        self.diags.push(
            Diagnostic::error("E0205", "cannot assign to this expression", span)
                .with_label("not a variable")
                .with_help("the left of `=` in an assignment is a variable or an array element"),
        );
    }

    /// The left of `=`.
    fn target(&mut self, t: &Expr, sc: &mut ProcScope<'m>) {
        match &t.kind {
            ExprKind::Name(n) => {
                let key = n.key();
                let sym = match self.variable(&key, sc) {
                    Some(sym @ Symbol::Const(_)) => {
                        self.assign_to_const(n);
                        sym
                    }
                    Some(sym) => sym,
                    None => {
                        if let Some(&(i, p)) = self.procs.get(&key) {
                            self.diags.push(
                                Diagnostic::error("E0408", format!("cannot assign to procedure `{}`", n.written()), n.span)
                                    .with_label("a procedure, not a variable")
                                    .with_note(p.name.span, "defined here")
                                    .with_help("a Function returns a value by assigning to its name inside its own body"),
                            );
                            Symbol::Proc(i)
                        } else if let Some((i, _)) = builtins::constant(&key) {
                            self.assign_to_const(n);
                            Symbol::Constant(i)
                        } else {
                            self.undeclared(n, sc)
                        }
                    }
                };
                self.record(n, sym);
            }
            ExprKind::Call { callee, args } => {
                if let ExprKind::Name(n) = &callee.kind {
                    // The Mid statement: `Mid(var, start[, length]) = text`.
                    if let (None, Some((id, b)), [Some(var), rest @ ..]) = (
                        self.variable(&n.key(), sc),
                        builtins::lookup(&n.written()),
                        &args[..],
                    ) {
                        if b.name == "Mid" && args.len() <= 3 {
                            self.record(n, Symbol::Builtin(id));
                            self.target(var, sc);
                            for a in rest.iter().flatten() {
                                self.expr(a, sc);
                            }
                            return;
                        }
                    }
                    let sym = match self.variable(&n.key(), sc) {
                        Some(sym @ Symbol::Const(_)) => {
                            self.assign_to_const(n);
                            sym
                        }
                        Some(sym) => sym,
                        None => self.undeclared(n, sc),
                    };
                    self.record(n, sym);
                } else if self.rooted_in_variable(callee, sc) {
                    // `x(0)(1) = v`: an element of an array held in an array element.
                    self.target(callee, sc);
                } else {
                    self.not_assignable(t.span);
                    self.expr(callee, sc);
                }
                self.no_named(args, "an array");
                for a in args.iter().flatten() {
                    self.expr(a, sc);
                }
            }
            ExprKind::Member { object, member } => {
                // Err's properties are read/write (Number property page); its methods not.
                if self.member(object, member, None, sc) && err_member(&member.key()) != Some(None)
                {
                    self.not_assignable(t.span);
                }
            }
            _ => {
                self.not_assignable(t.span);
                self.expr(t, sc);
            }
        }
    }

    /// Whether `e` is `x(i)…(j)` for a variable `x` (the root of a nested element target).
    fn rooted_in_variable(&mut self, e: &Expr, sc: &mut ProcScope<'m>) -> bool {
        let mut at = e;
        while let ExprKind::Call { callee, .. } = &at.kind {
            at = callee;
        }
        !std::ptr::eq(at, e)
            && matches!(&at.kind, ExprKind::Name(n) if matches!(self.variable(&n.key(), sc), Some(Symbol::Var { .. })))
    }

    /// The counter of `For` / `For Each`: a variable.
    fn counter(&mut self, var: &Expr, sc: &mut ProcScope<'m>) {
        if let ExprKind::Name(n) = &var.kind {
            self.target(var, sc);
            // MS-VBAL 5.4.2.3: "The declared type of <bound-variable-expression> MUST be
            // a numeric value type or Variant" (For…Next page: "Numeric variable").
            if let Some(Symbol::Var {
                ty: TypeName::String,
                ..
            }) = self.out.symbols.get(&n.span.start)
            {
                self.diags.push(
                    Diagnostic::error("E0602", "a loop counter must be numeric", n.span)
                        .with_label("declared As String")
                        .with_help("count with a numeric or Variant variable"),
                );
            }
            return;
        }
        self.diags.push(
            Diagnostic::error("E0602", "a loop counter must be a variable", var.span)
                .with_label("not a variable")
                .with_help("count with a plain variable: `For i = 1 To n`"),
        );
        self.expr(var, sc);
    }

    /// `object.member`; whether it is a member of `Err` that exists.
    fn member(
        &mut self,
        object: &Expr,
        member: &Ident,
        args: Option<(usize, Span)>,
        sc: &mut ProcScope<'m>,
    ) -> bool {
        let err = match &object.kind {
            ExprKind::Name(n) if n.key() == "err" && self.variable("err", sc).is_none() => Some(n),
            _ => None,
        };
        let Some(err) = err else {
            self.expr(object, sc);
            self.diags.push(
                Diagnostic::error("E0402", format!("`.{}`: only `Err` has members", member.written()), member.span)
                    .with_label("no such member")
                    .with_help("scripts have no objects; `Err.Number`, `Err.Description`, `Err.Raise` and `Err.Clear` exist"),
            );
            return false;
        };
        self.record(err, Symbol::Err);
        match err_member(&member.key()) {
            None => {
                self.diags.push(
                    Diagnostic::error(
                        "E0402",
                        format!("`Err` has no member `{}`", member.written()),
                        member.span,
                    )
                    .with_label("unknown member")
                    .with_help("`Err` has Number, Description, Source, HelpFile, HelpContext, Raise and Clear"),
                );
                return false;
            }
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
            Some(None) => {
                if let Some((n, span)) = args.filter(|(n, _)| *n > 0) {
                    self.diags.push(
                        Diagnostic::error(
                            "E0501",
                            format!(
                                "`Err.{}` is a property: it takes no arguments but {n} {} given",
                                member.written(),
                                were(n)
                            ),
                            span,
                        )
                        .with_label("wrong number of arguments"),
                    );
                }
            }
        }
        true
    }

    /// A call, or an array element (`a(i)` is written as a call).
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
        if args.len() > MAX_ARGS {
            self.too_many(args.len(), "arguments", MAX_ARGS, span);
            return;
        }
        match &callee.kind {
            ExprKind::Name(n) => {
                let sym = self.callee(n, args, span, statement, sc);
                self.record(n, sym);
            }
            ExprKind::Member { object, member } => {
                let key = member.key();
                let params = if key == "raise" {
                    args::builtin_params("Err.Raise")
                } else {
                    None
                };
                let name = format!("Err.{}", member.written());
                match args::in_order(args, params, &name) {
                    Ok(a) => {
                        self.member(object, member, Some((a.len(), span)), sc);
                        if key == "raise" {
                            self.required_given(&a, 1, &name, span);
                        }
                    }
                    Err(d) => {
                        self.member(object, member, None, sc);
                        self.diags.push(*d);
                    }
                }
            }
            _ => {
                self.expr(callee, sc);
                self.no_named(args, "this value");
            }
        }
    }

    /// E0502 for a required argument of a built-in left out (`MsgBox(Buttons:=4)`,
    /// `Left(, 2)`): the first `required` arguments must be given.
    fn required_given(&mut self, args: &[Arg], required: usize, name: &str, span: Span) {
        if let Some(i) = args.iter().take(required).position(Option::is_none) {
            self.diags.push(
                Diagnostic::error(
                    "E0502",
                    format!("argument {} of `{name}` may not be left out", i + 1),
                    span,
                )
                .with_label("missing argument"),
            );
        }
    }

    /// E0505 where a call takes no named arguments (an array element, a value).
    fn no_named(&mut self, args: &[Arg], what: &str) {
        if let Err(d) = args::in_order::<&str>(args, None, what) {
            self.diags.push(*d);
        }
    }

    /// E0507: more than a limit of arguments, parameters or dimensions.
    fn too_many(&mut self, n: usize, what: &str, max: usize, span: Span) {
        self.diags.push(
            Diagnostic::error(
                "E0507",
                format!("too many {what}: {n} (at most {max})"),
                span,
            )
            .with_label(format!("{n} {what}"))
            .with_help("pass many values in an array, or to a `ParamArray` parameter"),
        );
    }

    fn callee(
        &mut self,
        n: &Ident,
        args: &[Arg],
        span: Span,
        statement: bool,
        sc: &mut ProcScope<'m>,
    ) -> Symbol {
        let key = n.key();
        // `Weekday(d)` is the built-in even though `Weekday` is also a host variable;
        // a procedure's own name called is recursion, not its return value.
        let weekday_function = key == "weekday" && !args.is_empty();
        let recursion = sc.is_own(&key) && (statement || !args.is_empty());
        if !weekday_function && !recursion {
            if let Some(sym) = self.variable(&key, sc) {
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
                } else if args.len() > MAX_DIMENSIONS {
                    self.too_many(args.len(), "indexes", MAX_DIMENSIONS, span);
                } else if matches!(sym, Symbol::Const(_)) {
                    self.diags.push(
                        Diagnostic::error(
                            "E0604",
                            format!("constant `{}` cannot be indexed", n.written()),
                            span,
                        )
                        .with_label("a constant, not an array")
                        .with_help("declare an array with `Dim` to index it"),
                    );
                }
                self.no_named(args, &n.written());
                return sym;
            }
        }
        if let Some(&(i, p)) = self.procs.get(&key) {
            if !statement && p.kind == ProcKind::Sub {
                self.diags.push(sub_has_no_value(n, p));
            }
            let names = args::param_names(p);
            match args::in_order(args, names.as_deref(), &p.name.written()) {
                Ok(a) => self.arity_user(p, a.len(), span, &a),
                Err(d) => self.diags.push(*d),
            }
            return Symbol::Proc(i);
        }
        if let Some((id, b)) = builtins::lookup(&n.written()) {
            match args::in_order(args, args::builtin_params(b.name), b.name) {
                Ok(a) => {
                    self.arity_builtin(b, a.len(), span);
                    // InStr's first parameter, start, is the optional one (InStr page:
                    // "InStr([start], string1, string2, [compare])").
                    let required = if b.name == "InStr" { 0 } else { b.min as usize };
                    self.required_given(&a, required, b.name, span);
                }
                Err(d) => self.diags.push(*d),
            }
            return Symbol::Builtin(id);
        }
        if key == "err" && args.is_empty() {
            return Symbol::Err;
        }
        let names = self.procs.values().map(|(_, p)| p.name.name.as_str());
        let help = match did_you_mean(
            &key,
            names.chain(
                builtins::SIGNATURES
                    .iter()
                    .filter(|b| b.callable())
                    .map(|b| b.name),
            ),
        ) {
            Some(s) => format!(
                "did you mean `{s}`? As written, the call fails with error 35 (Sub or Function not defined) when it runs"
            ),
            None => {
                "calling it fails with error 35 (Sub or Function not defined) when it runs".into()
            }
        };
        let d = Diagnostic::warning(
            "W0500",
            format!("no Sub or Function named `{}`", n.written()),
            n.span,
        )
        .with_label("not defined in this file")
        .with_help(help);
        if !self.explicit || sc.reported.insert(key) {
            self.diags.push(d);
        }
        Symbol::Undefined
    }

    fn arity_user(&mut self, p: &Procedure, n: usize, span: Span, args: &[Arg]) {
        let param_array = p.params.last().is_some_and(|x| x.param_array);
        let fixed = p.params.len() - param_array as usize;
        let required = p.params[..fixed].iter().filter(|x| !x.optional).count();
        let max = (!param_array).then_some(fixed);
        if n < required || max.is_some_and(|max| n > max) {
            let text = arity_text(required, max);
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
        for (i, a) in args.iter().enumerate().take(fixed) {
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
            ExprKind::Member { object, member } => {
                self.member(object, member, None, sc);
            }
            ExprKind::Unary(_, x) | ExprKind::Paren(x) => self.expr(x, sc),
            // Checked by the call it is an argument of.
            ExprKind::Named { value, .. } => self.expr(value, sc),
            ExprKind::Binary(_, a, b) => {
                self.expr(a, sc);
                self.expr(b, sc);
            }
        }
    }
}

/// Most arguments in one call (the bytecode counts them in a byte).
const MAX_ARGS: usize = 255;
/// Most parameters of a procedure (too-many-arguments.md: "A procedure can have only 60
/// arguments").
const MAX_PARAMS: usize = 60;
/// Most dimensions of an array (too-many-dimensions.md: "no more than 60 dimensions").
const MAX_DIMENSIONS: usize = 60;

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

/// A host variable's name as the spec writes it (`Para1`, `Weekday`, `Minutes`,
/// `Result`), from its lower-case key.
fn host_name(key: &str) -> String {
    match key.strip_prefix("para") {
        Some(n) => format!("Para{n}"),
        None => {
            let mut c = key.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        }
    }
}
