//! The syntax tree of a scenario script. Every node carries the byte span of its source;
//! names keep their spelling (comparison is case-insensitive, see [`Ident::key`]).

pub use crate::base::{BinOp, TypeName, UnOp};
use crate::diagnostic::Span;
pub use crate::syntax::lexer::Number;

/// A name as written, e.g. `Para1`, `name$`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    /// The spelling without the type suffix.
    pub name: String,
    /// The type suffix (`%`, `&`, `!`, `#`, `@`, `$`), if any.
    pub suffix: Option<char>,
    pub span: Span,
}

impl Ident {
    /// The case-folded name used for every lookup.
    pub fn key(&self) -> String {
        self.name.to_lowercase()
    }
    /// The name as written including its suffix.
    pub fn written(&self) -> String {
        match self.suffix {
            Some(c) => format!("{}{c}", self.name),
            None => self.name.clone(),
        }
    }
}

/// A module: options, module-level declarations and procedures, in source order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Module {
    /// Span of `Option Explicit`, if present.
    pub option_explicit: Option<Span>,
    /// `Option Base` (0 unless set to 1).
    pub option_base: u8,
    /// Where `Option Base` was given (it may be given once).
    pub option_base_at: Option<Span>,
    /// `Dim`, `Global`, `Public`, `Private`, `Const` outside procedures.
    pub decls: Vec<Stmt>,
    pub procs: Vec<Procedure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcKind {
    Sub,
    Function,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    pub kind: ProcKind,
    pub name: Ident,
    pub params: Vec<Param>,
    /// `Function F() As Long`.
    pub ret: Option<TypeName>,
    pub body: Vec<Stmt>,
    /// The header line.
    pub span: Span,
    /// The `End Sub`/`End Function` (the header span when missing).
    pub end_span: Span,
    /// `Static Sub`/`Static Function` (Sub statement page: "the procedure's local
    /// variables are preserved between calls").
    pub is_static: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassMode {
    ByRef,
    ByVal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub mode: PassMode,
    pub optional: bool,
    /// `a()`: an array parameter.
    pub array: bool,
    /// `ParamArray a()`: the last parameter, taking every further argument as one
    /// 0-based Variant array.
    pub param_array: bool,
    pub ty: Option<TypeName>,
    pub default: Option<Expr>,
    pub span: Span,
}

/// One bound of an array dimension: `10` or `1 To 5`.
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub lower: Option<Expr>,
    pub upper: Expr,
}

/// A variable in a `Dim`/`Static`/`Global`/`ReDim` list.
#[derive(Debug, Clone, PartialEq)]
pub struct VarDecl {
    pub name: Ident,
    /// None: a scalar; Some(empty): a dynamic array `a()`; else the dimensions.
    pub dims: Option<Vec<Bound>>,
    pub ty: Option<TypeName>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    Dim,
    Static,
    Global,
    Public,
    Private,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConstDecl {
    pub name: Ident,
    pub ty: Option<TypeName>,
    pub value: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    For,
    Do,
    Sub,
    Function,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopCond {
    While,
    Until,
}

/// A jump target: a label name or a line number.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelRef {
    /// The case-folded label (line numbers as their digits).
    pub key: String,
    /// The label as written.
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OnError {
    GoTo(LabelRef),
    /// `On Error GoTo 0`.
    GoToZero,
    ResumeNext,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResumeKind {
    /// `Resume` / `Resume 0`: retry the failing statement.
    Same,
    Next,
    Label(LabelRef),
}

/// One `Case` clause item.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseItem {
    Value(Expr),
    Range(Expr, Expr),
    /// `Is <op> expr`.
    Is(BinOp, Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseArm {
    pub items: Vec<CaseItem>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A piece of a `Print` list: an expression and the separator after it.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintItem {
    /// The value printed, or the argument of `Spc(n)` / `Tab(n)`.
    pub expr: Option<Expr>,
    /// `;` (None at the end means a line end), `,` a tab.
    pub sep: Option<PrintSep>,
    pub pos: PrintPos,
}

/// What a Print item does (Print method page: `{Spc(n) | Tab(n)} expression charpos`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintPos {
    /// Prints its expression.
    Value,
    /// `Spc(n)`: n spaces.
    Spc,
    /// `Tab(n)`: on to column n; bare `Tab`: on to the next print zone.
    Tab,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintSep {
    Semicolon,
    Comma,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Dim {
        kind: DeclKind,
        vars: Vec<VarDecl>,
    },
    Const {
        items: Vec<ConstDecl>,
        /// `Public Const` / `Private Const` / `Global Const` (None: plain `Const`).
        visibility: Option<DeclKind>,
    },
    ReDim {
        preserve: bool,
        vars: Vec<VarDecl>,
    },
    Erase(Vec<Ident>),
    /// `[Let] target = value`.
    Assign {
        target: Expr,
        value: Expr,
    },
    /// A call statement: `Foo 1, 2`, `Call Foo(1, 2)`, `Err.Raise 5`.
    Call {
        callee: Expr,
        args: Vec<Arg>,
        explicit: bool,
    },
    If {
        arms: Vec<(Expr, Vec<Stmt>)>,
        else_body: Option<Vec<Stmt>>,
    },
    Select {
        subject: Expr,
        arms: Vec<CaseArm>,
        else_body: Option<Vec<Stmt>>,
    },
    For {
        var: Expr,
        from: Expr,
        to: Expr,
        step: Option<Expr>,
        body: Vec<Stmt>,
    },
    ForEach {
        var: Expr,
        group: Expr,
        body: Vec<Stmt>,
    },
    Do {
        pre: Option<(LoopCond, Expr)>,
        post: Option<(LoopCond, Expr)>,
        body: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
    },
    Exit(ExitKind),
    GoTo(LabelRef),
    GoSub(LabelRef),
    Return,
    OnError(OnError),
    Resume(ResumeKind),
    /// `End` alone: stop the run.
    End,
    Stop,
    Print {
        debug: bool,
        items: Vec<PrintItem>,
    },
    /// `Label:` or a line number: a jump target.
    Label(LabelRef),
}

/// An argument of a call: missing (`f(1, , 3)`), or an expression.
pub type Arg = Option<Expr>;

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Number(Number),
    String(String),
    /// A date as a VBA serial day.
    Date(f64),
    Bool(bool),
    Empty,
    Null,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Literal(Literal),
    Name(Ident),
    /// `f(args)` or `a(i, j)`: a call or an index, the resolver decides.
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `Err.Number`.
    Member {
        object: Box<Expr>,
        member: Ident,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `(e)`: kept because a parenthesised argument is passed by value.
    Paren(Box<Expr>),
    /// `name:=value`, a named argument: only in a call's argument list.
    Named {
        name: Ident,
        value: Box<Expr>,
    },
    /// Stands in for an expression that failed to parse.
    Error,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// A compact, fully parenthesised rendering used in tests and the REPL:
    /// `-2^2` shows as `(-(2 ^ 2))`.
    pub fn sexp(&self) -> String {
        match &self.kind {
            ExprKind::Literal(Literal::Number(n)) => match n {
                Number::Integer(v) => v.to_string(),
                Number::Long(v) => format!("{v}&"),
                Number::Single(v) => format!("{v}!"),
                Number::Double(v) => format!("{v}#"),
                Number::Currency(v) => format!("{}@", *v as f64 / 10_000.0),
            },
            ExprKind::Literal(Literal::String(s)) => format!("{s:?}"),
            ExprKind::Literal(Literal::Date(d)) => format!("#{d}#"),
            ExprKind::Literal(Literal::Bool(b)) => if *b { "True" } else { "False" }.into(),
            ExprKind::Literal(Literal::Empty) => "Empty".into(),
            ExprKind::Literal(Literal::Null) => "Null".into(),
            ExprKind::Name(i) => i.written(),
            ExprKind::Call { callee, args } => {
                let args: Vec<String> = args
                    .iter()
                    .map(|a| a.as_ref().map(Expr::sexp).unwrap_or_default())
                    .collect();
                format!("{}({})", callee.sexp(), args.join(", "))
            }
            ExprKind::Member { object, member } => {
                format!("{}.{}", object.sexp(), member.written())
            }
            ExprKind::Unary(UnOp::Neg, e) => format!("(-{})", e.sexp()),
            ExprKind::Unary(UnOp::Plus, e) => format!("(+{})", e.sexp()),
            ExprKind::Unary(UnOp::Not, e) => format!("(Not {})", e.sexp()),
            ExprKind::Binary(op, l, r) => format!("({} {} {})", l.sexp(), op.symbol(), r.sexp()),
            ExprKind::Paren(e) => format!("[{}]", e.sexp()),
            ExprKind::Named { name, value } => format!("{}:={}", name.written(), value.sexp()),
            ExprKind::Error => "<error>".into(),
        }
    }
}

impl Stmt {
    /// Calls `f` with every expression written directly in this statement (not those of
    /// nested blocks: see [`for_each_stmt`]), whatever its role: targets, values,
    /// conditions, array bounds of `Dim`/`ReDim`, `Const` values, `Case` items, `For`
    /// headers, `Print` items. The one list of where an expression can appear.
    pub fn for_each_expr<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        let bounds = |vars: &'a [VarDecl], f: &mut dyn FnMut(&'a Expr)| {
            for b in vars.iter().filter_map(|v| v.dims.as_ref()).flatten() {
                if let Some(l) = &b.lower {
                    f(l);
                }
                f(&b.upper);
            }
        };
        match &self.kind {
            StmtKind::Dim { vars, .. } | StmtKind::ReDim { vars, .. } => bounds(vars, f),
            StmtKind::Const { items, .. } => items.iter().for_each(|c| f(&c.value)),
            StmtKind::Assign { target, value } => {
                f(target);
                f(value);
            }
            StmtKind::Call { callee, args, .. } => {
                f(callee);
                args.iter().flatten().for_each(f);
            }
            StmtKind::If { arms, .. } => arms.iter().for_each(|(c, _)| f(c)),
            StmtKind::Select { subject, arms, .. } => {
                f(subject);
                for it in arms.iter().flat_map(|a| &a.items) {
                    match it {
                        CaseItem::Value(e) | CaseItem::Is(_, e) => f(e),
                        CaseItem::Range(a, b) => {
                            f(a);
                            f(b);
                        }
                    }
                }
            }
            StmtKind::For {
                var,
                from,
                to,
                step,
                ..
            } => {
                f(var);
                f(from);
                f(to);
                step.iter().for_each(f);
            }
            StmtKind::ForEach { var, group, .. } => {
                f(var);
                f(group);
            }
            StmtKind::Do { pre, post, .. } => {
                pre.iter().chain(post).for_each(|(_, e)| f(e));
            }
            StmtKind::While { cond, .. } => f(cond),
            StmtKind::Print { items, .. } => {
                items.iter().filter_map(|i| i.expr.as_ref()).for_each(f)
            }
            StmtKind::Erase(_)
            | StmtKind::Exit(_)
            | StmtKind::GoTo(_)
            | StmtKind::GoSub(_)
            | StmtKind::Return
            | StmtKind::OnError(_)
            | StmtKind::Resume(_)
            | StmtKind::End
            | StmtKind::Stop
            | StmtKind::Label(_) => {}
        }
    }
}

/// Calls `f` with every statement of `body` and of the blocks nested in it, outermost
/// first, in source order.
pub fn for_each_stmt<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::If { arms, else_body } => {
                for (_, b) in arms {
                    for_each_stmt(b, f);
                }
                if let Some(b) = else_body {
                    for_each_stmt(b, f);
                }
            }
            StmtKind::Select {
                arms, else_body, ..
            } => {
                for a in arms {
                    for_each_stmt(&a.body, f);
                }
                if let Some(b) = else_body {
                    for_each_stmt(b, f);
                }
            }
            StmtKind::For { body, .. }
            | StmtKind::ForEach { body, .. }
            | StmtKind::Do { body, .. }
            | StmtKind::While { body, .. } => for_each_stmt(body, f),
            _ => {}
        }
    }
}

impl Expr {
    /// Calls `f` with this expression and every expression inside it, outermost first.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Call { callee, args } => {
                callee.walk(f);
                for a in args.iter().flatten() {
                    a.walk(f);
                }
            }
            ExprKind::Member { object, .. } => object.walk(f),
            ExprKind::Unary(_, x) | ExprKind::Paren(x) => x.walk(f),
            ExprKind::Named { value, .. } => value.walk(f),
            ExprKind::Binary(_, a, b) => {
                a.walk(f);
                b.walk(f);
            }
            ExprKind::Literal(_) | ExprKind::Name(_) | ExprKind::Error => {}
        }
    }
}

impl Module {
    /// Calls `f` with every expression of the module: module-level declarations,
    /// parameter defaults, and every statement of every procedure at any depth.
    pub fn for_each_expr<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        for_each_stmt(&self.decls, &mut |s| s.for_each_expr(&mut |e| e.walk(f)));
        for p in &self.procs {
            for d in p.params.iter().filter_map(|p| p.default.as_ref()) {
                d.walk(f);
            }
            for_each_stmt(&p.body, &mut |s| s.for_each_expr(&mut |e| e.walk(f)));
        }
    }
}
