//! The numeric kernel: a second, typed translation of `Sub Main` for the common kind of
//! scenario — assignments and `If` blocks over variables declared `As Integer`, `As Long`
//! or `As Double`, and over the host inputs and `Result` left undeclared (Variants holding
//! numbers, held here as Doubles) — that needs no other Variant, no calls and no loops. Every value is held as
//! an `f64` (Integer and Long values are exact in it, and a product too large to be exact
//! is out of their range anyway), so the kernel runs without tags, allocation or
//! dispatch on values, one interval at a time or a column of intervals at a time
//! (`vm::batch`).
//!
//! The kernel mirrors the VM's semantics for this subset exactly (VBA's static types:
//! typed Integer/Long arithmetic overflows with error 6, `/` gives Double, stores round
//! half to even). Wherever the VM would raise an error, the kernel only reports "this
//! interval failed" and the caller re-runs that interval on the VM for the exact error.
//! A script outside the subset gets no kernel and always runs on the VM.

use super::bytecode::{Module, Var};
use crate::diagnostic::Span;
use crate::syntax::ast::{self, BinOp, ExprKind, Literal, Number, StmtKind, TypeName, UnOp};

/// The static type of a kernel value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum K {
    Bool,
    Int,
    Long,
    Double,
}

impl K {
    fn of(ty: TypeName) -> Option<K> {
        match ty {
            TypeName::Integer => Some(K::Int),
            TypeName::Long => Some(K::Long),
            TypeName::Double => Some(K::Double),
            _ => None,
        }
    }
    /// The range an integral kind must stay in (None: Double/Bool, no range).
    pub fn range(self) -> Option<(f64, f64)> {
        match self {
            K::Int => Some((i16::MIN as f64, i16::MAX as f64)),
            K::Long => Some((i32::MIN as f64, i32::MAX as f64)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arith {
    Add,
    Sub,
    Mul,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logic {
    And,
    Or,
    Xor,
    Eqv,
    Imp,
}

#[derive(Debug, Clone, PartialEq)]
pub enum KExpr {
    Const(f64, K),
    Slot(u16, K),
    /// `+ - *` with the result kind (integral kinds are range-checked).
    Arith(Arith, Box<KExpr>, Box<KExpr>, K),
    /// `/`: Double; a zero divisor fails.
    Div(Box<KExpr>, Box<KExpr>),
    Cmp(Cmp, Box<KExpr>, Box<KExpr>),
    /// On Booleans only.
    Logic(Logic, Box<KExpr>, Box<KExpr>),
    Not(Box<KExpr>),
    Neg(Box<KExpr>, K),
}

impl KExpr {
    pub fn kind(&self) -> K {
        match self {
            KExpr::Const(_, k) | KExpr::Slot(_, k) | KExpr::Arith(.., k) | KExpr::Neg(_, k) => *k,
            KExpr::Div(..) => K::Double,
            KExpr::Cmp(..) | KExpr::Logic(..) | KExpr::Not(_) => K::Bool,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum KStmt {
    /// Let-coercion to the slot's kind (rounding half to even, range-checked).
    Store(u16, KExpr),
    If {
        arms: Vec<(KExpr, Vec<KStmt>)>,
        else_body: Vec<KStmt>,
    },
}

/// Where a slot's value comes from at the start of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// ParaN (0-based N-1).
    Para(usize),
    Weekday,
    Minutes,
    /// Starts at 0.
    Zero,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Kernel {
    /// Kind and initial value of every slot.
    pub slots: Vec<(K, Input)>,
    pub result: u16,
    pub body: Vec<KStmt>,
}

/// Why a script runs on the general VM: the first construct outside the kernel's subset
/// (`xbas check --explain-kernel`), with where it is when it is in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NotKernel {
    pub span: Option<Span>,
    pub reason: String,
}

struct Builder<'a> {
    /// The first construct found outside the subset.
    why: Option<NotKernel>,
    module: &'a Module,
    /// `Main`'s compiled procedure (its locals' types).
    main: &'a crate::compile::bytecode::Proc,
    slots: Vec<(K, Input)>,
    /// Kernel slot per global and per local slot of `Main`, once used.
    globals: Vec<Option<u16>>,
    local_slots: Vec<Option<u16>>,
    /// A Boolean slot set by `Exit Sub`, once one is met: the statements after a block
    /// that may exit run only while it is False.
    exited: Option<u16>,
}

/// The kernel of a compiled module, or why its `Main` is outside the subset.
pub fn build(ast: &ast::Module, module: &Module) -> Result<Kernel, NotKernel> {
    let not = |span: Option<Span>, reason: &str| NotKernel {
        span,
        reason: reason.to_string(),
    };
    let index = module
        .main
        .ok_or_else(|| not(None, "there is no `Sub Main`"))? as usize;
    let (Some(main), Some(compiled)) = (ast.procs.get(index), module.procs.get(index)) else {
        return Err(not(None, "there is no `Sub Main`"));
    };
    if !main.params.is_empty() {
        return Err(not(Some(main.span), "`Main` has parameters"));
    }
    let mut b = Builder {
        why: None,
        module,
        main: compiled,
        slots: Vec::new(),
        globals: vec![None; module.globals.len()],
        local_slots: vec![None; compiled.locals.len()],
        exited: None,
    };
    let built = b.main(main);
    built.ok_or_else(|| {
        b.why
            .unwrap_or_else(|| not(None, "a declaration the kernel does not hold"))
    })
}

impl<'a> Builder<'a> {
    /// Records why the script is outside the subset (the first reason found wins).
    fn no<T>(&mut self, span: Span, reason: impl Into<String>) -> Option<T> {
        if self.why.is_none() {
            self.why = Some(NotKernel {
                span: Some(span),
                reason: reason.into(),
            });
        }
        None
    }

    fn main(&mut self, main: &'a ast::Procedure) -> Option<Kernel> {
        let module = self.module;
        // Host values are converted to their declared types even when Main ignores them
        // (a Para declared As Long fails on 1e10 either way), so typed ones get slots
        // now; an undeclared one gets its slot when Main reads it.
        let hosts = module
            .paras
            .iter()
            .flatten()
            .chain([&module.weekday, &module.minutes]);
        for &g in hosts {
            let Some(info) = module.globals.get(g as usize) else {
                continue;
            };
            if info.ty != TypeName::Variant && self.global_slot(g).is_none() {
                return self.no(
                    main.name.span,
                    format!("`{}` is declared As {:?}", info.name, info.ty),
                );
            }
        }
        let b = self;
        let mut dims = Vec::new();
        if let Err(span) = collect_dims(&main.body, &mut dims) {
            return b.no(span, "a `Static` declaration");
        }
        // Main's own variables are plain numbers (no arrays, no Strings or Variants).
        for d in dims {
            if d.dims.is_some() {
                return b.no(d.name.span, format!("`{}` is an array", d.name.written()));
            }
            let ty = d.ty.unwrap_or_else(|| suffix_type(&d.name));
            if K::of(ty).is_none() {
                return b.no(
                    d.name.span,
                    format!("`{}` is declared As {:?}", d.name.written(), ty),
                );
            }
        }
        let Some(result) = b.global_slot(module.result) else {
            let info = module.globals.get(module.result as usize);
            let reason = match info {
                Some(g) if g.array => "`Result` is an array".to_string(),
                Some(g) => format!("`Result` is declared As {:?}", g.ty),
                None => "there is no `Result`".to_string(),
            };
            return b.no(main.name.span, reason);
        };
        let body = b.block(&main.body)?;
        Some(Kernel {
            slots: std::mem::take(&mut b.slots),
            result,
            body,
        })
    }
}

fn suffix_type(name: &ast::Ident) -> TypeName {
    name.suffix
        .and_then(TypeName::from_suffix)
        .unwrap_or(TypeName::Variant)
}

fn collect_dims<'a>(body: &'a [ast::Stmt], out: &mut Vec<&'a ast::VarDecl>) -> Result<(), Span> {
    for s in body {
        match &s.kind {
            StmtKind::Dim {
                kind: ast::DeclKind::Dim,
                vars,
            } => out.extend(vars.iter()),
            StmtKind::Dim { .. } => return Err(s.span),
            StmtKind::If { arms, else_body } => {
                for (_, b) in arms {
                    collect_dims(b, out)?;
                }
                if let Some(b) = else_body {
                    collect_dims(b, out)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

impl Builder<'_> {
    fn new_slot(&mut self, k: K, input: Input) -> Option<u16> {
        let s = u16::try_from(self.slots.len()).ok()?;
        self.slots.push((k, input));
        Some(s)
    }

    /// Where a module-level variable's value comes from: a host input, or zero.
    fn input_of(&self, g: u32) -> Input {
        let m = self.module;
        if let Some(i) = m.paras.iter().position(|p| *p == Some(g)) {
            Input::Para(i)
        } else if g == m.weekday {
            Input::Weekday
        } else if g == m.minutes {
            Input::Minutes
        } else {
            Input::Zero
        }
    }

    /// The slot of a module-level variable, made on first use: a numeric one as
    /// declared; an undeclared host input or `Result` as a Double. Those are Variants
    /// holding numbers (spec 1.1: ParaN a Double, Weekday and Minutes Longs; `Result`
    /// what Main assigns), and Variant arithmetic on them gives the values Double
    /// arithmetic gives (an Integer or Long result that would overflow widens to Double
    /// in the Variant; wherever the kernel raises an error the interval is re-run on the
    /// VM). The store rule truncates a Double `Result` as the VM truncates a Variant one.
    fn global_slot(&mut self, g: u32) -> Option<u16> {
        if let Some(s) = self.globals.get(g as usize).copied().flatten() {
            return Some(s);
        }
        let info = self.module.globals.get(g as usize)?;
        if info.array {
            return None;
        }
        let input = self.input_of(g);
        let k = match K::of(info.ty) {
            Some(k) => k,
            None if info.ty == TypeName::Variant
                && (input != Input::Zero || g == self.module.result) =>
            {
                K::Double
            }
            None => return None,
        };
        let s = self.new_slot(k, input)?;
        self.globals[g as usize] = Some(s);
        Some(s)
    }

    /// The kernel slot and kind of a variable, as code generation resolved the name
    /// (`Module::names`); None for what the kernel does not hold.
    fn name(&mut self, n: &ast::Ident) -> Option<(u16, K)> {
        let Some(&var) = self.module.names.get(&n.span.start) else {
            return self.no(n.span, format!("`{}` is no variable", n.written()));
        };
        let s = match var {
            Var::Local(l) => {
                let l = l as usize;
                match *self.local_slots.get(l)? {
                    Some(s) => s,
                    None => {
                        let info = self.main.locals.get(l)?;
                        let Some(k) = K::of(info.ty).filter(|_| !info.array) else {
                            return self.no(n.span, variant_reason(n, info.ty));
                        };
                        let s = self.new_slot(k, Input::Zero)?;
                        self.local_slots[l] = Some(s);
                        s
                    }
                }
            }
            Var::Global(g) => match self.global_slot(g) {
                Some(s) => s,
                None => {
                    let ty = self.module.globals.get(g as usize).map(|i| i.ty);
                    return self.no(n.span, variant_reason(n, ty.unwrap_or(TypeName::Variant)));
                }
            },
            Var::Ref(_) => return self.no(n.span, "a ByRef parameter"),
        };
        Some((s, self.slots[s as usize].0))
    }

    fn block(&mut self, body: &[ast::Stmt]) -> Option<Vec<KStmt>> {
        let mut out = Vec::new();
        for (at, s) in body.iter().enumerate() {
            match &s.kind {
                StmtKind::Dim { .. } => {}
                // `Exit Sub` (a guard clause): set the flag; the rest of this block is
                // never reached.
                StmtKind::Exit(ast::ExitKind::Sub) => {
                    let flag = self.exit_flag()?;
                    out.push(KStmt::Store(flag, KExpr::Const(-1.0, K::Bool)));
                    return Some(out);
                }
                StmtKind::Assign { target, value } => {
                    let ExprKind::Name(n) = &target.kind else {
                        return self.no(target.span, "an assignment to an array element");
                    };
                    let (slot, _) = self.name(n)?;
                    let v = self.expr(value)?;
                    out.push(KStmt::Store(slot, v));
                }
                StmtKind::If { arms, else_body } => {
                    let mut karms = Vec::new();
                    for (c, b) in arms {
                        let c = self.expr(c)?;
                        karms.push((c, self.block(b)?));
                    }
                    let else_body = match else_body {
                        Some(b) => self.block(b)?,
                        None => Vec::new(),
                    };
                    out.push(KStmt::If {
                        arms: karms,
                        else_body,
                    });
                }
                other => return self.no(s.span, stmt_name(other)),
            }
            if may_exit(s) && at + 1 < body.len() {
                let flag = self.exit_flag()?;
                let rest = self.block(&body[at + 1..])?;
                let still = KExpr::Not(Box::new(KExpr::Slot(flag, K::Bool)));
                out.push(KStmt::If {
                    arms: vec![(still, rest)],
                    else_body: Vec::new(),
                });
                return Some(out);
            }
        }
        Some(out)
    }

    /// The `Exit Sub` flag's slot (False at the start of every interval).
    fn exit_flag(&mut self) -> Option<u16> {
        if let Some(s) = self.exited {
            return Some(s);
        }
        let s = self.new_slot(K::Bool, Input::Zero)?;
        self.exited = Some(s);
        Some(s)
    }

    fn expr(&mut self, e: &ast::Expr) -> Option<KExpr> {
        Some(match &e.kind {
            ExprKind::Literal(Literal::Number(n)) => match n {
                Number::Integer(v) => KExpr::Const(*v as f64, K::Int),
                Number::Long(v) => KExpr::Const(*v as f64, K::Long),
                Number::Double(v) if v.is_finite() => KExpr::Const(*v, K::Double),
                _ => return self.no(e.span, "a Single or Currency literal"),
            },
            ExprKind::Literal(Literal::Bool(b)) => {
                KExpr::Const(if *b { -1.0 } else { 0.0 }, K::Bool)
            }
            ExprKind::Name(n) => {
                let (s, k) = self.name(n)?;
                KExpr::Slot(s, k)
            }
            ExprKind::Paren(x) => self.expr(x)?,
            ExprKind::Unary(op, x) => {
                let x = self.expr(x)?;
                match (op, x.kind()) {
                    (UnOp::Plus, _) => x,
                    (UnOp::Neg, K::Bool) => return self.no(e.span, "`-` of a Boolean"),
                    (UnOp::Neg, k) => KExpr::Neg(Box::new(x), k),
                    (UnOp::Not, K::Bool) => KExpr::Not(Box::new(x)),
                    (UnOp::Not, _) => return self.no(e.span, "`Not` of a number (bitwise)"),
                }
            }
            ExprKind::Binary(op, a, b) => {
                let (a, b) = (self.expr(a)?, self.expr(b)?);
                let (ka, kb) = (a.kind(), b.kind());
                let numeric = ka != K::Bool && kb != K::Bool;
                let (a, b) = (Box::new(a), Box::new(b));
                let arith = |op| Some(KExpr::Arith(op, a.clone(), b.clone(), ka.max(kb)));
                let cmp = |op| Some(KExpr::Cmp(op, a.clone(), b.clone()));
                let logic = |op| {
                    (ka == K::Bool && kb == K::Bool).then(|| KExpr::Logic(op, a.clone(), b.clone()))
                };
                let r = match op {
                    BinOp::Add if numeric => arith(Arith::Add),
                    BinOp::Sub if numeric => arith(Arith::Sub),
                    BinOp::Mul if numeric => arith(Arith::Mul),
                    BinOp::Div if numeric => Some(KExpr::Div(a, b)),
                    BinOp::Eq => cmp(Cmp::Eq),
                    BinOp::Ne => cmp(Cmp::Ne),
                    BinOp::Lt => cmp(Cmp::Lt),
                    BinOp::Gt => cmp(Cmp::Gt),
                    BinOp::Le => cmp(Cmp::Le),
                    BinOp::Ge => cmp(Cmp::Ge),
                    BinOp::And => logic(Logic::And),
                    BinOp::Or => logic(Logic::Or),
                    BinOp::Xor => logic(Logic::Xor),
                    BinOp::Eqv => logic(Logic::Eqv),
                    BinOp::Imp => logic(Logic::Imp),
                    _ => None,
                };
                match r {
                    Some(r) => r,
                    None => {
                        return self.no(e.span, format!("`{}` on these operands", op.symbol()));
                    }
                }
            }
            ExprKind::Call { callee, .. } => {
                return self.no(
                    e.span,
                    format!("a call or array element `{}(…)`", callee_text(callee)),
                );
            }
            ExprKind::Literal(Literal::String(_)) => return self.no(e.span, "a String"),
            ExprKind::Literal(Literal::Date(_)) => return self.no(e.span, "a date"),
            ExprKind::Member { .. } => return self.no(e.span, "`Err`"),
            _ => return self.no(e.span, "an expression the kernel does not take"),
        })
    }
}

/// Whether a statement can end `Main` (`Exit Sub`, also inside an `If`).
fn may_exit(s: &ast::Stmt) -> bool {
    match &s.kind {
        StmtKind::Exit(ast::ExitKind::Sub) => true,
        StmtKind::If { arms, else_body } => {
            arms.iter().any(|(_, b)| b.iter().any(may_exit))
                || else_body.iter().flatten().any(may_exit)
        }
        _ => false,
    }
}

/// The reason a variable keeps a script on the VM.
fn variant_reason(n: &ast::Ident, ty: TypeName) -> String {
    match ty {
        TypeName::Variant => format!(
            "`{}` is a Variant (not declared with a numeric type)",
            n.written()
        ),
        ty => format!("`{}` is {:?} or an array", n.written(), ty),
    }
}

fn callee_text(e: &ast::Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.written().to_string(),
        _ => "…".into(),
    }
}

/// How a statement the kernel does not take is named in its reason.
fn stmt_name(k: &StmtKind) -> &'static str {
    match k {
        StmtKind::Select { .. } => "a `Select Case` statement",
        StmtKind::For { .. } => "a `For` loop",
        StmtKind::ForEach { .. } => "a `For Each` loop",
        StmtKind::Do { .. } => "a `Do` loop",
        StmtKind::While { .. } => "a `While` loop",
        StmtKind::Call { .. } => "a call statement",
        StmtKind::Print { .. } => "a `Print` statement",
        StmtKind::Exit(_) => "an `Exit` statement",
        StmtKind::GoTo(_) | StmtKind::GoSub(_) | StmtKind::Return => "a `GoTo`/`GoSub`",
        StmtKind::OnError(_) | StmtKind::Resume(_) => "error handling (`On Error`/`Resume`)",
        StmtKind::ReDim { .. } | StmtKind::Erase(_) => "a `ReDim`/`Erase` statement",
        StmtKind::Const { .. } => "a `Const` declaration",
        StmtKind::Label(_) => "a line label",
        _ => "a statement the kernel does not take",
    }
}

/// Whether every value of kind `from` is one of kind `to` (kernel values are finite, and
/// a narrower integral kind fits a wider one).
pub fn fits(from: K, to: K) -> bool {
    match to {
        K::Double => from != K::Double,
        K::Long => matches!(from, K::Bool | K::Int | K::Long),
        K::Int => matches!(from, K::Bool | K::Int),
        K::Bool => false,
    }
}
