//! The numeric kernel: a second, typed translation of `Sub Main` for the common kind of
//! scenario — assignments and `If` blocks over variables declared `As Integer`, `As Long`
//! or `As Double` — that needs no Variant, no calls and no loops. Every value is held as
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

struct Builder<'a> {
    module: &'a Module,
    /// `Main`'s compiled procedure (its locals' types).
    main: &'a crate::compile::bytecode::Proc,
    slots: Vec<(K, Input)>,
    /// Kernel slot per global and per local slot of `Main`, once used.
    globals: Vec<Option<u16>>,
    local_slots: Vec<Option<u16>>,
}

/// The kernel of a compiled module, when its `Main` is within the subset.
pub fn build(ast: &ast::Module, module: &Module) -> Option<Kernel> {
    let index = module.main? as usize;
    let main = ast.procs.get(index)?;
    let compiled = module.procs.get(index)?;
    if !main.params.is_empty() {
        return None;
    }
    let mut b = Builder {
        module,
        main: compiled,
        slots: Vec::new(),
        globals: vec![None; module.globals.len()],
        local_slots: vec![None; compiled.locals.len()],
    };
    // Host values are converted to their declared types even when Main ignores them
    // (a Para declared As Long fails on 1e10 either way), so typed ones get slots.
    for (i, g) in module.paras.iter().enumerate() {
        if let Some(g) = g {
            b.host_slot(*g, Input::Para(i))?;
        }
    }
    b.host_slot(module.weekday, Input::Weekday)?;
    b.host_slot(module.minutes, Input::Minutes)?;
    let mut dims = Vec::new();
    collect_dims(&main.body, &mut dims)?;
    // Main's own variables are plain numbers (no arrays, no Strings or Variants).
    for d in dims {
        if d.dims.is_some() {
            return None;
        }
        K::of(d.ty.unwrap_or_else(|| suffix_type(&d.name)))?;
    }
    let result = b.global_slot(module.result)?;
    let body = b.block(&main.body)?;
    Some(Kernel {
        slots: b.slots,
        result,
        body,
    })
}

fn suffix_type(name: &ast::Ident) -> TypeName {
    name.suffix
        .and_then(TypeName::from_suffix)
        .unwrap_or(TypeName::Variant)
}

fn collect_dims<'a>(body: &'a [ast::Stmt], out: &mut Vec<&'a ast::VarDecl>) -> Option<()> {
    for s in body {
        match &s.kind {
            StmtKind::Dim {
                kind: ast::DeclKind::Dim,
                vars,
            } => out.extend(vars.iter()),
            StmtKind::Dim { .. } => return None,
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
    Some(())
}

impl Builder<'_> {
    fn new_slot(&mut self, k: K, input: Input) -> Option<u16> {
        let s = u16::try_from(self.slots.len()).ok()?;
        self.slots.push((k, input));
        Some(s)
    }

    fn host_slot(&mut self, g: u32, input: Input) -> Option<()> {
        let info = self.module.globals.get(g as usize)?;
        if info.ty == TypeName::Variant && !info.array {
            // Untyped host values are only a problem if Main reads them (then the
            // lookup below finds no kind and gives up).
            return Some(());
        }
        let k = K::of(info.ty).filter(|_| !info.array)?;
        let s = self.new_slot(k, input)?;
        self.globals[g as usize] = Some(s);
        Some(())
    }

    fn global_slot(&mut self, g: u32) -> Option<u16> {
        if let Some(s) = self.globals.get(g as usize).copied().flatten() {
            return Some(s);
        }
        let info = self.module.globals.get(g as usize)?;
        if info.array {
            return None;
        }
        let k = K::of(info.ty)?;
        let s = self.new_slot(k, Input::Zero)?;
        self.globals[g as usize] = Some(s);
        Some(s)
    }

    /// The kernel slot and kind of a variable, as code generation resolved the name
    /// (`Module::names`); None for what the kernel does not hold.
    fn name(&mut self, n: &ast::Ident) -> Option<(u16, K)> {
        let s = match *self.module.names.get(&n.span.start)? {
            Var::Local(l) => {
                let l = l as usize;
                match *self.local_slots.get(l)? {
                    Some(s) => s,
                    None => {
                        let info = self.main.locals.get(l)?;
                        let k = K::of(info.ty).filter(|_| !info.array)?;
                        let s = self.new_slot(k, Input::Zero)?;
                        self.local_slots[l] = Some(s);
                        s
                    }
                }
            }
            Var::Global(g) => self.global_slot(g)?,
            Var::Ref(_) => return None,
        };
        Some((s, self.slots[s as usize].0))
    }

    fn block(&mut self, body: &[ast::Stmt]) -> Option<Vec<KStmt>> {
        let mut out = Vec::new();
        for s in body {
            match &s.kind {
                StmtKind::Dim { .. } => {}
                StmtKind::Assign { target, value } => {
                    let ExprKind::Name(n) = &target.kind else {
                        return None;
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
                _ => return None,
            }
        }
        Some(out)
    }

    fn expr(&mut self, e: &ast::Expr) -> Option<KExpr> {
        Some(match &e.kind {
            ExprKind::Literal(Literal::Number(n)) => match n {
                Number::Integer(v) => KExpr::Const(*v as f64, K::Int),
                Number::Long(v) => KExpr::Const(*v as f64, K::Long),
                Number::Double(v) if v.is_finite() => KExpr::Const(*v, K::Double),
                _ => return None,
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
                    (UnOp::Neg, K::Bool) => return None,
                    (UnOp::Neg, k) => KExpr::Neg(Box::new(x), k),
                    (UnOp::Not, K::Bool) => KExpr::Not(Box::new(x)),
                    (UnOp::Not, _) => return None,
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
                match op {
                    BinOp::Add if numeric => arith(Arith::Add)?,
                    BinOp::Sub if numeric => arith(Arith::Sub)?,
                    BinOp::Mul if numeric => arith(Arith::Mul)?,
                    BinOp::Div if numeric => KExpr::Div(a, b),
                    BinOp::Eq => cmp(Cmp::Eq)?,
                    BinOp::Ne => cmp(Cmp::Ne)?,
                    BinOp::Lt => cmp(Cmp::Lt)?,
                    BinOp::Gt => cmp(Cmp::Gt)?,
                    BinOp::Le => cmp(Cmp::Le)?,
                    BinOp::Ge => cmp(Cmp::Ge)?,
                    BinOp::And => logic(Logic::And)?,
                    BinOp::Or => logic(Logic::Or)?,
                    BinOp::Xor => logic(Logic::Xor)?,
                    BinOp::Eqv => logic(Logic::Eqv)?,
                    BinOp::Imp => logic(Logic::Imp)?,
                    _ => return None,
                }
            }
            _ => return None,
        })
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
