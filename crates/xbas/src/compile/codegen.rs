//! The compiler: a checked syntax tree to bytecode. Every name is resolved here, once —
//! to a local slot, a global slot, a reference, a constant, a procedure or a built-in —
//! so the VM never looks a name up. Constants are folded; each expression's static type
//! decides whether integer overflow widens (Variant operand) or is error 6 (typed).

use super::bytecode::{Module, Op, Param, Piece, Proc, SlotInfo, Var};
use crate::diagnostic::{Diagnostic, Span};
use crate::runtime::builtins;
use crate::runtime::ops;
use crate::runtime::value::{Value, let_coerce};
use crate::syntax::ast::{
    self, Arg, BinOp, Bound, CaseItem, DeclKind, ExitKind, Expr, ExprKind, Ident, Literal,
    LoopCond, Number, OnError, PassMode, PrintSep, ProcKind, ResumeKind, Stmt, StmtKind, TypeName,
    UnOp,
};
use crate::syntax::check::is_host_name;
use std::collections::HashMap;

/// What a name means in a scope.
#[derive(Debug, Clone)]
enum Binding {
    Var { var: Var, ty: TypeName },
    Const(u32, bool),
}

struct Globals {
    slots: Vec<SlotInfo>,
    names: HashMap<String, Binding>,
}

struct ProcInfo {
    index: u32,
    kind: ProcKind,
    params: Vec<(bool, bool)>, // (by_ref, optional)
    typed_return: bool,
}

struct Compiler<'m> {
    module: &'m ast::Module,
    globals: Globals,
    consts: Vec<Value>,
    procs: HashMap<String, ProcInfo>,
    diags: Vec<Diagnostic>,
    /// Module-level and Static arrays to create before every run.
    init: Emitter,
    /// The REPL's immediate procedure: its undeclared variables become module-level, so
    /// they outlive the line that made them.
    immediate: Option<String>,
    /// What each variable name resolved to (see `Module::names`).
    names: HashMap<usize, Var>,
}

/// Code of one procedure being built.
#[derive(Default)]
struct Emitter {
    code: Vec<Op>,
    spans: Vec<Span>,
    pieces: Vec<Piece>,
    span: Span,
}

impl Emitter {
    fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.spans.push(self.span);
        self.code.len() - 1
    }
    fn here(&self) -> u32 {
        self.code.len() as u32
    }
    fn patch(&mut self, at: usize, target: u32) {
        match &mut self.code[at] {
            Op::Jump(t)
            | Op::JumpIfFalse(t)
            | Op::JumpIfTrue(t)
            | Op::OnErrorGoTo(t)
            | Op::ResumeAt(t)
            | Op::GoSub(t) => *t = target,
            Op::ForEachNext(_, _, t) => *t = target,
            Op::Loop(t, _) => *t = target,
            _ => {}
        }
    }
    fn piece(&mut self, start: u32) {
        let end = self.here();
        if end > start {
            self.pieces.push(Piece { start, end });
        }
    }
}

struct ProcCtx {
    /// Case-folded name of the procedure being compiled.
    name: String,
    locals: Vec<SlotInfo>,
    names: HashMap<String, Binding>,
    refs: u32,
    labels: HashMap<String, u32>,
    /// Jumps to labels not yet placed: (instruction, label, statements so far).
    label_fixups: Vec<(usize, String)>,
    exit_fixups: Vec<usize>,
    loop_exits: Vec<(ExitKind, Vec<usize>)>,
    ret_slot: Option<u32>,
    explicit: bool,
    statements: u32,
}

/// Compiles a module that the front end found free of errors.
pub fn compile(module: &ast::Module) -> Result<Module, Vec<Diagnostic>> {
    compile_with(module, None)
}

/// Compiles a REPL session module: the undeclared variables of procedure `immediate`
/// (lower case) become module-level variables.
pub fn compile_session(module: &ast::Module, immediate: &str) -> Result<Module, Vec<Diagnostic>> {
    compile_with(module, Some(immediate.to_string()))
}

fn compile_with(
    module: &ast::Module,
    immediate: Option<String>,
) -> Result<Module, Vec<Diagnostic>> {
    let mut c = Compiler {
        immediate,
        module,
        globals: Globals {
            slots: Vec::new(),
            names: HashMap::new(),
        },
        consts: Vec::new(),
        procs: HashMap::new(),
        diags: Vec::new(),
        init: Emitter::default(),
        names: HashMap::new(),
    };
    c.declare_globals();
    for (i, p) in module.procs.iter().enumerate() {
        c.procs.insert(
            p.name.key(),
            ProcInfo {
                index: i as u32,
                kind: p.kind,
                params: p
                    .params
                    .iter()
                    .map(|x| (x.mode == PassMode::ByRef, x.optional))
                    .collect(),
                typed_return: p.ret.is_some() || p.name.suffix.is_some(),
            },
        );
    }
    let mut procs = Vec::new();
    for p in &module.procs {
        procs.push(c.proc(p));
    }
    c.init.emit(Op::Return);
    let host = |c: &mut Compiler, key: &str| match c.globals.names.get(key) {
        Some(Binding::Var {
            var: Var::Global(g),
            ..
        }) => *g,
        _ => c.add_global(key, TypeName::Variant, false),
    };
    let weekday = host(&mut c, "weekday");
    let minutes = host(&mut c, "minutes");
    let result = host(&mut c, "result");
    let mut paras: Vec<Option<u32>> = Vec::new();
    for (key, b) in &c.globals.names {
        if let (
            Some(n),
            Binding::Var {
                var: Var::Global(g),
                ..
            },
        ) = (para_number(key), b)
        {
            if paras.len() < n {
                paras.resize(n, None);
            }
            paras[n - 1] = Some(*g);
        }
    }
    if !c.diags.is_empty() {
        return Err(c.diags);
    }
    let main = module
        .procs
        .iter()
        .position(|p| p.name.key() == "main")
        .map(|i| i as u32);
    let init = Proc {
        name: "<module>".into(),
        is_function: false,
        params: Vec::new(),
        locals: Vec::new(),
        ret_slot: None,
        code: std::mem::take(&mut c.init.code),
        spans: std::mem::take(&mut c.init.spans),
        pieces: Vec::new(),
        cost: 0,
    };
    Ok(Module {
        procs,
        globals: c.globals.slots,
        consts: c.consts,
        init,
        main,
        paras,
        weekday,
        minutes,
        result,
        option_base: module.option_base,
        names: c.names,
    })
}

/// `para12` → 12.
pub fn para_number(key: &str) -> Option<usize> {
    if !is_host_name(key) {
        return None;
    }
    key.strip_prefix("para")?.parse().ok()
}

fn decl_type(name: &Ident, ty: Option<TypeName>) -> TypeName {
    ty.or_else(|| name.suffix.and_then(TypeName::from_suffix))
        .unwrap_or(TypeName::Variant)
}

/// The value of a literal (its VBA type included).
pub fn literal_value(l: &Literal) -> Value {
    match l {
        Literal::Number(Number::Integer(v)) => Value::Int(*v),
        Literal::Number(Number::Long(v)) => Value::Long(*v),
        Literal::Number(Number::Single(v)) => Value::Single(*v),
        Literal::Number(Number::Double(v)) => Value::Double(*v),
        Literal::Number(Number::Currency(v)) => Value::Currency(*v),
        Literal::String(s) => Value::str(s),
        Literal::Date(d) => Value::Date(*d),
        Literal::Bool(b) => Value::Bool(*b),
        Literal::Empty => Value::Empty,
        Literal::Null => Value::Null,
    }
}

/// Built-ins whose result has a fixed type (so arithmetic on it does not widen).
fn builtin_typed(name: &str) -> bool {
    matches!(
        name,
        "CInt"
            | "CLng"
            | "CSng"
            | "CDbl"
            | "CCur"
            | "CByte"
            | "CBool"
            | "CDate"
            | "CStr"
            | "Len"
            | "InStr"
            | "InStrRev"
            | "Asc"
            | "Year"
            | "Month"
            | "Day"
            | "Hour"
            | "Minute"
            | "Second"
            | "Weekday"
            | "LBound"
            | "UBound"
            | "StrComp"
            | "Sgn"
            | "VarType"
    )
}

impl<'m> Compiler<'m> {
    fn error(&mut self, code: &'static str, msg: impl Into<String>, span: Span) {
        self.diags
            .push(Diagnostic::error(code, msg, span).with_label("here"));
    }

    /// A problem the static checks (`syntax::check`, which own the name, label, `Exit` and
    /// assignment diagnostics) report before code generation runs; reaching it here is a
    /// bug of those checks, reported as such rather than as a second copy of their code.
    fn unchecked(&mut self, what: impl Into<String>, span: Span) {
        self.error("E0699", what, span);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        if let Some(i) = self
            .consts
            .iter()
            .position(|c| *c == v && c.type_name() == v.type_name())
        {
            return i as u32;
        }
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    fn add_global(&mut self, key: &str, ty: TypeName, array: bool) -> u32 {
        let g = self.globals.slots.len() as u32;
        self.globals.slots.push(SlotInfo {
            name: key.to_string(),
            ty,
            array,
        });
        self.globals.names.insert(
            key.to_string(),
            Binding::Var {
                var: Var::Global(g),
                ty,
            },
        );
        g
    }

    fn declare_globals(&mut self) {
        // Host variables first, so they keep their declared types when declared.
        let module = self.module;
        for d in &module.decls {
            match &d.kind {
                StmtKind::Dim { vars, .. } => {
                    for v in vars {
                        let ty = decl_type(&v.name, v.ty);
                        let g = self.add_global(&v.name.key(), ty, v.dims.is_some());
                        if let Some(dims) = &v.dims {
                            if !dims.is_empty() {
                                let mut init = std::mem::take(&mut self.init);
                                init.span = v.span;
                                self.dim_array(&mut init, None, Var::Global(g), dims, ty);
                                self.init = init;
                            }
                        }
                    }
                }
                StmtKind::Const { items } => {
                    for it in items {
                        let v = self.fold_const(&it.value, None);
                        let v = match v.and_then(|v| let_coerce(v, decl_type(&it.name, it.ty)).ok())
                        {
                            Some(v) => v,
                            None => {
                                self.error(
                                    "E0600",
                                    "a constant needs a constant expression",
                                    it.value.span,
                                );
                                Value::Empty
                            }
                        };
                        let typed = it.ty.is_some() || !matches!(v, Value::Empty);
                        let i = self.add_const(v);
                        self.globals
                            .names
                            .insert(it.name.key(), Binding::Const(i, typed));
                    }
                }
                _ => {}
            }
        }
        // Host variables not declared, and every ParaN the script mentions.
        let mut paras = Vec::new();
        collect_para_names(module, &mut paras);
        for key in ["weekday", "minutes", "result"]
            .into_iter()
            .map(String::from)
            .chain(paras)
        {
            if self.globals.names.contains_key(&key) {
                continue;
            }
            let ty = match key.as_str() {
                "weekday" | "minutes" => TypeName::Long,
                "result" => TypeName::Variant,
                _ => TypeName::Double,
            };
            // Undeclared host variables are Variants holding these types (spec 1.1).
            let _ = ty;
            self.add_global(&key, TypeName::Variant, false);
        }
    }

    /// Evaluates a constant expression (literals, constants, operators).
    fn fold_const(&self, e: &Expr, locals: Option<&HashMap<String, Binding>>) -> Option<Value> {
        match &e.kind {
            ExprKind::Literal(l) => Some(literal_value(l)),
            ExprKind::Paren(x) => self.fold_const(x, locals),
            ExprKind::Name(n) => {
                let key = n.key();
                let b = locals
                    .and_then(|l| l.get(&key))
                    .or_else(|| self.globals.names.get(&key));
                match b {
                    Some(Binding::Const(i, _)) => self.consts.get(*i as usize).cloned(),
                    Some(_) => None,
                    None => builtins::constant(&key),
                }
            }
            ExprKind::Unary(UnOp::Neg, x) => ops::neg(&self.fold_const(x, locals)?, false).ok(),
            ExprKind::Unary(UnOp::Plus, x) => self.fold_const(x, locals),
            ExprKind::Unary(UnOp::Not, x) => ops::not(&self.fold_const(x, locals)?).ok(),
            ExprKind::Binary(op, a, b) => {
                let a = self.fold_const(a, locals)?;
                let b = self.fold_const(b, locals)?;
                ops::binary(*op, &a, &b, false).ok()
            }
            _ => None,
        }
    }

    fn dim_array(
        &mut self,
        em: &mut Emitter,
        ctx: Option<&mut ProcCtx>,
        var: Var,
        dims: &[Bound],
        elem: TypeName,
    ) {
        let base = self.module.option_base as i32;
        let mut ctx = ctx;
        for b in dims {
            match &b.lower {
                Some(l) => {
                    self.expr(em, ctx.as_deref_mut(), l);
                }
                None => {
                    let i = self.add_const(Value::Long(base));
                    em.emit(Op::Const(i));
                }
            }
            self.expr(em, ctx.as_deref_mut(), &b.upper);
        }
        em.emit(Op::DimArray {
            var,
            dims: dims.len() as u8,
            elem,
            fixed: true,
        });
    }

    fn proc(&mut self, p: &ast::Procedure) -> Proc {
        let mut ctx = ProcCtx {
            name: p.name.key(),
            locals: Vec::new(),
            names: HashMap::new(),
            refs: 0,
            labels: HashMap::new(),
            label_fixups: Vec::new(),
            exit_fixups: Vec::new(),
            loop_exits: Vec::new(),
            ret_slot: None,
            explicit: self.module.option_explicit.is_some(),
            statements: 0,
        };
        let mut em = Emitter {
            span: p.span,
            ..Emitter::default()
        };
        let mut params = Vec::new();
        for prm in &p.params {
            let ty = decl_type(&prm.name, prm.ty);
            let slot = ctx.locals.len() as u32;
            ctx.locals.push(SlotInfo {
                name: prm.name.written(),
                ty,
                array: prm.array,
            });
            let by_ref = prm.mode == PassMode::ByRef;
            let ref_index = by_ref.then(|| {
                ctx.refs += 1;
                ctx.refs - 1
            });
            let var = match ref_index {
                Some(r) => Var::Ref(r),
                None => Var::Local(slot),
            };
            ctx.names.insert(prm.name.key(), Binding::Var { var, ty });
            let default = prm.default.as_ref().map(|d| {
                let v = self.fold_const(d, None).unwrap_or(Value::Empty);
                let v = let_coerce(v.clone(), ty).unwrap_or(v);
                self.add_const(v)
            });
            params.push(Param {
                by_ref,
                optional: prm.optional,
                slot,
                ref_index,
                default,
                ty,
            });
        }
        if p.kind == ProcKind::Function {
            let ty = decl_type(&p.name, p.ret);
            let slot = ctx.locals.len() as u32;
            ctx.locals.push(SlotInfo {
                name: p.name.written(),
                ty,
                array: false,
            });
            ctx.names.insert(
                p.name.key(),
                Binding::Var {
                    var: Var::Local(slot),
                    ty,
                },
            );
            ctx.ret_slot = Some(slot);
        }
        // Declarations are hoisted: a Dim anywhere declares for the whole procedure.
        let mut decls = Vec::new();
        ast::for_each_stmt(&p.body, &mut |s| {
            if matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }) {
                decls.push(s.clone());
            }
        });
        for d in &decls {
            self.local_decl(&mut em, &mut ctx, p, d);
        }
        for s in &p.body {
            self.stmt(&mut em, &mut ctx, s);
        }
        let epilogue = em.here();
        for at in std::mem::take(&mut ctx.exit_fixups) {
            em.patch(at, epilogue);
        }
        em.span = p.end_span;
        em.emit(Op::Return);
        for (at, label) in std::mem::take(&mut ctx.label_fixups) {
            match ctx.labels.get(&label) {
                Some(&t) => {
                    if let Op::Loop(_, cost) = &mut em.code[at] {
                        *cost = em
                            .pieces
                            .iter()
                            .filter(|pc| pc.start >= t && (pc.start as usize) < at)
                            .count()
                            .max(1) as u32;
                    }
                    em.patch(at, t)
                }
                None => self.unchecked(format!("label `{label}` is not defined"), em.spans[at]),
            }
        }
        em.pieces.sort_by_key(|p| p.start);
        Proc {
            name: p.name.written(),
            is_function: p.kind == ProcKind::Function,
            params,
            locals: ctx.locals,
            ret_slot: ctx.ret_slot,
            code: em.code,
            spans: em.spans,
            pieces: em.pieces,
            cost: 1,
        }
    }

    fn local_decl(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, p: &ast::Procedure, d: &Stmt) {
        match &d.kind {
            StmtKind::Dim { kind, vars } => {
                for v in vars {
                    let ty = decl_type(&v.name, v.ty);
                    let key = v.name.key();
                    let var = if *kind == DeclKind::Static {
                        let g = self.globals.slots.len() as u32;
                        self.globals.slots.push(SlotInfo {
                            name: format!("{}.{}", p.name.written(), v.name.written()),
                            ty,
                            array: v.dims.is_some(),
                        });
                        Var::Global(g)
                    } else {
                        let slot = ctx.locals.len() as u32;
                        ctx.locals.push(SlotInfo {
                            name: v.name.written(),
                            ty,
                            array: v.dims.is_some(),
                        });
                        Var::Local(slot)
                    };
                    ctx.names.insert(key, Binding::Var { var, ty });
                    if let Some(dims) = &v.dims {
                        if !dims.is_empty() {
                            em.span = v.span;
                            if *kind == DeclKind::Static {
                                let mut init = std::mem::take(&mut self.init);
                                init.span = v.span;
                                self.dim_array(&mut init, None, var, dims, ty);
                                self.init = init;
                            } else {
                                self.dim_array(em, Some(ctx), var, dims, ty);
                            }
                        }
                    }
                }
            }
            StmtKind::Const { items } => {
                for it in items {
                    let v = self.fold_const(&it.value, Some(&ctx.names));
                    let v = match v.and_then(|v| let_coerce(v, decl_type(&it.name, it.ty)).ok()) {
                        Some(v) => v,
                        None => {
                            self.error(
                                "E0600",
                                "a constant needs a constant expression",
                                it.value.span,
                            );
                            Value::Empty
                        }
                    };
                    let i = self.add_const(v);
                    ctx.names.insert(it.name.key(), Binding::Const(i, true));
                }
            }
            _ => {}
        }
    }

    /// Resolves a name used as a variable; declares an implicit Variant if needed.
    fn lookup(&mut self, ctx: &mut ProcCtx, name: &Ident) -> Option<Binding> {
        let key = name.key();
        let b = ctx
            .names
            .get(&key)
            .or_else(|| self.globals.names.get(&key))
            .cloned()?;
        if let Binding::Var { var, .. } = b {
            self.names.insert(name.span.start, var);
        }
        Some(b)
    }

    fn implicit(&mut self, ctx: &mut ProcCtx, name: &Ident) -> Binding {
        let ty = decl_type(name, None);
        if self.immediate.as_deref() == Some(ctx.name.as_str()) {
            let g = self.add_global(&name.key(), ty, false);
            self.names.insert(name.span.start, Var::Global(g));
            return Binding::Var {
                var: Var::Global(g),
                ty,
            };
        }
        let slot = ctx.locals.len() as u32;
        ctx.locals.push(SlotInfo {
            name: name.written(),
            ty,
            array: false,
        });
        let b = Binding::Var {
            var: Var::Local(slot),
            ty,
        };
        ctx.names.insert(name.key(), b.clone());
        self.names.insert(name.span.start, Var::Local(slot));
        b
    }

    fn temp(&mut self, ctx: &mut ProcCtx, what: &str) -> u32 {
        let slot = ctx.locals.len() as u32;
        ctx.locals.push(SlotInfo {
            name: format!("<{what}>"),
            ty: TypeName::Variant,
            array: false,
        });
        slot
    }

    fn stmt(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, s: &Stmt) {
        em.span = s.span;
        ctx.statements += 1;
        let start = em.here();
        match &s.kind {
            StmtKind::Dim { .. } | StmtKind::Const { .. } => {}
            StmtKind::ReDim { preserve, vars } => {
                for v in vars {
                    let b = match self.lookup(ctx, &v.name) {
                        Some(b) => b,
                        None => {
                            let ty = decl_type(&v.name, v.ty);
                            let slot = ctx.locals.len() as u32;
                            ctx.locals.push(SlotInfo {
                                name: v.name.written(),
                                ty,
                                array: true,
                            });
                            let b = Binding::Var {
                                var: Var::Local(slot),
                                ty,
                            };
                            ctx.names.insert(v.name.key(), b.clone());
                            b
                        }
                    };
                    let Binding::Var { var, .. } = b else {
                        self.error("E0601", "cannot ReDim a constant", v.span);
                        continue;
                    };
                    let dims = v.dims.as_deref().unwrap_or(&[]);
                    for bnd in dims {
                        match &bnd.lower {
                            Some(l) => {
                                self.expr(em, Some(ctx), l);
                            }
                            None => {
                                let i = self.add_const(Value::Long(self.module.option_base as i32));
                                em.emit(Op::Const(i));
                            }
                        }
                        self.expr(em, Some(ctx), &bnd.upper);
                    }
                    em.emit(Op::ReDim {
                        var,
                        dims: dims.len() as u8,
                        preserve: *preserve,
                    });
                }
            }
            StmtKind::Erase(names) => {
                for n in names {
                    if let Some(Binding::Var { var, .. }) = self.lookup(ctx, n) {
                        em.emit(Op::Erase(var));
                    }
                }
            }
            StmtKind::Assign { target, value } => self.assign(em, ctx, target, value),
            StmtKind::Call { callee, args, .. } => {
                self.call(em, ctx, callee, args, s.span, true);
            }
            StmtKind::If { arms, else_body } => {
                let mut ends = Vec::new();
                for (cond, body) in arms {
                    em.span = cond.span;
                    let h = em.here();
                    self.expr(em, Some(ctx), cond);
                    let skip = em.emit(Op::JumpIfFalse(0));
                    em.piece(h);
                    self.block(em, ctx, body);
                    ends.push(em.emit(Op::Jump(0)));
                    let next = em.here();
                    em.patch(skip, next);
                }
                self.close_branches(em, ctx, else_body.as_deref(), ends);
                return;
            }
            StmtKind::Select {
                subject,
                arms,
                else_body,
            } => {
                let tmp = self.temp(ctx, "select");
                let h = em.here();
                self.expr(em, Some(ctx), subject);
                em.emit(Op::Store(Var::Local(tmp)));
                em.piece(h);
                let mut ends = Vec::new();
                for arm in arms {
                    em.span = arm.span;
                    let mut to_body = Vec::new();
                    for item in &arm.items {
                        let h = em.here();
                        match item {
                            CaseItem::Value(e) => {
                                em.emit(Op::Load(Var::Local(tmp)));
                                self.expr(em, Some(ctx), e);
                                em.emit(Op::Binary(BinOp::Eq, false));
                            }
                            CaseItem::Is(op, e) => {
                                em.emit(Op::Load(Var::Local(tmp)));
                                self.expr(em, Some(ctx), e);
                                em.emit(Op::Binary(*op, false));
                            }
                            CaseItem::Range(a, b) => {
                                em.emit(Op::Load(Var::Local(tmp)));
                                self.expr(em, Some(ctx), a);
                                em.emit(Op::Binary(BinOp::Ge, false));
                                let no = em.emit(Op::JumpIfFalse(0));
                                em.emit(Op::Load(Var::Local(tmp)));
                                self.expr(em, Some(ctx), b);
                                em.emit(Op::Binary(BinOp::Le, false));
                                to_body.push(em.emit(Op::JumpIfTrue(0)));
                                let next = em.here();
                                em.patch(no, next);
                                em.piece(h);
                                continue;
                            }
                        }
                        to_body.push(em.emit(Op::JumpIfTrue(0)));
                        em.piece(h);
                    }
                    let skip = em.emit(Op::Jump(0));
                    let body = em.here();
                    for j in to_body {
                        em.patch(j, body);
                    }
                    self.block(em, ctx, &arm.body);
                    ends.push(em.emit(Op::Jump(0)));
                    let next = em.here();
                    em.patch(skip, next);
                }
                self.close_branches(em, ctx, else_body.as_deref(), ends);
                return;
            }
            StmtKind::For {
                var,
                from,
                to,
                step,
                body,
            } => {
                let (v, promote) = self.for_var(ctx, var);
                let to_slot = self.temp(ctx, "for limit");
                let step_slot = self.temp(ctx, "for step");
                self.expr(em, Some(ctx), from);
                em.emit(Op::Store(v));
                self.expr(em, Some(ctx), to);
                em.emit(Op::Store(Var::Local(to_slot)));
                match step {
                    Some(st) => {
                        self.expr(em, Some(ctx), st);
                    }
                    None => {
                        let one = self.add_const(Value::Int(1));
                        em.emit(Op::Const(one));
                    }
                }
                em.emit(Op::Store(Var::Local(step_slot)));
                em.piece(start);
                let check = em.here();
                em.emit(Op::Load(v));
                em.emit(Op::Load(Var::Local(to_slot)));
                em.emit(Op::Load(Var::Local(step_slot)));
                em.emit(Op::ForTest);
                let exit = em.emit(Op::JumpIfFalse(0));
                em.piece(check);
                ctx.loop_exits.push((ExitKind::For, Vec::new()));
                let before = ctx.statements;
                self.block(em, ctx, body);
                em.span = s.span;
                let inc = em.here();
                em.emit(Op::Load(v));
                em.emit(Op::Load(Var::Local(step_slot)));
                em.emit(Op::Binary(BinOp::Add, promote));
                em.emit(Op::Store(v));
                em.emit(Op::Loop(check, ctx.statements - before + 1));
                em.piece(inc);
                let end = em.here();
                em.patch(exit, end);
                self.close_loop(em, ctx, end);
                return;
            }
            StmtKind::ForEach { var, group, body } => {
                let (v, _) = self.for_var(ctx, var);
                let arr = self.temp(ctx, "for each array");
                let pos = self.temp(ctx, "for each position");
                self.expr(em, Some(ctx), group);
                em.emit(Op::Store(Var::Local(arr)));
                let zero = self.add_const(Value::Long(0));
                em.emit(Op::Const(zero));
                em.emit(Op::Store(Var::Local(pos)));
                em.piece(start);
                let check = em.here();
                let next = em.emit(Op::ForEachNext(arr, pos, 0));
                em.emit(Op::Store(v));
                em.piece(check);
                ctx.loop_exits.push((ExitKind::For, Vec::new()));
                let before = ctx.statements;
                self.block(em, ctx, body);
                em.emit(Op::Loop(check, ctx.statements - before + 1));
                let end = em.here();
                em.patch(next, end);
                self.close_loop(em, ctx, end);
                return;
            }
            StmtKind::Do { pre, post, body } => {
                let top = em.here();
                let mut exits = Vec::new();
                if let Some((kind, cond)) = pre {
                    self.expr(em, Some(ctx), cond);
                    exits.push(em.emit(match kind {
                        LoopCond::While => Op::JumpIfFalse(0),
                        LoopCond::Until => Op::JumpIfTrue(0),
                    }));
                    em.piece(top);
                }
                ctx.loop_exits.push((ExitKind::Do, exits));
                let before = ctx.statements;
                self.block(em, ctx, body);
                let cost = ctx.statements - before + 1;
                match post {
                    Some((kind, cond)) => {
                        em.span = cond.span;
                        let h = em.here();
                        self.expr(em, Some(ctx), cond);
                        let out = em.emit(match kind {
                            LoopCond::While => Op::JumpIfFalse(0),
                            LoopCond::Until => Op::JumpIfTrue(0),
                        });
                        em.emit(Op::Loop(top, cost));
                        em.piece(h);
                        if let Some((_, e)) = ctx.loop_exits.last_mut() {
                            e.push(out);
                        }
                    }
                    None => {
                        em.emit(Op::Loop(top, cost));
                    }
                }
                let end = em.here();
                self.close_loop(em, ctx, end);
                return;
            }
            StmtKind::While { cond, body } => {
                let top = em.here();
                self.expr(em, Some(ctx), cond);
                let out = em.emit(Op::JumpIfFalse(0));
                em.piece(top);
                let before = ctx.statements;
                self.block(em, ctx, body);
                em.emit(Op::Loop(top, ctx.statements - before + 1));
                let end = em.here();
                em.patch(out, end);
                return;
            }
            StmtKind::Exit(k) => match k {
                ExitKind::Sub | ExitKind::Function => {
                    let j = em.emit(Op::Jump(0));
                    ctx.exit_fixups.push(j);
                }
                ExitKind::For | ExitKind::Do => {
                    let j = em.emit(Op::Jump(0));
                    match ctx.loop_exits.iter_mut().rev().find(|(kind, _)| kind == k) {
                        Some((_, list)) => list.push(j),
                        None => self.unchecked("`Exit` outside its loop", s.span),
                    }
                }
            },
            StmtKind::GoTo(l) => self.jump_to_label(em, ctx, &l.key, false),
            StmtKind::GoSub(l) => {
                let at = em.emit(Op::GoSub(0));
                ctx.label_fixups.push((at, l.key.clone()));
            }
            StmtKind::Return => {
                em.emit(Op::GoSubReturn);
            }
            StmtKind::OnError(o) => match o {
                OnError::GoTo(l) => {
                    let at = em.emit(Op::OnErrorGoTo(0));
                    ctx.label_fixups.push((at, l.key.clone()));
                }
                OnError::GoToZero => {
                    em.emit(Op::OnErrorGoToZero);
                }
                OnError::ResumeNext => {
                    em.emit(Op::OnErrorResumeNext);
                }
            },
            StmtKind::Resume(r) => match r {
                ResumeKind::Same => {
                    em.emit(Op::Resume);
                }
                ResumeKind::Next => {
                    em.emit(Op::ResumeNext);
                }
                ResumeKind::Label(l) => {
                    let at = em.emit(Op::ResumeAt(0));
                    ctx.label_fixups.push((at, l.key.clone()));
                }
            },
            StmtKind::End | StmtKind::Stop => {
                em.emit(Op::End);
            }
            StmtKind::Print { items, .. } => {
                let mut last_sep = None;
                for it in items {
                    match &it.expr {
                        Some(e) => {
                            self.expr(em, Some(ctx), e);
                        }
                        None => {
                            let i = self.add_const(Value::str(""));
                            em.emit(Op::Const(i));
                        }
                    }
                    let sep = match it.sep {
                        None => 0,
                        Some(PrintSep::Semicolon) => 1,
                        Some(PrintSep::Comma) => 2,
                    };
                    em.emit(Op::PrintItem(sep));
                    last_sep = it.sep;
                }
                em.emit(Op::PrintEnd(last_sep.is_none()));
            }
            StmtKind::Label(l) => {
                ctx.labels.insert(l.key.clone(), em.here());
                return;
            }
        }
        em.piece(start);
    }

    fn jump_to_label(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, key: &str, _gosub: bool) {
        // A jump to an earlier label is a loop: charge the budget.
        let at = if ctx.labels.contains_key(key) {
            em.emit(Op::Loop(0, 1))
        } else {
            em.emit(Op::Jump(0))
        };
        ctx.label_fixups.push((at, key.to_string()));
    }

    /// The end of an `If` or `Select`: the `Else` body, then every arm's jump to here.
    fn close_branches(
        &mut self,
        em: &mut Emitter,
        ctx: &mut ProcCtx,
        else_body: Option<&[Stmt]>,
        ends: Vec<usize>,
    ) {
        if let Some(b) = else_body {
            self.block(em, ctx, b);
        }
        let end = em.here();
        for j in ends {
            em.patch(j, end);
        }
    }

    fn close_loop(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, end: u32) {
        if let Some((_, exits)) = ctx.loop_exits.pop() {
            for j in exits {
                em.patch(j, end);
            }
        }
    }

    fn for_var(&mut self, ctx: &mut ProcCtx, var: &Expr) -> (Var, bool) {
        if let ExprKind::Name(n) = &var.kind {
            let b = match self.lookup(ctx, n) {
                Some(b) => b,
                None => self.implicit(ctx, n),
            };
            if let Binding::Var { var, ty, .. } = b {
                return (var, ty == TypeName::Variant);
            }
        }
        self.error("E0602", "a loop counter must be a variable", var.span);
        (Var::Local(0), true)
    }

    fn block(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, body: &[Stmt]) {
        for s in body {
            self.stmt(em, ctx, s);
        }
    }

    fn assign(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, target: &Expr, value: &Expr) {
        match &target.kind {
            ExprKind::Name(n) => {
                let b = match self.lookup(ctx, n) {
                    Some(b) => b,
                    None => self.implicit(ctx, n),
                };
                match b {
                    Binding::Var { var, .. } => {
                        self.expr(em, Some(ctx), value);
                        em.span = target.span;
                        em.emit(Op::Store(var));
                    }
                    Binding::Const(..) => self.unchecked(
                        format!("cannot assign to constant `{}`", n.written()),
                        n.span,
                    ),
                }
            }
            ExprKind::Call { callee, args } => {
                let ExprKind::Name(n) = &callee.kind else {
                    return self.unchecked("cannot assign to this expression", target.span);
                };
                let b = match self.lookup(ctx, n) {
                    Some(b) => b,
                    None => self.implicit(ctx, n),
                };
                let Binding::Var { var, .. } = b else {
                    return self.unchecked("cannot assign to a constant", target.span);
                };
                for a in args {
                    match a {
                        Some(a) => {
                            self.expr(em, Some(ctx), a);
                        }
                        None => self.error("E0603", "an index may not be left out", target.span),
                    }
                }
                self.expr(em, Some(ctx), value);
                em.span = target.span;
                em.emit(Op::StoreElem(var, args.len() as u8));
            }
            _ => self.unchecked("cannot assign to this expression", target.span),
        }
    }

    /// Compiles a call (statement or expression); pushes the result (Empty for Subs).
    fn call(
        &mut self,
        em: &mut Emitter,
        ctx: &mut ProcCtx,
        callee: &Expr,
        args: &[Arg],
        span: Span,
        statement: bool,
    ) -> bool {
        let typed;
        match &callee.kind {
            ExprKind::Name(n) => {
                let key = n.key();
                let is_var = matches!(
                    self.lookup(ctx, n),
                    Some(Binding::Var { .. }) | Some(Binding::Const(..))
                );
                let weekday_fn = key == "weekday" && !args.is_empty();
                // Inside a Function, its own name with arguments is a recursive call.
                let recursion = key == ctx.name && !args.is_empty();
                if is_var && !weekday_fn && !recursion && !statement {
                    // An array element.
                    let Some(Binding::Var { var, ty, .. }) = self.lookup(ctx, n) else {
                        self.error("E0604", "a constant cannot be indexed", span);
                        return false;
                    };
                    for a in args.iter().flatten() {
                        self.expr(em, Some(ctx), a);
                    }
                    em.span = span;
                    em.emit(Op::LoadElem(var, args.len() as u8));
                    return ty != TypeName::Variant;
                }
                if let Some(info) = self.procs.get(&key) {
                    let (index, params, ret) = (info.index, info.params.clone(), info.typed_return);
                    let _ = info.kind;
                    self.user_call(em, ctx, index, &params, args, span);
                    typed = ret;
                } else if let Some((id, b)) = builtins::lookup(&n.written()) {
                    for a in args {
                        match a {
                            Some(a) => {
                                self.expr(em, Some(ctx), a);
                            }
                            None => {
                                em.emit(Op::Const(self.add_const_missing()));
                            }
                        }
                    }
                    em.span = span;
                    em.emit(Op::CallBuiltin {
                        id: id as u16,
                        argc: args.len() as u8,
                    });
                    typed = builtin_typed(b.name);
                } else if key == "err" && args.is_empty() {
                    em.emit(Op::ErrNumber);
                    typed = true;
                } else {
                    for a in args.iter().flatten() {
                        self.expr(em, Some(ctx), a);
                        em.emit(Op::Pop);
                    }
                    em.span = span;
                    // Not defined: error 35 when it runs (spec 1.2).
                    let i = self.add_const(Value::Long(crate::runtime::error::NOT_DEFINED));
                    em.emit(Op::Const(i));
                    em.emit(Op::ErrRaise(1));
                    typed = false;
                }
            }
            ExprKind::Member { object, member } => {
                let is_err = matches!(&object.kind, ExprKind::Name(n) if n.key() == "err");
                if !is_err {
                    self.unchecked("only `Err` has members", member.span);
                    return false;
                }
                for a in args.iter().flatten() {
                    self.expr(em, Some(ctx), a);
                }
                em.span = span;
                match member.key().as_str() {
                    "raise" => {
                        em.emit(Op::ErrRaise(args.len() as u8));
                    }
                    "clear" => {
                        em.emit(Op::ErrClear);
                    }
                    "number" => {
                        em.emit(Op::ErrNumber);
                    }
                    "description" => {
                        em.emit(Op::ErrDescription);
                    }
                    "source" => {
                        em.emit(Op::ErrSource);
                    }
                    _ => self.unchecked("unknown member of `Err`", member.span),
                }
                if matches!(member.key().as_str(), "raise" | "clear") {
                    if !statement {
                        let i = self.add_const(Value::Empty);
                        em.emit(Op::Const(i));
                    }
                    return false;
                }
                if statement {
                    em.emit(Op::Pop);
                }
                return true;
            }
            _ => {
                // `f(x)(i)`: index the value of an expression.
                self.expr(em, Some(ctx), callee);
                for a in args.iter().flatten() {
                    self.expr(em, Some(ctx), a);
                }
                em.emit(Op::Index(args.len() as u8));
                typed = false;
            }
        }
        if statement {
            em.emit(Op::Pop);
        }
        typed
    }

    fn add_const_missing(&mut self) -> u32 {
        self.add_const(Value::Empty)
    }

    fn user_call(
        &mut self,
        em: &mut Emitter,
        ctx: &mut ProcCtx,
        index: u32,
        params: &[(bool, bool)],
        args: &[Arg],
        span: Span,
    ) {
        let mut refs = 0u32;
        let mut missing = 0u32;
        for (i, &(by_ref, _optional)) in params.iter().enumerate() {
            let arg = args.get(i).and_then(|a| a.as_ref());
            match arg {
                None => {
                    // A missing Optional argument: the VM puts in the default.
                    let m = self.add_const(Value::Empty);
                    em.emit(Op::Const(m));
                    if i < 32 {
                        missing |= 1 << i;
                    }
                }
                Some(a) if by_ref && i < 32 => {
                    if let Some(r) = self.reference(em, ctx, a) {
                        em.emit(r);
                        refs |= 1 << i;
                    } else {
                        self.expr(em, Some(ctx), a);
                    }
                }
                Some(a) => {
                    self.expr(em, Some(ctx), a);
                }
            }
        }
        // Extra arguments were reported by the checker; evaluate nothing more.
        em.span = span;
        em.emit(Op::Call {
            proc: index,
            argc: params.len() as u8,
            refs,
            missing,
        });
    }

    /// For a ByRef argument: code that pushes a reference, if `a` is a variable or an
    /// array element (not a constant, not in parentheses).
    fn reference(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, a: &Expr) -> Option<Op> {
        match &a.kind {
            ExprKind::Name(n) => {
                let b = match self.lookup(ctx, n) {
                    Some(b) => b,
                    None if self.procs.contains_key(&n.key())
                        || builtins::lookup(&n.written()).is_some() =>
                    {
                        return None;
                    }
                    None => self.implicit(ctx, n),
                };
                match b {
                    Binding::Var { var, .. } => Some(Op::RefVar(var)),
                    Binding::Const(..) => None,
                }
            }
            ExprKind::Call { callee, args } => {
                let ExprKind::Name(n) = &callee.kind else {
                    return None;
                };
                let Some(Binding::Var { var, .. }) = self.lookup(ctx, n) else {
                    return None;
                };
                for x in args.iter().flatten() {
                    self.expr(em, Some(ctx), x);
                }
                Some(Op::RefElem(var, args.len() as u8))
            }
            _ => None,
        }
    }

    /// Compiles an expression; returns whether its static type is fixed (not Variant).
    fn expr(&mut self, em: &mut Emitter, ctx: Option<&mut ProcCtx>, e: &Expr) -> bool {
        let Some(ctx) = ctx else {
            // Module level: constants only.
            let v = self.fold_const(e, None).unwrap_or_else(|| {
                self.error(
                    "E0600",
                    "a module-level bound needs a constant expression",
                    e.span,
                );
                Value::Empty
            });
            let i = self.add_const(v);
            em.emit(Op::Const(i));
            return true;
        };
        // Constant folding: operators over constants become one constant. (Operations
        // that fail, like `300 * 200` overflowing, are left to fail when they run.)
        if matches!(
            e.kind,
            ExprKind::Binary(..) | ExprKind::Unary(..) | ExprKind::Paren(_)
        ) {
            if let Some(v) = self.fold_const(e, Some(&ctx.names)) {
                let i = self.add_const(v);
                em.span = e.span;
                em.emit(Op::Const(i));
                return true;
            }
        }
        match &e.kind {
            ExprKind::Literal(l) => {
                let i = self.add_const(literal_value(l));
                em.emit(Op::Const(i));
                true
            }
            ExprKind::Name(n) => {
                let key = n.key();
                match self.lookup(ctx, n) {
                    Some(Binding::Var { var, ty, .. }) => {
                        em.emit(Op::Load(var));
                        ty != TypeName::Variant
                    }
                    Some(Binding::Const(i, typed)) => {
                        em.emit(Op::Const(i));
                        typed
                    }
                    None => {
                        if self.procs.contains_key(&key)
                            || builtins::lookup(&n.written()).is_some()
                            || key == "err"
                        {
                            em.span = e.span;
                            return self.call(em, ctx, e, &[], e.span, false);
                        }
                        if let Some(v) = builtins::constant(&key) {
                            let i = self.add_const(v);
                            em.emit(Op::Const(i));
                            return true;
                        }
                        let _ = ctx.explicit;
                        let Binding::Var { var, .. } = self.implicit(ctx, n) else {
                            return false;
                        };
                        em.emit(Op::Load(var));
                        false
                    }
                }
            }
            ExprKind::Call { callee, args } => self.call(em, ctx, callee, args, e.span, false),
            ExprKind::Member { .. } => self.call(em, ctx, e, &[], e.span, false),
            ExprKind::Paren(x) => self.expr(em, Some(ctx), x),
            ExprKind::Unary(op, x) => {
                let typed = self.expr(em, Some(ctx), x);
                em.span = e.span;
                match op {
                    UnOp::Neg => {
                        em.emit(Op::Neg(!typed));
                    }
                    UnOp::Plus => {}
                    UnOp::Not => {
                        em.emit(Op::Not);
                    }
                }
                typed
            }
            ExprKind::Binary(op, a, b) => {
                let ta = self.expr(em, Some(ctx), a);
                let tb = self.expr(em, Some(ctx), b);
                em.span = e.span;
                em.emit(Op::Binary(*op, !(ta && tb)));
                ta && tb
            }
            ExprKind::Error => {
                self.unchecked("syntax error", e.span);
                false
            }
        }
    }
}

/// Every `ParaN` the module mentions, in order of first use, wherever it appears
/// (bounds of `Dim`/`ReDim` included).
fn collect_para_names(module: &ast::Module, out: &mut Vec<String>) {
    module.for_each_expr(&mut |e| {
        if let ExprKind::Name(n) = &e.kind {
            let k = n.key();
            if para_number(&k).is_some() && !out.contains(&k) {
                out.push(k);
            }
        }
    });
}
