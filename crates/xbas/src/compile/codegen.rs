//! The compiler: a checked, bound syntax tree to bytecode. Every name was resolved by
//! the binder ([`crate::bind`]); this reads its [`Bindings`] — slot, constant, procedure
//! or built-in for each identifier — and never looks a name up. Constants are folded;
//! each expression's static type decides whether integer overflow widens (Variant
//! operand) or is error 6 (typed).

use super::bytecode::{ErrProp, Module, Op, Param, Piece, Proc, Ref, SlotInfo, Var};
use crate::bind::args::{builtin_params, in_order};
use crate::bind::{Bindings, Symbol, decl_type};
use crate::diagnostic::{Diagnostic, Span};
use crate::runtime::builtins;
use crate::runtime::ops;
use crate::runtime::value::{Value, let_coerce};
use crate::signatures::{CONSTANTS, SIGNATURES};
use crate::syntax::ast::{
    self, Arg, BinOp, Bound, CaseItem, ConstDecl, DeclKind, ExitKind, Expr, ExprKind, Ident,
    Literal, LoopCond, Number, OnError, PrintPos, PrintSep, ProcKind, ResumeKind, Stmt, StmtKind,
    TypeName, UnOp,
};
use std::collections::HashMap;

/// What a call to a procedure of the module needs to know about it.
struct ProcInfo {
    /// (by_ref, optional) of each parameter.
    params: Vec<(bool, bool)>,
    /// Parameter names for named arguments (None: it has a ParamArray).
    names: Option<Vec<String>>,
    /// The last parameter is a ParamArray.
    param_array: bool,
    typed_return: bool,
}

struct Compiler<'m> {
    module: &'m ast::Module,
    bindings: &'m Bindings,
    consts: Vec<Value>,
    /// Each declared `Const`, once folded: its constant-pool index and whether its type
    /// is fixed; by the binder's constant number.
    const_values: Vec<Option<(u32, bool)>>,
    /// By procedure index.
    procs: Vec<ProcInfo>,
    diags: Vec<Diagnostic>,
    /// Module-level and Static arrays to create before every run.
    init: Emitter,
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
    locals: Vec<SlotInfo>,
    labels: HashMap<String, u32>,
    /// Jumps to labels not yet placed: (instruction, label, statements so far).
    label_fixups: Vec<(usize, String)>,
    exit_fixups: Vec<usize>,
    loop_exits: Vec<(ExitKind, Vec<usize>)>,
    ret_slot: Option<u32>,
    statements: u32,
}

/// Compiles a module that the front end found free of errors, with its bindings.
pub fn compile(module: &ast::Module, bindings: &Bindings) -> Result<Module, Vec<Diagnostic>> {
    let mut c = Compiler {
        module,
        bindings,
        consts: Vec::new(),
        const_values: vec![None; bindings.consts as usize],
        procs: module
            .procs
            .iter()
            .map(|p| ProcInfo {
                params: p
                    .params
                    .iter()
                    .map(|x| (x.mode == ast::PassMode::ByRef && !x.param_array, x.optional))
                    .collect(),
                names: crate::bind::args::param_names(p),
                param_array: p.params.last().is_some_and(|x| x.param_array),
                typed_return: p.ret.is_some() || p.name.suffix.is_some(),
            })
            .collect(),
        diags: Vec::new(),
        init: Emitter::default(),
    };
    c.declare_globals();
    let mut procs = Vec::new();
    for (i, p) in module.procs.iter().enumerate() {
        procs.push(c.proc(i, p));
    }
    c.init.emit(Op::Return);
    let refs = c.refs();
    if !c.diags.is_empty() {
        return Err(c.diags);
    }
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
        fused: Vec::new(),
        trees: Vec::new(),
        region: None,
    };
    Ok(Module {
        procs,
        globals: bindings.globals.clone(),
        consts: c.consts,
        init,
        main: bindings.main,
        paras: bindings.paras.clone(),
        weekday: bindings.weekday,
        minutes: bindings.minutes,
        result: bindings.result,
        option_base: module.option_base,
        names: bindings.vars(),
        refs,
    })
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

    /// A problem the binder (which owns the name, label, `Exit` and assignment
    /// diagnostics) reports before code generation runs; reaching it here is a bug of
    /// the binder, reported as such rather than as a second copy of its code.
    fn unchecked(&mut self, what: impl Into<String>, span: Span) {
        self.error("E0699", what, span);
    }

    /// What the binder decided for an identifier.
    fn sym(&mut self, name: &Ident) -> Symbol {
        match self.bindings.get(name) {
            Some(s) => s.clone(),
            None => {
                self.unchecked(format!("`{}` was not bound", name.written()), name.span);
                Symbol::Undefined
            }
        }
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

    fn declare_globals(&mut self) {
        let module = self.module;
        for d in &module.decls {
            match &d.kind {
                StmtKind::Dim { vars, .. } => {
                    for v in vars {
                        let Some(dims) = v.dims.as_deref().filter(|d| !d.is_empty()) else {
                            continue;
                        };
                        if let Symbol::Var { var, ty } = self.sym(&v.name) {
                            let mut init = std::mem::take(&mut self.init);
                            init.span = v.span;
                            self.dim_array(&mut init, None, var, dims, ty);
                            self.init = init;
                        }
                    }
                }
                StmtKind::Const { items, .. } => {
                    for it in items {
                        self.const_decl(it, true);
                    }
                }
                _ => {}
            }
        }
    }

    /// What each name that is a procedure, a built-in or a typed constant refers to.
    fn refs(&mut self) -> HashMap<usize, Ref> {
        let mut out = HashMap::new();
        for (at, sym) in self.bindings.symbols() {
            let r = match *sym {
                Symbol::Proc(p) => Ref::Proc(p),
                Symbol::Builtin(b) => Ref::Builtin(b),
                Symbol::Const(c) => match self.const_values.get(c as usize).copied().flatten() {
                    Some((i, true)) => Ref::Const(i),
                    _ => continue,
                },
                Symbol::Constant(c) => match CONSTANTS.get(c) {
                    Some(k) => Ref::Const(self.add_const(builtins::constant_value(k))),
                    None => continue,
                },
                _ => continue,
            };
            out.insert(at, r);
        }
        out
    }

    /// Folds a `Const` declaration's value (E0600 when it is not constant).
    fn const_decl(&mut self, it: &ConstDecl, module_level: bool) {
        let v = self.fold_const(&it.value);
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
        let typed = !module_level || it.ty.is_some() || !matches!(v, Value::Empty);
        let i = self.add_const(v);
        if let Symbol::Const(n) = self.sym(&it.name) {
            if let Some(slot) = self.const_values.get_mut(n as usize) {
                *slot = Some((i, typed));
            }
        }
    }

    /// Evaluates a constant expression (literals, constants, operators).
    fn fold_const(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Literal(l) => Some(literal_value(l)),
            ExprKind::Paren(x) => self.fold_const(x),
            ExprKind::Name(n) => match self.bindings.get(n)? {
                Symbol::Const(c) => {
                    let (i, _) = (*self.const_values.get(*c as usize)?)?;
                    self.consts.get(i as usize).cloned()
                }
                Symbol::Constant(c) => CONSTANTS.get(*c).map(builtins::constant_value),
                _ => None,
            },
            ExprKind::Unary(UnOp::Neg, x) => ops::neg(&self.fold_const(x)?, false).ok(),
            ExprKind::Unary(UnOp::Plus, x) => self.fold_const(x),
            ExprKind::Unary(UnOp::Not, x) => ops::not(&self.fold_const(x)?).ok(),
            ExprKind::Binary(op, a, b) => {
                let a = self.fold_const(a)?;
                let b = self.fold_const(b)?;
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

    fn proc(&mut self, index: usize, p: &'m ast::Procedure) -> Proc {
        let bindings = self.bindings;
        let slots = &bindings.procs[index];
        let mut ctx = ProcCtx {
            locals: slots.locals.clone(),
            labels: HashMap::new(),
            label_fixups: Vec::new(),
            exit_fixups: Vec::new(),
            loop_exits: Vec::new(),
            ret_slot: slots.ret_slot,
            statements: 0,
        };
        let mut em = Emitter {
            span: p.span,
            ..Emitter::default()
        };
        let mut params = Vec::new();
        for (prm, &(slot, ref_index)) in p.params.iter().zip(&slots.params) {
            let ty = decl_type(&prm.name, prm.ty);
            let default = prm.default.as_ref().map(|d| {
                let v = self.fold_const(d).unwrap_or(Value::Empty);
                let v = let_coerce(v.clone(), ty).unwrap_or(v);
                self.add_const(v)
            });
            params.push(Param {
                by_ref: ref_index.is_some(),
                optional: prm.optional,
                slot,
                ref_index,
                default,
                ty,
            });
        }
        // Declarations are hoisted: a Dim anywhere declares for the whole procedure.
        let mut decls = Vec::new();
        ast::for_each_stmt(&p.body, &mut |s| {
            if matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }) {
                decls.push(s);
            }
        });
        for d in decls {
            self.local_decl(&mut em, &mut ctx, d);
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
            fused: Vec::new(),
            trees: Vec::new(),
            region: None,
        }
    }

    fn local_decl(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, d: &Stmt) {
        match &d.kind {
            StmtKind::Dim { kind, vars } => {
                for v in vars {
                    let Some(dims) = v.dims.as_deref().filter(|d| !d.is_empty()) else {
                        continue;
                    };
                    let Symbol::Var { var, ty } = self.sym(&v.name) else {
                        continue;
                    };
                    if *kind == DeclKind::Static {
                        let mut init = std::mem::take(&mut self.init);
                        init.span = v.span;
                        self.dim_array(&mut init, None, var, dims, ty);
                        self.init = init;
                    } else {
                        em.span = v.span;
                        self.dim_array(em, Some(ctx), var, dims, ty);
                    }
                }
            }
            StmtKind::Const { items, .. } => {
                for it in items {
                    self.const_decl(it, false);
                }
            }
            _ => {}
        }
    }

    /// `Len(varname)` of a variable declared with a fixed-size type: the bytes that store
    /// it ("Len returns … the number of bytes required to store a variable": `Len(MyInt)`
    /// is 2, `Len(MyCur)` 8 — VBA reference, Len function; sizes from its Data type
    /// summary). A Variant or String variable, or any other expression, is text.
    fn storage_len(&mut self, ctx: &ProcCtx, id: usize, args: &[Option<Expr>]) -> Option<i32> {
        if SIGNATURES[id].name != "Len" {
            return None;
        }
        let [
            Some(Expr {
                kind: ExprKind::Name(n),
                ..
            }),
        ] = args
        else {
            return None;
        };
        let Symbol::Var { var, ty } = self.sym(n) else {
            return None;
        };
        let info = match var {
            Var::Local(i) => ctx.locals.get(i as usize)?,
            Var::Global(i) => self.bindings.globals.get(i as usize)?,
            Var::Ref(_) => return None,
        };
        if info.array {
            return None;
        }
        match ty {
            TypeName::Byte => Some(1),
            TypeName::Integer | TypeName::Boolean => Some(2),
            TypeName::Long | TypeName::Single => Some(4),
            TypeName::Double | TypeName::Currency | TypeName::Date => Some(8),
            _ => None,
        }
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
                    let Symbol::Var { var, .. } = self.sym(&v.name) else {
                        self.unchecked("cannot ReDim this name", v.span);
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
                        elem: v.ty.unwrap_or(TypeName::Variant),
                    });
                }
            }
            StmtKind::Erase(names) => {
                for n in names {
                    if let Symbol::Var { var, .. } = self.sym(n) {
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
                let (v, promote) = self.for_var(var);
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
                let (v, _) = self.for_var(var);
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
                    // Clear method page: "The Clear method is called automatically
                    // whenever any of the following statements is executed: ... Exit Sub,
                    // Exit Function".
                    em.emit(Op::ErrClear);
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
                        // A bare `Tab` takes Empty: the next print zone.
                        None if it.pos == PrintPos::Tab => {
                            let i = self.add_const(Value::Empty);
                            em.emit(Op::Const(i));
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
                    em.emit(match it.pos {
                        PrintPos::Value => Op::PrintItem(sep),
                        PrintPos::Spc => Op::PrintMove(false, sep),
                        PrintPos::Tab => Op::PrintMove(true, sep),
                    });
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

    fn for_var(&mut self, var: &Expr) -> (Var, bool) {
        if let ExprKind::Name(n) = &var.kind {
            if let Symbol::Var { var, ty } = self.sym(n) {
                return (var, ty == TypeName::Variant);
            }
        }
        self.unchecked("a loop counter must be a variable", var.span);
        (Var::Local(0), true)
    }

    fn block(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, body: &[Stmt]) {
        for s in body {
            self.stmt(em, ctx, s);
        }
    }

    fn assign(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, target: &Expr, value: &Expr) {
        match &target.kind {
            ExprKind::Name(n) => match self.sym(n) {
                Symbol::Var { var, .. } => {
                    self.expr(em, Some(ctx), value);
                    em.span = target.span;
                    em.emit(Op::Store(var));
                }
                _ => self.unchecked(format!("cannot assign to `{}`", n.written()), n.span),
            },
            ExprKind::Call { callee, .. } if matches!(callee.kind, ExprKind::Call { .. }) => {
                self.assign_deep(em, ctx, target, value);
            }
            ExprKind::Call { callee, args } => {
                let ExprKind::Name(n) = &callee.kind else {
                    return self.unchecked("cannot assign to this expression", target.span);
                };
                if let Symbol::Builtin(_) = self.sym(n) {
                    return self.mid_statement(em, ctx, args, value, target.span);
                }
                let Symbol::Var { var, .. } = self.sym(n) else {
                    return self.unchecked("cannot assign to an element of this", target.span);
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
            // `Err.Number = 11` (the binder let only Err's properties through).
            ExprKind::Member { member, .. } => match ErrProp::from_key(&member.key()) {
                Some(p) => {
                    self.expr(em, Some(ctx), value);
                    em.span = target.span;
                    em.emit(Op::ErrSet(p));
                }
                None => self.unchecked("cannot assign to this member", target.span),
            },
            _ => self.unchecked("cannot assign to this expression", target.span),
        }
    }

    /// Pushes an argument's value, or Empty for one left out.
    fn arg_or_empty(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, a: &Arg) {
        match a {
            Some(a) => {
                self.expr(em, Some(ctx), a);
            }
            None => {
                let i = self.add_const(Value::Empty);
                em.emit(Op::Const(i));
            }
        }
    }

    /// `x(i)(j) = v`: the index groups from the root variable out, each followed by its
    /// count, then the value; `StoreDeep` walks them.
    fn assign_deep(&mut self, em: &mut Emitter, ctx: &mut ProcCtx, target: &Expr, value: &Expr) {
        let mut groups = Vec::new();
        let mut at = target;
        while let ExprKind::Call { callee, args } = &at.kind {
            groups.push(args);
            at = callee;
        }
        let ExprKind::Name(n) = &at.kind else {
            return self.unchecked("cannot assign to this expression", target.span);
        };
        let Symbol::Var { var, .. } = self.sym(n) else {
            return self.unchecked("cannot assign to an element of this", target.span);
        };
        if groups.len() > u8::MAX as usize {
            return self.unchecked("too many index groups", target.span);
        }
        for args in groups.iter().rev() {
            for a in args.iter() {
                match a {
                    Some(a) => {
                        self.expr(em, Some(ctx), a);
                    }
                    None => self.error("E0603", "an index may not be left out", target.span),
                }
            }
            let i = self.add_const(Value::Long(args.len() as i32));
            em.emit(Op::Const(i));
        }
        self.expr(em, Some(ctx), value);
        em.span = target.span;
        em.emit(Op::StoreDeep(var, groups.len() as u8));
    }

    /// `Mid(var, start[, length]) = text` (the binder let only this builtin through): `var`
    /// gets the text `Mid=` makes of its value.
    fn mid_statement(
        &mut self,
        em: &mut Emitter,
        ctx: &mut ProcCtx,
        args: &[Option<Expr>],
        value: &Expr,
        span: Span,
    ) {
        let Some(Some(Expr {
            kind: ExprKind::Name(v),
            ..
        })) = args.first()
        else {
            return self.unchecked("the Mid statement changes a variable", span);
        };
        let Symbol::Var { var, .. } = self.sym(v) else {
            return self.unchecked("the Mid statement changes a variable", span);
        };
        let Some((id, _)) = crate::signatures::lookup("Mid=") else {
            return self.unchecked("no Mid statement", span);
        };
        em.emit(Op::Load(var));
        for i in 1..3 {
            self.arg_or_empty(em, ctx, args.get(i).unwrap_or(&None));
        }
        self.expr(em, Some(ctx), value);
        em.span = span;
        em.emit(Op::CallBuiltin {
            id: id as u16,
            argc: 4,
        });
        em.emit(Op::Store(var));
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
            ExprKind::Name(n) => match self.sym(n) {
                Symbol::Var { var, .. } if !statement && args.is_empty() => {
                    // `a()`: the whole array (Call statement page: "use the array name
                    // followed by empty parentheses").
                    em.emit(Op::Load(var));
                    return false;
                }
                Symbol::Var { var, ty } if !statement => {
                    // An array element.
                    for a in args.iter().flatten() {
                        self.expr(em, Some(ctx), a);
                    }
                    em.span = span;
                    em.emit(Op::LoadElem(var, args.len() as u8));
                    return ty != TypeName::Variant;
                }
                Symbol::Proc(index) => {
                    let info = &self.procs[index as usize];
                    let ret = info.typed_return;
                    let names = info.names.clone();
                    let Ok(args) = in_order(args, names.as_deref(), "") else {
                        self.unchecked("named arguments that do not fit", span);
                        return false;
                    };
                    self.user_call(em, ctx, index, &args, span);
                    typed = ret;
                }
                Symbol::Builtin(id) => {
                    let name = SIGNATURES.get(id).map_or("", |b| b.name);
                    let Ok(args) = in_order(args, builtin_params(name), name) else {
                        self.unchecked("named arguments that do not fit", span);
                        return false;
                    };
                    let args = &args[..];
                    if let Some(size) = self.storage_len(ctx, id, args) {
                        let i = self.add_const(Value::Long(size));
                        em.emit(Op::Const(i));
                        return true;
                    }
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
                    typed = builtin_typed(SIGNATURES[id].name);
                }
                Symbol::Err => {
                    em.emit(Op::ErrGet(ErrProp::Number));
                    typed = true;
                }
                Symbol::Undefined => {
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
                _ => {
                    self.unchecked(format!("`{}` cannot be called", n.written()), span);
                    return false;
                }
            },
            ExprKind::Member { object, member } => {
                let is_err = matches!(&object.kind, ExprKind::Name(n) if self.bindings.get(n) == Some(&Symbol::Err));
                if !is_err {
                    self.unchecked("only `Err` has members", member.span);
                    return false;
                }
                let Ok(args) = in_order(args, builtin_params("Err.Raise"), "Err.Raise") else {
                    self.unchecked("named arguments that do not fit", span);
                    return false;
                };
                let args = &args[..];
                // An omitted argument (`Err.Raise 5, , "text"`) is Empty.
                for a in args {
                    self.arg_or_empty(em, ctx, a);
                }
                em.span = span;
                match member.key().as_str() {
                    "raise" => {
                        em.emit(Op::ErrRaise(args.len() as u8));
                    }
                    "clear" => {
                        em.emit(Op::ErrClear);
                    }
                    key => match ErrProp::from_key(key) {
                        Some(p) => {
                            em.emit(Op::ErrGet(p));
                        }
                        None => self.unchecked("unknown member of `Err`", member.span),
                    },
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
        args: &[Arg],
        span: Span,
    ) {
        let info = &self.procs[index as usize];
        let (params, param_array) = (info.params.clone(), info.param_array);
        let mut refs = 0u32;
        let mut missing = 0u32;
        let fixed = params.len() - param_array as usize;
        for (i, &(by_ref, _optional)) in params.iter().enumerate() {
            if i == fixed {
                // The ParamArray: every further argument, in a 0-based Variant array
                // (Option Base statement page: "Option Base does not affect ParamArray").
                let extra = args.get(fixed..).unwrap_or_default();
                for a in extra {
                    self.arg_or_empty(em, ctx, a);
                }
                em.span = span;
                em.emit(Op::MakeArray(extra.len() as u8));
                break;
            }
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
            ExprKind::Name(n) => match self.sym(n) {
                Symbol::Var { var, .. } => Some(Op::RefVar(var)),
                _ => None,
            },
            ExprKind::Call { callee, args } => {
                let ExprKind::Name(n) = &callee.kind else {
                    return None;
                };
                let Some(&Symbol::Var { var, .. }) = self.bindings.get(n) else {
                    return None;
                };
                if args.is_empty() {
                    // `f(a())`: the whole array.
                    return Some(Op::RefVar(var));
                }
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
            let v = self.fold_const(e).unwrap_or_else(|| {
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
            if let Some(v) = self.fold_const(e) {
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
            ExprKind::Name(n) => match self.sym(n) {
                Symbol::Var { var, ty } => {
                    em.emit(Op::Load(var));
                    ty != TypeName::Variant
                }
                Symbol::Const(c) => match self.const_values.get(c as usize).copied().flatten() {
                    Some((i, typed)) => {
                        em.emit(Op::Const(i));
                        typed
                    }
                    None => {
                        self.unchecked(format!("constant `{}` has no value", n.written()), n.span);
                        false
                    }
                },
                Symbol::Constant(c) => {
                    let v = CONSTANTS.get(c).map(builtins::constant_value);
                    let i = self.add_const(v.unwrap_or(Value::Empty));
                    em.emit(Op::Const(i));
                    true
                }
                Symbol::Proc(_) | Symbol::Builtin(_) | Symbol::Err => {
                    em.span = e.span;
                    self.call(em, ctx, e, &[], e.span, false)
                }
                Symbol::Undefined => {
                    self.unchecked(format!("`{}` is not declared", n.written()), n.span);
                    false
                }
            },
            ExprKind::Call { callee, args } => self.call(em, ctx, callee, args, e.span, false),
            ExprKind::Member { .. } => self.call(em, ctx, e, &[], e.span, false),
            ExprKind::Paren(x) => self.expr(em, Some(ctx), x),
            // Only where the callee is not known (a call that fails with error 35 when it
            // runs): the value is evaluated as a positional argument would be.
            ExprKind::Named { value, .. } => self.expr(em, Some(ctx), value),
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
                em.emit(match ops::Dispatch::of(*op, ta, tb) {
                    ops::Dispatch::Binary { promote } => Op::Binary(*op, promote),
                    ops::Dispatch::Compare { typed } => Op::Compare(*op, typed),
                    ops::Dispatch::AddMixed { typed } => Op::AddMixed(typed),
                });
                ta && tb
            }
            ExprKind::Error => {
                self.unchecked("syntax error", e.span);
                false
            }
        }
    }
}
