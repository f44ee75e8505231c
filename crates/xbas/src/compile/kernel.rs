//! The numeric kernel: a second, typed translation of `Sub Main` for the common kind of
//! scenario — assignments, `If` and `Select Case` blocks, `For` loops with constant bounds
//! and calls of the file's own Functions over variables declared `As Integer`, `As Long` or
//! `As Double` (local fixed arrays of them included), and over Variants that hold numbers
//! (the host inputs and `Result` left undeclared, locals, arrays and parameters declared
//! without a type or `As Variant`), held here as Doubles (see `variant_number`; `Abs` of
//! a Variant, which overflows only on some of what it may hold, stays on the VM). Loops
//! are unrolled and Functions inlined when the kernel is built, so what runs is
//! straight-line code of stores and `If`s: every value is held as an `f64` (Integer and
//! Long values are exact in it, and a product too large to be exact is out of their range
//! anyway), and the kernel runs without tags, allocation or dispatch on values, one
//! interval at a time or a column of intervals at a time (`vm::batch`).
//!
//! The kernel mirrors the VM's semantics for this subset exactly (VBA's static types:
//! typed Integer/Long arithmetic overflows with error 6, `/` gives Double, stores round
//! half to even). Wherever the VM would raise an error, the kernel only reports "this
//! interval failed" and the caller re-runs that interval on the VM for the exact error;
//! so the kernel may fail where the VM does not (it evaluates a Function's arguments
//! before the rest of the expression), never the reverse. A script outside the subset
//! gets no kernel and always runs on the VM, and says why (`NotKernel`).

use super::bytecode::{Module, Proc, Ref, Var};
use crate::diagnostic::Span;
use crate::runtime::value::round_even;
use crate::signatures::SIGNATURES;
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

impl Arith {
    /// `x op y` of kind `k`, and whether it is in `k`'s range (finite for Double).
    #[inline(always)]
    pub fn apply(self, x: f64, y: f64, k: K) -> (f64, bool) {
        let r = match self {
            Arith::Add => x + y,
            Arith::Sub => x - y,
            Arith::Mul => x * y,
        };
        (r, in_range(r, k))
    }
}

/// `x / y` (Double), and whether it succeeds (a zero divisor fails).
#[inline(always)]
pub fn divide(x: f64, y: f64) -> (f64, bool) {
    let r = x / y;
    (r, y != 0.0 && r.is_finite())
}

/// The range a value of kind `k` must stay in (Double: finite; Bool: anything).
pub fn range(k: K) -> (f64, f64) {
    match k.range() {
        Some(r) => r,
        None if k == K::Double => (-f64::MAX, f64::MAX),
        None => (f64::NEG_INFINITY, f64::INFINITY),
    }
}

/// Whether `r` is a value of kind `k` (integral kinds: in range; Double: finite).
#[inline(always)]
pub fn in_range(r: f64, k: K) -> bool {
    match k.range() {
        Some((lo, hi)) => r >= lo && r <= hi,
        None => r.is_finite(),
    }
}

/// A numeric built-in of one argument, as the kernel computes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum F {
    /// `-x`.
    Neg,
    /// `Int`.
    Floor,
    /// `Fix`.
    Trunc,
    Abs,
    /// `Round(x)`: half to even.
    Round,
}

impl F {
    /// `f(x)` of kind `k`, and whether it is in `k`'s range.
    #[inline(always)]
    pub fn apply(self, x: f64, k: K) -> (f64, bool) {
        let r = match self {
            F::Neg => -x,
            F::Floor => floor(x),
            F::Trunc => trunc(x),
            F::Abs => x.abs(),
            F::Round => round_even(x),
        };
        (r, in_range(r, k))
    }
}

/// Doubles at and above this magnitude are integers.
const INTEGRAL: f64 = 4_503_599_627_370_496.0;

/// `x.trunc()` without a library call (the base x86-64 target has no rounding
/// instruction); a zero may lose its sign, which no kernel operation can see.
#[inline(always)]
fn trunc(x: f64) -> f64 {
    if x.abs() < INTEGRAL {
        x as i64 as f64
    } else {
        x
    }
}

/// `x.floor()`, likewise.
#[inline(always)]
fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x { t - 1.0 } else { t }
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

impl Cmp {
    /// Whether `x op y` holds.
    #[inline(always)]
    pub fn test(self, x: f64, y: f64) -> bool {
        match self {
            Cmp::Eq => x == y,
            Cmp::Ne => x != y,
            Cmp::Lt => x < y,
            Cmp::Gt => x > y,
            Cmp::Le => x <= y,
            Cmp::Ge => x >= y,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logic {
    And,
    Or,
    Xor,
    Eqv,
    Imp,
}

impl Logic {
    /// The truth of `x op y` on Boolean values (`0` is False).
    #[inline(always)]
    pub fn test(self, x: f64, y: f64) -> bool {
        let (a, b) = (x != 0.0, y != 0.0);
        match self {
            Logic::And => a && b,
            Logic::Or => a || b,
            Logic::Xor => a != b,
            Logic::Eqv => a == b,
            Logic::Imp => !a || b,
        }
    }
}

/// VBA's truth values: True is -1.
#[inline(always)]
pub fn truth(b: bool) -> f64 {
    if b { -1.0 } else { 0.0 }
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
    /// `-x`, `Int`, `Fix`, `Abs`, `Round` with the result kind (range-checked).
    Fn(F, Box<KExpr>, K),
    /// A number in a Variant (a built-in's result): its value, typed as a Double from
    /// here on. Variant arithmetic widens where typed arithmetic would overflow, so a
    /// Variant's numbers compute as Doubles do.
    Variant(Box<KExpr>),
}

impl KExpr {
    /// A constant or a variable (no work to evaluate).
    pub fn is_leaf(&self) -> bool {
        matches!(self, KExpr::Const(..) | KExpr::Slot(..))
    }

    pub fn kind(&self) -> K {
        match self {
            KExpr::Const(_, k) | KExpr::Slot(_, k) | KExpr::Arith(.., k) | KExpr::Fn(_, _, k) => *k,
            KExpr::Div(..) | KExpr::Variant(_) => K::Double,
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
    /// A region's input (`region`): the module-level variable's value when it starts.
    Global(u32),
    /// A region's input: the value of the procedure's local when it starts.
    Local(u32),
    /// A region's input: element `.1` (flat) of the procedure's local fixed array `.0`
    /// when it starts.
    Elem(u32, u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Kernel {
    /// Kind and initial value of every slot.
    pub slots: Vec<(K, Input)>,
    pub result: u16,
    pub body: Vec<KStmt>,
    /// Whether the body evaluates in the VM's order (no inlined Function or `IIf` runs
    /// before the rest of its statement), so that the first statement that fails is
    /// the one where the VM fails, with the same error.
    pub in_order: bool,
}

impl Kernel {
    /// For each slot, whether it must be zeroed at the start of an interval: unless every
    /// path stores it before anything reads it, or (a slot that is not the result nor in
    /// `live_out`, read after the kernel ends) no path reads it before storing it. One
    /// pass over the body (a kernel of unrolled loops has tens of thousands of slots and
    /// statements).
    pub fn needs_zero(&self, live_out: &[u16]) -> Vec<bool> {
        let first = first_uses(&self.body);
        (0..self.slots.len())
            .map(|s| {
                let s = s as u16;
                match first.get(&s) {
                    Some(Use::Stored) => false,
                    Some(Use::Partial) => s == self.result || live_out.contains(&s),
                    _ => true,
                }
            })
            .collect()
    }
}

impl Kernel {
    /// Per slot, whether the body reads it; the result counts as read.
    pub fn read_slots(&self) -> Vec<bool> {
        fn mark(read: &mut [bool]) -> impl FnMut(u16) + '_ {
            |s| {
                if let Some(r) = read.get_mut(s as usize) {
                    *r = true;
                }
            }
        }
        fn walk(body: &[KStmt], read: &mut [bool]) {
            for st in body {
                match st {
                    KStmt::Store(_, e) => reads(e, &mut mark(read)),
                    KStmt::If { arms, else_body } => {
                        for (c, b) in arms {
                            reads(c, &mut mark(read));
                            walk(b, read);
                        }
                        walk(else_body, read);
                    }
                }
            }
        }
        let mut read = vec![false; self.slots.len()];
        walk(&self.body, &mut read);
        if let Some(r) = read.get_mut(self.result as usize) {
            *r = true;
        }
        read
    }
}

/// How a run of statements first uses a slot (a slot it never uses is absent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// Stores it, on every lane, before anything reads it.
    Stored,
    /// Stores it on some paths, and no path reads it before storing it.
    Partial,
    /// May read it before storing it.
    Read,
}

/// Records that slot `s` is used as `u` after what `out` holds.
fn then(out: &mut std::collections::HashMap<u16, Use>, s: u16, u: Use) {
    let e = out.entry(s).or_insert(u);
    if *e == Use::Partial {
        *e = u;
    }
}

/// How `body` first uses each slot it uses (conservatively: unsure is `Read`).
fn first_uses(body: &[KStmt]) -> std::collections::HashMap<u16, Use> {
    use std::collections::HashMap;
    let mut out: HashMap<u16, Use> = HashMap::new();
    for st in body {
        match st {
            KStmt::Store(t, e) => {
                reads(e, &mut |s| then(&mut out, s, Use::Read));
                then(&mut out, *t, Use::Stored);
            }
            KStmt::If { arms, else_body } => {
                for (c, _) in arms {
                    reads(c, &mut |s| then(&mut out, s, Use::Read));
                }
                // Read when a branch may read it first; Stored when every branch stores
                // it first; otherwise (a branch leaves it alone) Partial.
                let all: Vec<HashMap<u16, Use>> = arms
                    .iter()
                    .map(|(_, b)| &b[..])
                    .chain([&else_body[..]])
                    .map(first_uses)
                    .collect();
                let mut merged: HashMap<u16, Use> = HashMap::new();
                for m in &all {
                    for &s in m.keys() {
                        if merged.contains_key(&s) {
                            continue;
                        }
                        let uses = all.iter().map(|o| o.get(&s));
                        let u = if uses.clone().any(|x| x == Some(&Use::Read)) {
                            Use::Read
                        } else if uses.clone().all(|x| x == Some(&Use::Stored)) {
                            Use::Stored
                        } else {
                            Use::Partial
                        };
                        merged.insert(s, u);
                    }
                }
                for (s, u) in merged {
                    then(&mut out, s, u);
                }
            }
        }
    }
    out
}

/// Calls `f` with every slot `e` reads.
fn reads(e: &KExpr, f: &mut impl FnMut(u16)) {
    match e {
        KExpr::Const(..) => {}
        KExpr::Slot(t, _) => f(*t),
        KExpr::Not(a) | KExpr::Fn(_, a, _) | KExpr::Variant(a) => reads(a, f),
        KExpr::Arith(_, a, b, _)
        | KExpr::Div(a, b)
        | KExpr::Cmp(_, a, b)
        | KExpr::Logic(_, a, b) => {
            reads(a, f);
            reads(b, f);
        }
    }
}

/// Why a script runs on the general VM: the first construct outside the kernel's subset
/// (`xbas check --explain-kernel`), with where it is when it is in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NotKernel {
    pub span: Option<Span>,
    pub reason: String,
}

/// Most iterations of one `For` loop the kernel unrolls.
const MAX_TRIPS: i64 = 64;
/// Most statements a kernel may have once its loops are unrolled and its Functions
/// inlined (a bound on the kernel's size and on the time to build it).
const MAX_SIZE: usize = 20_000;
/// Deepest nesting of inlined Function calls.
const MAX_INLINE: usize = 8;
/// Most elements of one local array the kernel holds.
const MAX_ELEMS: i64 = 1024;

/// A local fixed-size array: its lower bound and the slots of its elements.
#[derive(Debug, Clone, Copy)]
struct Arr {
    lo: i64,
    base: u16,
    len: u16,
    kind: K,
}

/// A procedure being translated: `Main`, or a Function inlined at one call.
struct Frame<'a> {
    index: u32,
    proc: &'a Proc,
    /// Kernel slot per local slot of the procedure, once used.
    locals: Vec<Option<u16>>,
    arrays: Vec<Option<Arr>>,
    /// By reference number: the slot a ByRef parameter reads.
    refs: Vec<Option<u16>>,
    /// A Boolean slot set by `Exit Sub`/`Exit Function`, once one is met.
    exit: Option<u16>,
    /// The loop stack's depth when the frame began (loops above are its own).
    loops_at: usize,
}

struct Builder<'a> {
    /// The first construct found outside the subset.
    why: Option<NotKernel>,
    ast: &'a ast::Module,
    module: &'a Module,
    slots: Vec<(K, Input)>,
    /// Kernel slot per global, once used.
    globals: Vec<Option<u16>>,
    frames: Vec<Frame<'a>>,
    /// The flag of each enclosing `For` loop (None: its body never leaves it early).
    loops: Vec<Option<u16>>,
    /// Slots whose value is known while the statements being built run: the counter
    /// of the loop iteration being unrolled.
    known: Vec<(u16, f64)>,
    /// Statements the expression being built needs first (inlined Function calls).
    pre: Vec<KStmt>,
    /// Whether any statements ran before the rest of theirs (`pre`): see
    /// [`Kernel::in_order`].
    hoisted: bool,
    /// Statements made so far, against `MAX_SIZE`.
    size: usize,
    /// Slots of Variants that may hold a Long (all but undeclared ParaN, which hold
    /// Doubles): see [`Builder::may_hold_long_variant`].
    variants: std::collections::HashSet<u16>,
    /// Building a region (`region`) from this statement of the procedure's body on.
    region: Option<usize>,
    /// Where that statement starts in the source (a declaration before it has run).
    region_at: usize,
}

/// The kernel of a compiled module, or why its `Main` is outside the subset.
pub fn build(ast: &ast::Module, module: &Module) -> Result<Kernel, NotKernel> {
    let not = |span: Option<Span>, reason: &str| NotKernel {
        span,
        reason: reason.to_string(),
    };
    let index = module
        .main
        .ok_or_else(|| not(None, "there is no `Sub Main`"))?;
    let (Some(main), Some(compiled)) = (
        ast.procs.get(index as usize),
        module.procs.get(index as usize),
    ) else {
        return Err(not(None, "there is no `Sub Main`"));
    };
    if !main.params.is_empty() {
        return Err(not(Some(main.span), "`Main` has parameters"));
    }
    let mut b = Builder::new(ast, module, None);
    let built = b.main(index, main, compiled);
    built.ok_or_else(|| {
        b.why
            .unwrap_or_else(|| not(None, "a declaration the kernel does not hold"))
    })
}

/// A region of a procedure: the typed kernel of the statements from one of its body's
/// top-level statements to its end, which the general VM runs as register code in one
/// step (`Op::Region`). Its inputs are module-level variables and the procedure's locals
/// as the run has left them (`Input::Global`, `Input::Local`); what it leaves is the
/// module-level variables it stores (`writes`), each declared with a numeric type (a
/// Variant's subtype is more than the kernel's Double says).
#[derive(Debug, Clone, PartialEq)]
pub struct RegionKernel {
    pub kernel: Kernel,
    /// Slot and module-level variable of each variable the region stores.
    pub writes: Vec<(u16, u32)>,
    /// The flag slot its `Exit Sub` sets (when it has one): the VM clears `Err` then.
    pub exit: Option<u16>,
}

/// The region of parameterless Sub `index` from top-level statement `from` of its body
/// to its end, or why it is outside the kernel's subset.
pub fn region(
    ast: &ast::Module,
    module: &Module,
    index: u32,
    from: usize,
) -> Result<RegionKernel, NotKernel> {
    let not = |span: Option<Span>, reason: &str| NotKernel {
        span,
        reason: reason.to_string(),
    };
    let (Some(p), Some(compiled)) = (
        ast.procs.get(index as usize),
        module.procs.get(index as usize),
    ) else {
        return Err(not(None, "no such procedure"));
    };
    if !p.params.is_empty() || compiled.is_function {
        return Err(not(
            Some(p.span),
            "a Function or a procedure with parameters",
        ));
    }
    let Some(body) = p.body.get(from..) else {
        return Err(not(Some(p.span), "no such statement"));
    };
    let mut b = Builder::new(ast, module, Some(from));
    b.region_at = body.first().map_or(usize::MAX, |s| s.span.start);
    let built = b.enter(index, compiled, p).and_then(|()| b.block(body));
    let Some(body) = built else {
        return Err(b
            .why
            .unwrap_or_else(|| not(None, "a declaration the kernel does not hold")));
    };
    let exit = b.frames.first().and_then(|f| f.exit);
    let mut stored = std::collections::HashSet::new();
    stores(&body, &mut stored);
    let mut writes = Vec::new();
    for (g, s) in b.globals.iter().enumerate() {
        let Some(s) = *s else { continue };
        if !stored.contains(&s) {
            continue;
        }
        let info = &module.globals[g];
        if K::of(info.ty).is_none() {
            return Err(not(
                Some(p.span),
                &format!("the region stores `{}`, a {:?}", info.name, info.ty),
            ));
        }
        writes.push((s, g as u32));
    }
    Ok(RegionKernel {
        kernel: Kernel {
            slots: b.slots,
            result: 0,
            body,
            in_order: !b.hoisted,
        },
        writes,
        exit,
    })
}

/// The slots `body` stores.
fn stores(body: &[KStmt], out: &mut std::collections::HashSet<u16>) {
    for st in body {
        match st {
            KStmt::Store(t, _) => {
                out.insert(*t);
            }
            KStmt::If { arms, else_body } => {
                for (_, b) in arms {
                    stores(b, out);
                }
                stores(else_body, out);
            }
        }
    }
}

impl<'a> Builder<'a> {
    fn new(ast: &'a ast::Module, module: &'a Module, region: Option<usize>) -> Builder<'a> {
        Builder {
            why: None,
            ast,
            module,
            slots: Vec::new(),
            globals: vec![None; module.globals.len()],
            frames: Vec::new(),
            loops: Vec::new(),
            known: Vec::new(),
            pre: Vec::new(),
            hoisted: false,
            size: 0,
            variants: std::collections::HashSet::new(),
            region,
            region_at: 0,
        }
    }

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

    fn main(&mut self, index: u32, main: &'a ast::Procedure, compiled: &'a Proc) -> Option<Kernel> {
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
        let Some(result) = self.global_slot(module.result) else {
            let info = module.globals.get(module.result as usize);
            let reason = match info {
                Some(g) if g.array => "`Result` is an array".to_string(),
                Some(g) => format!("`Result` is declared As {:?}", g.ty),
                None => "there is no `Result`".to_string(),
            };
            return self.no(main.name.span, reason);
        };
        self.enter(index, compiled, main)?;
        let body = self.block(&main.body)?;
        Some(Kernel {
            slots: std::mem::take(&mut self.slots),
            result,
            body,
            in_order: !self.hoisted,
        })
    }

    /// Begins translating procedure `index`: checks its declarations (plain numbers and
    /// local fixed arrays of them) and makes its arrays' slots (declarations are
    /// hoisted: an array exists from the procedure's start).
    fn enter(&mut self, index: u32, compiled: &'a Proc, p: &'a ast::Procedure) -> Option<()> {
        if p.is_static {
            return self.no(p.span, "a `Static` procedure");
        }
        // A Function inlined: its body runs before the rest of the calling statement.
        self.hoisted |= !self.frames.is_empty();
        self.frames.push(Frame {
            index,
            proc: compiled,
            locals: vec![None; compiled.locals.len()],
            arrays: vec![None; compiled.locals.len()],
            refs: vec![None; compiled.params.len()],
            exit: None,
            loops_at: self.loops.len(),
        });
        let mut dims = Vec::new();
        if let Err(span) = collect_dims(&p.body, &mut dims) {
            return self.no(span, "a `Static` declaration");
        }
        // A region's own procedure may declare what the region does not use (a String).
        let region = self.region.is_some() && self.frames.len() == 1;
        for d in dims {
            let ty = d.ty.unwrap_or_else(|| suffix_type(&d.name));
            if region && variant_number(ty).is_none() {
                continue;
            }
            let Some(k) = variant_number(ty) else {
                return self.no(
                    d.name.span,
                    format!("`{}` is declared As {:?}", d.name.written(), ty),
                );
            };
            if let Some(bounds) = &d.dims {
                self.array(d, bounds, k)?;
            }
        }
        Some(())
    }

    /// Whether `e` may be a Variant holding a Long: it reads a Variant variable (other
    /// than an undeclared ParaN) or a built-in's Variant result of an integral kind.
    fn may_hold_long_variant(&self, e: &KExpr) -> bool {
        match e {
            KExpr::Const(..) => false,
            KExpr::Slot(s, _) => self.variants.contains(s),
            KExpr::Variant(a) => a.kind() != K::Double || self.may_hold_long_variant(a),
            KExpr::Arith(_, a, b, _)
            | KExpr::Div(a, b)
            | KExpr::Cmp(_, a, b)
            | KExpr::Logic(_, a, b) => {
                self.may_hold_long_variant(a) || self.may_hold_long_variant(b)
            }
            KExpr::Fn(_, a, _) | KExpr::Not(a) => self.may_hold_long_variant(a),
        }
    }

    /// Makes the slots of local array `d`.
    fn array(&mut self, d: &ast::VarDecl, bounds: &[ast::Bound], kind: K) -> Option<()> {
        let n = &d.name;
        let Some(Var::Local(l)) = self.module.names.get(&n.span.start).copied() else {
            return self.no(n.span, format!("`{}` is not a local array", n.written()));
        };
        let [bound] = bounds else {
            return self.no(
                d.span,
                format!("`{}` is not a fixed array of one dimension", n.written()),
            );
        };
        let lo = match &bound.lower {
            Some(e) => self.integer(e)?,
            None => self.module.option_base as i64,
        };
        let hi = self.integer(&bound.upper)?;
        let len = hi - lo + 1;
        if !(1..=MAX_ELEMS).contains(&len) {
            return self.no(
                d.span,
                format!(
                    "`{}` has {len} elements (the kernel holds 1 to {MAX_ELEMS})",
                    n.written()
                ),
            );
        }
        let base = u16::try_from(self.slots.len()).ok()?;
        let ty = d.ty.unwrap_or_else(|| suffix_type(n));
        // In a region, an array declared before it starts holds what the run left.
        let loaded =
            self.region.is_some() && self.frames.len() == 1 && d.span.start < self.region_at;
        for k in 0..len {
            let input = match loaded {
                true => Input::Elem(l, k as u32),
                false => Input::Zero,
            };
            let s = self.new_slot(kind, input, d.span)?;
            if ty == TypeName::Variant {
                self.variants.insert(s);
            }
        }
        let len = len as u16;
        let frame = self.frames.last_mut()?;
        *frame.arrays.get_mut(l as usize)? = Some(Arr {
            lo,
            base,
            len,
            kind,
        });
        Some(())
    }

    /// The value of a constant integral expression (a bound).
    fn integer(&mut self, e: &ast::Expr) -> Option<i64> {
        let before = self.pre.len();
        match self.expr(e)? {
            KExpr::Const(v, k) if k != K::Double && self.pre.len() == before => Some(v as i64),
            _ => self.no(e.span, "a bound that is not a constant integer"),
        }
    }
}

fn suffix_type(name: &ast::Ident) -> TypeName {
    name.suffix
        .and_then(TypeName::from_suffix)
        .unwrap_or(TypeName::Variant)
}

/// The declarations of a procedure body (all of them: declarations are hoisted).
fn collect_dims<'a>(body: &'a [ast::Stmt], out: &mut Vec<&'a ast::VarDecl>) -> Result<(), Span> {
    for s in body {
        match &s.kind {
            StmtKind::Dim {
                kind: ast::DeclKind::Dim,
                vars,
            } => out.extend(vars.iter()),
            StmtKind::Dim { .. } => return Err(s.span),
            _ => {
                for b in nested(s) {
                    collect_dims(b, out)?;
                }
            }
        }
    }
    Ok(())
}

/// The blocks nested in a statement the kernel takes.
fn nested(s: &ast::Stmt) -> Vec<&[ast::Stmt]> {
    match &s.kind {
        StmtKind::If { arms, else_body } => arms
            .iter()
            .map(|(_, b)| &b[..])
            .chain(else_body.as_deref())
            .collect(),
        StmtKind::Select {
            arms, else_body, ..
        } => arms
            .iter()
            .map(|a| &a.body[..])
            .chain(else_body.as_deref())
            .collect(),
        StmtKind::For { body, .. } => vec![&body[..]],
        _ => Vec::new(),
    }
}

/// Whether a statement can leave the block it is in: `Exit Sub`/`Exit Function`
/// anywhere in it, or, when the block is a loop's (`in_loop`), an `Exit For` that is not
/// in a nested loop.
fn exits(s: &ast::Stmt, in_loop: bool) -> bool {
    match &s.kind {
        StmtKind::Exit(ast::ExitKind::Sub | ast::ExitKind::Function) => true,
        StmtKind::Exit(ast::ExitKind::For) => in_loop,
        StmtKind::For { body, .. } => body.iter().any(|s| exits(s, false)),
        _ => nested(s)
            .iter()
            .any(|b| b.iter().any(|s| exits(s, in_loop))),
    }
}

/// The number of statements in `body`, nested ones included.
pub(crate) fn size_of(body: &[KStmt]) -> usize {
    body.iter()
        .map(|s| match s {
            KStmt::Store(..) => 1,
            KStmt::If { arms, else_body } => {
                1 + arms.iter().map(|(_, b)| size_of(b)).sum::<usize>() + size_of(else_body)
            }
        })
        .sum()
}

impl<'a> Builder<'a> {
    fn frame(&self) -> Option<&Frame<'a>> {
        self.frames.last()
    }

    fn new_slot(&mut self, k: K, input: Input, at: Span) -> Option<u16> {
        let Ok(s) = u16::try_from(self.slots.len()) else {
            return self.no(
                at,
                "more variables than the kernel holds (after unrolling and inlining)",
            );
        };
        self.slots.push((k, input));
        Some(s)
    }

    /// Counts statements made against `MAX_SIZE`.
    fn grow(&mut self, made: &[KStmt], at: Span) -> Option<()> {
        self.size += size_of(made);
        if self.size > MAX_SIZE {
            return self.no(
                at,
                format!(
                    "more than {MAX_SIZE} statements once loops are unrolled and Functions inlined"
                ),
            );
        }
        Some(())
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
    /// holding numbers (ParaN a Double, Weekday and Minutes Longs; `Result`
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
        // A region reads what the run has left there; it may hold a Long even in an
        // undeclared ParaN (assigned before the region).
        let input = match self.region {
            Some(_) => Input::Global(g),
            None => self.input_of(g),
        };
        let k = variant_number(info.ty)?;
        let s = u16::try_from(self.slots.len()).ok()?;
        if info.ty == TypeName::Variant && !matches!(input, Input::Para(_)) {
            self.variants.insert(s);
        }
        self.slots.push((k, input));
        self.globals[g as usize] = Some(s);
        Some(s)
    }

    /// The declared type of a variable of the current frame (Variant when undeclared).
    fn declared(&self, var: Var) -> TypeName {
        let ty = match var {
            Var::Global(g) => self.module.globals.get(g as usize).map(|i| i.ty),
            Var::Local(l) => self
                .frame()
                .and_then(|f| f.proc.locals.get(l as usize))
                .map(|i| i.ty),
            Var::Ref(_) => None,
        };
        ty.unwrap_or(TypeName::Variant)
    }

    /// The kernel slot and kind of a variable of the current frame; None for what the
    /// kernel does not hold.
    fn var(&mut self, var: Var, n: &ast::Ident) -> Option<(u16, K)> {
        let s = match var {
            Var::Local(l) => {
                let frame = self.frames.last()?;
                match *frame.locals.get(l as usize)? {
                    Some(s) => s,
                    None => {
                        let info = frame.proc.locals.get(l as usize)?;
                        let k = match variant_number(info.ty) {
                            Some(k) if !info.array => k,
                            _ => return self.no(n.span, variant_reason(n, info.ty)),
                        };
                        // A region reads the locals of its own procedure as the run
                        // has left them.
                        let input = match self.region {
                            Some(_) if self.frames.len() == 1 => Input::Local(l),
                            _ => Input::Zero,
                        };
                        let s = self.new_slot(k, input, n.span)?;
                        if info.ty == TypeName::Variant {
                            self.variants.insert(s);
                        }
                        *self.frames.last_mut()?.locals.get_mut(l as usize)? = Some(s);
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
            Var::Ref(r) => match self
                .frame()
                .and_then(|f| f.refs.get(r as usize).copied().flatten())
            {
                Some(s) => s,
                None => return self.no(n.span, "a ByRef parameter"),
            },
        };
        Some((s, self.slots[s as usize].0))
    }

    /// What an identifier names as a variable (code generation's resolution).
    fn resolve(&mut self, n: &ast::Ident) -> Option<Var> {
        match self.module.names.get(&n.span.start) {
            Some(v) => Some(*v),
            None => self.no(n.span, format!("`{}` is no variable", n.written())),
        }
    }

    /// The slot an assignment writes: a variable or an array element. An inlined
    /// Function writes only its own variables (its result, locals and ByVal
    /// parameters), so that calls can run before the rest of an expression.
    fn target(&mut self, t: &ast::Expr) -> Option<u16> {
        let n = match &t.kind {
            ExprKind::Name(n) => n,
            ExprKind::Call { callee, args } => {
                let ExprKind::Name(n) = &callee.kind else {
                    return self.no(t.span, "an assignment to this target");
                };
                return self.element(n, args, t.span).map(|(s, _)| s);
            }
            _ => return self.no(t.span, "an assignment to this target"),
        };
        let var = self.resolve(n)?;
        match var {
            Var::Ref(_) => return self.no(t.span, "an assignment to a ByRef parameter"),
            Var::Global(_) if self.frames.len() > 1 => {
                return self.no(t.span, "a Function that assigns a module-level variable");
            }
            _ => {}
        }
        self.var(var, n).map(|(s, _)| s)
    }

    /// The slot of element `args` of local array `n`: the index must be known when the
    /// kernel is built (a constant, or a loop counter being unrolled).
    fn element(&mut self, n: &ast::Ident, args: &[ast::Arg], at: Span) -> Option<(u16, K)> {
        let var = self.resolve(n)?;
        let arr = match var {
            Var::Local(l) => self
                .frame()
                .and_then(|f| f.arrays.get(l as usize).copied().flatten()),
            _ => None,
        };
        let Some(arr) = arr else {
            return self.no(at, format!("`{}` is not a local fixed array", n.written()));
        };
        let [Some(index)] = args else {
            return self.no(
                at,
                format!("`{}(…)` with other than one index", n.written()),
            );
        };
        let before = self.pre.len();
        let i = match self.expr(index)? {
            KExpr::Const(v, _) if self.pre.len() == before => round_even(v),
            _ => {
                return self.no(
                    index.span,
                    "an array index not known when the kernel is built (a constant or a `For` counter)",
                );
            }
        };
        let at_index = i - arr.lo as f64;
        if !(at_index >= 0.0 && at_index < arr.len as f64) {
            return self.no(index.span, "an array index out of range");
        }
        Some((arr.base + at_index as u16, arr.kind))
    }

    fn block(&mut self, body: &'a [ast::Stmt]) -> Option<Vec<KStmt>> {
        let mut out = Vec::new();
        let in_loop = self.frame().is_some_and(|f| self.loops.len() > f.loops_at);
        for (at, s) in body.iter().enumerate() {
            if self.stmt(s, &mut out)? == Flow::Left {
                return Some(out);
            }
            if exits(s, in_loop) && at + 1 < body.len() {
                // The rest of the block runs only while nothing has left it.
                let flag = if in_loop {
                    self.loops.last().copied().flatten()
                } else {
                    self.frame().and_then(|f| f.exit)
                };
                // No flag: the `Exit` was never built (in a loop of no iterations).
                let Some(flag) = flag else {
                    continue;
                };
                let rest = self.block(&body[at + 1..])?;
                if let Err(rest) = sink(out.last_mut(), flag, rest) {
                    out.push(guarded(flag, rest));
                }
                return Some(out);
            }
        }
        Some(out)
    }

    /// Appends statement `s`; `Flow::Left` when it always leaves the block (`Exit`).
    fn stmt(&mut self, s: &'a ast::Stmt, out: &mut Vec<KStmt>) -> Option<Flow> {
        match &s.kind {
            StmtKind::Dim { .. } | StmtKind::Const { .. } => {}
            StmtKind::Exit(kind) => {
                let in_loop = self.frame().is_some_and(|f| self.loops.len() > f.loops_at);
                match kind {
                    ast::ExitKind::Sub | ast::ExitKind::Function => {
                        // The VM clears `Err` at an `Exit` (Clear method page): a region
                        // does that for its own procedure's (`RegionKernel::exit`) only.
                        if self.region.is_some() && self.frames.len() > 1 {
                            return self.no(s.span, "an `Exit Function` in a region");
                        }
                        let flag = match self.frame().and_then(|f| f.exit) {
                            Some(f) => f,
                            None => {
                                let f = self.new_slot(K::Bool, Input::Zero, s.span)?;
                                self.frames.last_mut()?.exit = Some(f);
                                f
                            }
                        };
                        out.push(set(flag));
                        // Every loop of this procedure ends too.
                        let at = self.frame()?.loops_at;
                        out.extend(self.loops[at..].iter().flatten().map(|f| set(*f)));
                    }
                    ast::ExitKind::For if in_loop => {
                        let Some(flag) = self.loops.last().copied().flatten() else {
                            return self.no(s.span, "an `Exit For` the kernel cannot follow");
                        };
                        out.push(set(flag));
                    }
                    _ => return self.no(s.span, "an `Exit Do`"),
                }
                return Some(Flow::Left);
            }
            StmtKind::Assign { target, value } => {
                let slot = self.target(target)?;
                let v = self.expr(value)?;
                out.append(&mut self.pre);
                out.push(KStmt::Store(slot, v));
            }
            StmtKind::If { arms, else_body } => {
                let arms: Vec<_> = arms.iter().map(|(c, b)| (Cond::Expr(c), &b[..])).collect();
                let made = self.chain(&arms, else_body.as_deref())?;
                out.extend(made);
            }
            StmtKind::Select {
                subject,
                arms,
                else_body,
            } => {
                let v = self.expr(subject)?;
                out.append(&mut self.pre);
                let v = if v.is_leaf() {
                    v
                } else {
                    let t = self.new_slot(v.kind(), Input::Zero, subject.span)?;
                    let k = v.kind();
                    out.push(KStmt::Store(t, v));
                    KExpr::Slot(t, k)
                };
                let arms: Vec<_> = arms
                    .iter()
                    .map(|a| (Cond::Case(&v, &a.items), &a.body[..]))
                    .collect();
                let made = self.chain(&arms, else_body.as_deref())?;
                out.extend(made);
            }
            StmtKind::For {
                var,
                from,
                to,
                step,
                body,
            } => self.unroll(s, var, [from, to], step.as_ref(), body, out)?,
            other => return self.no(s.span, stmt_name(other)),
        }
        Some(Flow::On)
    }

    /// `If … ElseIf … Else` (or the arms of a `Select Case`): a condition that needs
    /// statements first (an inlined call) starts an `If` nested in the previous arms'
    /// `Else`, so that it runs only when they were not taken.
    fn chain(
        &mut self,
        arms: &[(Cond<'_>, &'a [ast::Stmt])],
        else_body: Option<&'a [ast::Stmt]>,
    ) -> Option<Vec<KStmt>> {
        let mut out = Vec::new();
        let mut karms = Vec::new();
        for (i, (c, b)) in arms.iter().enumerate() {
            let cond = self.cond(c)?;
            let pre = std::mem::take(&mut self.pre);
            if i > 0 && !pre.is_empty() {
                let mut rest = pre;
                let body = self.block(b)?;
                let inner = self.chain(&arms[i + 1..], else_body)?;
                rest.push(KStmt::If {
                    arms: vec![(cond, body)],
                    else_body: inner,
                });
                out.push(KStmt::If {
                    arms: karms,
                    else_body: rest,
                });
                return Some(out);
            }
            out.extend(pre);
            match cond {
                // An arm never taken is left out; one always taken ends the chain.
                KExpr::Const(0.0, _) => {}
                KExpr::Const(..) => {
                    let body = self.block(b)?;
                    return Some(close(out, karms, body));
                }
                cond => karms.push((cond, self.block(b)?)),
            }
        }
        let else_body = match else_body {
            Some(b) => self.block(b)?,
            None => Vec::new(),
        };
        Some(close(out, karms, else_body))
    }

    /// A condition: an `If`'s expression, or a `Case` list against the subject.
    fn cond(&mut self, c: &Cond<'_>) -> Option<KExpr> {
        match c {
            Cond::Expr(e) => self.expr(e),
            Cond::Case(v, items) => {
                let mut any: Option<KExpr> = None;
                for it in items.iter() {
                    let (v, b) = ((*v).clone(), Box::new);
                    let test = match it {
                        ast::CaseItem::Value(e) => {
                            fold(KExpr::Cmp(Cmp::Eq, b(v), b(self.expr(e)?)))
                        }
                        ast::CaseItem::Is(op, e) => {
                            let Some(op) = cmp_of(*op) else {
                                return self.no(e.span, "a `Case Is` without a comparison");
                            };
                            fold(KExpr::Cmp(op, b(v), b(self.expr(e)?)))
                        }
                        ast::CaseItem::Range(lo, hi) => {
                            let ge = fold(KExpr::Cmp(Cmp::Ge, b(v.clone()), b(self.expr(lo)?)));
                            let le = fold(KExpr::Cmp(Cmp::Le, b(v), b(self.expr(hi)?)));
                            fold(KExpr::Logic(Logic::And, b(ge), b(le)))
                        }
                    };
                    any = Some(match any {
                        Some(a) => fold(KExpr::Logic(Logic::Or, Box::new(a), Box::new(test))),
                        None => test,
                    });
                }
                any.or(Some(KExpr::Const(0.0, K::Bool)))
            }
        }
    }

    /// A `For` loop with constant bounds, unrolled: each iteration stores the counter
    /// and runs the body built with the counter known (so `v(i)` is one element); then
    /// the counter gets the value past the last. With an `Exit` in the body, a flag
    /// guards every later iteration.
    fn unroll(
        &mut self,
        s: &ast::Stmt,
        var: &ast::Expr,
        [from, to]: [&ast::Expr; 2],
        step: Option<&ast::Expr>,
        body: &'a [ast::Stmt],
        out: &mut Vec<KStmt>,
    ) -> Option<()> {
        let ExprKind::Name(n) = &var.kind else {
            return self.no(var.span, "a `For` counter that is not a variable");
        };
        let counter = self.target(var)?;
        let first = self.integer(from)?;
        let last = self.integer(to)?;
        let step = match step {
            Some(e) => self.integer(e)?,
            None => 1,
        };
        if step == 0 {
            return self.no(s.span, "a `For` loop with `Step 0`");
        }
        let trips = if step > 0 {
            (last - first).div_euclid(step) + 1
        } else {
            (first - last).div_euclid(-step) + 1
        }
        .max(0);
        if trips > MAX_TRIPS {
            return self.no(
                s.span,
                format!(
                    "a `For` loop of {trips} iterations (the kernel unrolls up to {MAX_TRIPS})"
                ),
            );
        }
        let var = self.resolve(n)?;
        if assigns(self.module, body, var) {
            return self.no(s.span, "a `For` loop whose body assigns its counter");
        }
        let flag = match body.iter().any(|s| exits(s, true)) {
            true => {
                let f = self.new_slot(K::Bool, Input::Zero, s.span)?;
                out.push(KStmt::Store(f, KExpr::Const(0.0, K::Bool)));
                Some(f)
            }
            false => None,
        };
        self.loops.push(flag);
        let value = |v: i64| {
            let k = if i32::try_from(v).is_ok() {
                K::Long
            } else {
                K::Double
            };
            KExpr::Const(v as f64, k)
        };
        for j in 0..trips {
            let k = first + j * step;
            self.known.push((counter, k as f64));
            let built = self.block(body);
            self.known.pop();
            let mut it = vec![KStmt::Store(counter, value(k))];
            it.extend(built?);
            self.grow(&it, s.span)?;
            match flag {
                Some(f) if j > 0 => out.push(guarded(f, it)),
                _ => out.extend(it),
            }
        }
        self.loops.pop();
        let past = KStmt::Store(counter, value(first + trips * step));
        match flag {
            Some(f) if trips > 0 => out.push(guarded(f, vec![past])),
            _ => out.push(past),
        }
        Some(())
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
            ExprKind::Name(n) => match self.module.refs.get(&n.span.start) {
                Some(r) => return self.named(*r, n, &[], e.span),
                None => {
                    let var = self.resolve(n)?;
                    let (s, k) = self.var(var, n)?;
                    match self.known.iter().rev().find(|(slot, _)| *slot == s) {
                        Some((_, v)) => KExpr::Const(*v, k),
                        None => KExpr::Slot(s, k),
                    }
                }
            },
            ExprKind::Paren(x) => self.expr(x)?,
            ExprKind::Unary(op, x) => {
                let x = self.expr(x)?;
                match (op, x.kind()) {
                    (UnOp::Plus, _) => x,
                    (UnOp::Neg, K::Bool) => return self.no(e.span, "`-` of a Boolean"),
                    (UnOp::Neg, k) => fold(KExpr::Fn(F::Neg, Box::new(x), k)),
                    (UnOp::Not, K::Bool) => fold(KExpr::Not(Box::new(x))),
                    (UnOp::Not, _) => return self.no(e.span, "`Not` of a number (bitwise)"),
                }
            }
            ExprKind::Binary(op, a, b) => {
                let (a, b) = (self.expr(a)?, self.expr(b)?);
                let (ka, kb) = (a.kind(), b.kind());
                let numeric = ka != K::Bool && kb != K::Bool;
                let (a, b) = (Box::new(a), Box::new(b));
                let arith = |op| Some(fold(KExpr::Arith(op, a.clone(), b.clone(), ka.max(kb))));
                let cmp = |op| Some(fold(KExpr::Cmp(op, a.clone(), b.clone())));
                let logic = |op| {
                    (ka == K::Bool && kb == K::Bool)
                        .then(|| fold(KExpr::Logic(op, a.clone(), b.clone())))
                };
                let r = match op {
                    BinOp::Add if numeric => arith(Arith::Add),
                    BinOp::Sub if numeric => arith(Arith::Sub),
                    BinOp::Mul if numeric => arith(Arith::Mul),
                    BinOp::Div if numeric => Some(fold(KExpr::Div(a.clone(), b.clone()))),
                    BinOp::And => logic(Logic::And),
                    BinOp::Or => logic(Logic::Or),
                    BinOp::Xor => logic(Logic::Xor),
                    BinOp::Eqv => logic(Logic::Eqv),
                    BinOp::Imp => logic(Logic::Imp),
                    op => cmp_of(*op).and_then(cmp),
                };
                match r {
                    Some(r) => r,
                    None => {
                        return self.no(e.span, format!("`{}` on these operands", op.symbol()));
                    }
                }
            }
            ExprKind::Call { callee, args } => {
                let ExprKind::Name(n) = &callee.kind else {
                    return self.no(e.span, "a call of an expression");
                };
                match self.module.refs.get(&n.span.start) {
                    Some(r) => return self.named(*r, n, args, e.span),
                    None => self
                        .element(n, args, e.span)
                        .map(|(s, k)| KExpr::Slot(s, k))?,
                }
            }
            ExprKind::Literal(Literal::String(_)) => return self.no(e.span, "a String"),
            ExprKind::Literal(Literal::Date(_)) => return self.no(e.span, "a date"),
            ExprKind::Member { .. } => return self.no(e.span, "`Err`"),
            _ => return self.no(e.span, "an expression the kernel does not take"),
        })
    }

    /// A name that is a constant, a built-in or a Function of the module, with its
    /// arguments.
    fn named(&mut self, r: Ref, n: &ast::Ident, args: &[ast::Arg], at: Span) -> Option<KExpr> {
        match r {
            Ref::Const(i) if args.is_empty() => {
                use crate::runtime::value::Value;
                match self.module.consts.get(i as usize) {
                    Some(Value::Int(v)) => Some(KExpr::Const(*v as f64, K::Int)),
                    Some(Value::Long(v)) => Some(KExpr::Const(*v as f64, K::Long)),
                    Some(Value::Double(v)) if v.is_finite() => Some(KExpr::Const(*v, K::Double)),
                    Some(Value::Bool(b)) => {
                        Some(KExpr::Const(if *b { -1.0 } else { 0.0 }, K::Bool))
                    }
                    _ => self.no(
                        at,
                        format!(
                            "constant `{}` is not an Integer, Long, Double or Boolean",
                            n.written()
                        ),
                    ),
                }
            }
            Ref::Builtin(b) => {
                let name = SIGNATURES.get(b).map_or("", |s| s.name);
                self.builtin(name, args, at)
            }
            Ref::Proc(p) => self.inline(p, args, at),
            Ref::Const(_) => self.no(at, format!("`{}(…)` of a constant", n.written())),
        }
    }

    /// `Int`, `Fix`, `Abs`, `Round` of one argument and `IIf`, on numbers (the kinds of
    /// their results as `runtime::library` gives them).
    fn builtin(&mut self, name: &str, args: &[ast::Arg], at: Span) -> Option<KExpr> {
        let mut vals = Vec::new();
        for a in args {
            let Some(a) = a else {
                return self.no(at, format!("`{name}` with an argument left out"));
            };
            vals.push(self.expr(a)?);
        }
        // Built-ins return Variants.
        let variant = |x: KExpr| match x.kind() {
            K::Double => x,
            _ => KExpr::Variant(Box::new(x)),
        };
        let one = |f: F, x: &KExpr, k: K| Some(variant(fold(KExpr::Fn(f, Box::new(x.clone()), k))));
        match (name, &vals[..]) {
            ("Int" | "Fix", [x]) => {
                let f = if name == "Int" { F::Floor } else { F::Trunc };
                match x.kind() {
                    K::Double => one(f, x, K::Double),
                    K::Bool => one(F::Trunc, x, K::Int),
                    _ => Some(variant(x.clone())),
                }
            }
            // Abs of the smallest Integer or Long overflows (error 6), and so does Abs of
            // a Variant holding the smallest Long (one holding the smallest Integer
            // widens): which a Variant holds is known only when it runs.
            ("Abs", [x]) if self.may_hold_long_variant(x) => self.no(
                at,
                "`Abs` of a Variant (whether it overflows depends on what it holds)",
            ),
            ("Abs", [x]) => match x.kind() {
                K::Bool => one(F::Abs, x, K::Int),
                k => one(F::Abs, x, k),
            },
            ("Round", [x]) => match x.kind() {
                K::Double | K::Bool => one(F::Round, x, K::Double),
                _ => Some(variant(x.clone())),
            },
            ("IIf", [c, a, b]) => {
                // Both values are evaluated (IIf is a function), then one is chosen, as a
                // Variant.
                let k = K::Double;
                let t = self.new_slot(k, Input::Zero, at)?;
                self.variants.insert(t);
                let held = |x: &KExpr, me: &mut Self| -> Option<KExpr> {
                    if x.is_leaf() {
                        return Some(x.clone());
                    }
                    let s = me.new_slot(x.kind(), Input::Zero, at)?;
                    me.pre.push(KStmt::Store(s, x.clone()));
                    Some(KExpr::Slot(s, x.kind()))
                };
                let (a, b) = (held(a, self)?, held(b, self)?);
                self.hoisted = true;
                self.pre.push(KStmt::If {
                    arms: vec![(c.clone(), vec![KStmt::Store(t, a)])],
                    else_body: vec![KStmt::Store(t, b)],
                });
                Some(KExpr::Slot(t, k))
            }
            _ => self.no(at, format!("a call of `{name}`")),
        }
    }

    /// A call of the module's Function `p`, inlined: its parameters get the arguments
    /// (a ByRef one passed a variable reads that variable), its result and locals start
    /// at zero, its body runs, and the call's value is its result's slot.
    fn inline(&mut self, p: u32, args: &[ast::Arg], at: Span) -> Option<KExpr> {
        let (Some(ast_p), Some(proc)) = (
            self.ast.procs.get(p as usize),
            self.module.procs.get(p as usize),
        ) else {
            return self.no(at, "a call the kernel cannot follow");
        };
        if !proc.is_function {
            return self.no(at, format!("a call of Sub `{}`", proc.name));
        }
        if self.frames.iter().any(|f| f.index == p) {
            return self.no(at, format!("a recursive call of `{}`", proc.name));
        }
        if self.frames.len() > MAX_INLINE {
            return self.no(
                at,
                format!("Function calls nested more than {MAX_INLINE} deep"),
            );
        }
        if args.len() != proc.params.len() || ast_p.params.iter().any(|x| x.array || x.param_array)
        {
            return self.no(
                at,
                format!(
                    "a call of `{}` with optional or array parameters",
                    proc.name
                ),
            );
        }
        // The arguments, in the caller's frame.
        let mut bound = Vec::new();
        for (prm, a) in proc.params.iter().zip(args) {
            let Some(a) = a else {
                return self.no(at, "an argument left out");
            };
            if matches!(a.kind, ExprKind::Named { .. }) {
                return self.no(a.span, "a named argument");
            }
            let by_ref = prm.by_ref && matches!(a.kind, ExprKind::Name(_) | ExprKind::Call { .. });
            let reads = match &a.kind {
                ExprKind::Name(n) if by_ref && !self.module.refs.contains_key(&n.span.start) => {
                    let var = self.resolve(n)?;
                    let (s, k) = self.var(var, n)?;
                    let same = prm.ty == TypeName::Variant || self.declared(var) == prm.ty;
                    Some((s, k, same))
                }
                ExprKind::Call { callee, args } if by_ref => match &callee.kind {
                    ExprKind::Name(n) if !self.module.refs.contains_key(&n.span.start) => {
                        let (s, k) = self.element(n, args, a.span)?;
                        Some((
                            s,
                            k,
                            prm.ty == TypeName::Variant || K::of(prm.ty) == Some(k),
                        ))
                    }
                    _ => None,
                },
                _ => None,
            };
            match reads {
                Some((s, _, true)) => bound.push((prm, Bind::Alias(s))),
                Some(_) => {
                    return self.no(
                        a.span,
                        "a ByRef argument of another type than its parameter",
                    );
                }
                None => {
                    let v = self.expr(a)?;
                    bound.push((prm, Bind::Value(v)));
                }
            }
        }
        let saved = std::mem::take(&mut self.pre);
        let mut code = Vec::new();
        let mut param_slots = Vec::new();
        for (prm, b) in &bound {
            let s = match b {
                Bind::Alias(s) => *s,
                Bind::Value(v) => {
                    // A Variant parameter holds any number it is later assigned.
                    let k = variant_number(prm.ty).unwrap_or(v.kind());
                    let s = self.new_slot(k, Input::Zero, at)?;
                    if prm.ty == TypeName::Variant {
                        self.variants.insert(s);
                    }
                    code.push(KStmt::Store(s, v.clone()));
                    s
                }
            };
            param_slots.push((prm.slot, prm.ref_index, s));
        }
        self.enter(p, proc, ast_p)?;
        let frame = self.frames.last_mut()?;
        for (slot, r, s) in param_slots {
            if let Some(l) = frame.locals.get_mut(slot as usize) {
                *l = Some(s);
            }
            if let Some(x) = r.and_then(|r| frame.refs.get_mut(r as usize)) {
                *x = Some(s);
            }
        }
        let ret = proc.ret_slot.unwrap_or(0);
        let ret_name = &ast_p.name;
        let (result, kind) = self.var(Var::Local(ret), ret_name)?;
        let body = self.block(&ast_p.body);
        self.frames.pop();
        let body = body?;
        // Its result, locals and arrays start at zero: every inlined call has slots of
        // its own, and every slot starts at zero in each interval.
        code.extend(body);
        self.grow(&code, at)?;
        self.pre = saved;
        self.pre.append(&mut code);
        Some(KExpr::Slot(result, kind))
    }
}

/// How an inlined Function's parameter gets its argument.
enum Bind {
    /// A ByRef parameter passed a variable reads the variable's slot.
    Alias(u16),
    /// Any other gets the value, converted to the parameter's type.
    Value(KExpr),
}

/// What a condition of an `If` chain is built from.
enum Cond<'e> {
    Expr(&'e ast::Expr),
    /// A `Case` list tested against the `Select Case` subject.
    Case(&'e KExpr, &'e [ast::CaseItem]),
}

/// Whether a statement ends its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    On,
    Left,
}

/// `lead`, then the `If` of `arms` with `else_body` (just `else_body` without arms).
fn close(
    mut lead: Vec<KStmt>,
    arms: Vec<(KExpr, Vec<KStmt>)>,
    else_body: Vec<KStmt>,
) -> Vec<KStmt> {
    if arms.is_empty() {
        lead.extend(else_body);
    } else {
        lead.push(KStmt::If { arms, else_body });
    }
    lead
}

/// `flag = True`.
fn set(flag: u16) -> KStmt {
    KStmt::Store(flag, KExpr::Const(-1.0, K::Bool))
}

/// Puts `rest` (what follows an `If` that may set `flag`) at the end of the `If`'s one
/// branch that never sets it, when each other branch always does: `If c Then …: Exit
/// Sub` then `rest` is `If c Then … Else rest`, so that no lane tests the flag and the
/// slots `rest` stores are stored on every lane that goes on. Gives `rest` back when
/// `last` is not such an `If`. (Every block runs while its flags are false, so a branch
/// that does not set the flag is exactly where `rest` runs.)
fn sink(last: Option<&mut KStmt>, flag: u16, rest: Vec<KStmt>) -> Result<(), Vec<KStmt>> {
    let Some(KStmt::If { arms, else_body }) = last else {
        return Err(rest);
    };
    let set_flag = set(flag);
    let mut stays = None;
    for b in arms.iter_mut().map(|(_, b)| b).chain([else_body]) {
        if b.contains(&set_flag) {
            continue;
        }
        let mut stored = std::collections::HashSet::new();
        stores(b, &mut stored);
        if stays.is_some() || stored.contains(&flag) {
            return Err(rest);
        }
        stays = Some(b);
    }
    match stays {
        Some(b) => {
            b.extend(rest);
            Ok(())
        }
        None => Err(rest),
    }
}

/// `If Not flag Then body`.
fn guarded(flag: u16, body: Vec<KStmt>) -> KStmt {
    KStmt::If {
        arms: vec![(KExpr::Not(Box::new(KExpr::Slot(flag, K::Bool))), body)],
        else_body: Vec::new(),
    }
}

/// The kernel comparison of a comparison operator.
fn cmp_of(op: BinOp) -> Option<Cmp> {
    Some(match op {
        BinOp::Eq => Cmp::Eq,
        BinOp::Ne => Cmp::Ne,
        BinOp::Lt => Cmp::Lt,
        BinOp::Gt => Cmp::Gt,
        BinOp::Le => Cmp::Le,
        BinOp::Ge => Cmp::Ge,
        _ => return None,
    })
}

/// An operation on constants computed now, when it succeeds (one that fails is left to
/// fail when it runs, as the VM's does).
fn fold(e: KExpr) -> KExpr {
    let r = match &e {
        KExpr::Arith(op, a, b, k) => match (&**a, &**b) {
            (KExpr::Const(x, _), KExpr::Const(y, _)) => Some((op.apply(*x, *y, *k), *k)),
            _ => None,
        },
        KExpr::Div(a, b) => match (&**a, &**b) {
            (KExpr::Const(x, _), KExpr::Const(y, _)) => Some((divide(*x, *y), K::Double)),
            _ => None,
        },
        KExpr::Fn(f, a, k) => match &**a {
            KExpr::Const(x, _) => Some((f.apply(*x, *k), *k)),
            _ => None,
        },
        KExpr::Cmp(op, a, b) => match (&**a, &**b) {
            (KExpr::Const(x, _), KExpr::Const(y, _)) => {
                Some(((truth(op.test(*x, *y)), true), K::Bool))
            }
            _ => None,
        },
        KExpr::Logic(op, a, b) => match (&**a, &**b) {
            (KExpr::Const(x, _), KExpr::Const(y, _)) => {
                Some(((truth(op.test(*x, *y)), true), K::Bool))
            }
            _ => None,
        },
        KExpr::Not(a) => match &**a {
            KExpr::Const(x, _) => Some(((truth(*x == 0.0), true), K::Bool)),
            _ => None,
        },
        _ => None,
    };
    match r {
        Some(((v, true), k)) => KExpr::Const(v, k),
        _ => e,
    }
}

/// Whether `body` assigns variable `var` (or uses it as a nested loop's counter).
fn assigns(module: &Module, body: &[ast::Stmt], var: Var) -> bool {
    let is = |e: &ast::Expr| match &e.kind {
        ExprKind::Name(n) => module.names.get(&n.span.start) == Some(&var),
        _ => false,
    };
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { target, .. } => is(target),
        StmtKind::For { var: v, body, .. } => is(v) || assigns(module, body, var),
        _ => nested(s).iter().any(|b| assigns(module, b, var)),
    })
}

/// The kernel kind of a variable declared `ty`: its own for a numeric type, Double for a
/// Variant. A Variant in the kernel only ever holds numbers (an expression that is not
/// one keeps the script on the VM), and Variant arithmetic on numbers gives the values
/// Double arithmetic gives: an Integer or Long result that would overflow widens in the
/// Variant where typed arithmetic fails, an Empty Variant is 0, a Boolean one -1 or 0;
/// wherever the kernel fails an interval, the VM runs it for the exact outcome.
fn variant_number(ty: TypeName) -> Option<K> {
    match ty {
        TypeName::Variant => Some(K::Double),
        ty => K::of(ty),
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
