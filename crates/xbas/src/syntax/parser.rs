//! The parser: tokens to a flat list of line items, built with `chumsky`.
//!
//! BASIC is line-oriented, so the parser reads one logical line at a time: an optional
//! label, then statements separated by `:`. Block statements (`If … Then`, `For`, `Next`,
//! `End If`, `Sub`, …) come out as opener/closer [`Item`]s; [`super::blocks`] nests them
//! with an explicit stack. A line that does not parse is reported once and skipped, so a
//! file with three mistakes gives three errors; a broken line that starts a block still
//! opens it, so one typo does not cascade into "`End If` without `If`".

use super::ast::*;
use super::lexer::{Spanned, Tok};
use crate::diagnostic::{Diagnostic, Span};
use chumsky::input::{Input as _, ValueInput};
use chumsky::prelude::*;

/// Deepest nesting of parentheses and prefix operators in one expression.
pub const MAX_EXPR_DEPTH: usize = 100;
/// Most operators in one logical line.
pub const MAX_LINE_OPERATORS: usize = 1000;

/// The kind of block an opener starts (also used to guess what a broken line meant).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    If,
    Select,
    For,
    Do,
    While,
    Sub,
    Function,
}

impl BlockKind {
    /// The keyword that closes this block.
    pub fn closer(self) -> &'static str {
        match self {
            BlockKind::If => "End If",
            BlockKind::Select => "End Select",
            BlockKind::For => "Next",
            BlockKind::Do => "Loop",
            BlockKind::While => "Wend",
            BlockKind::Sub => "End Sub",
            BlockKind::Function => "End Function",
        }
    }
    pub fn opener(self) -> &'static str {
        match self {
            BlockKind::If => "If",
            BlockKind::Select => "Select Case",
            BlockKind::For => "For",
            BlockKind::Do => "Do",
            BlockKind::While => "While",
            BlockKind::Sub => "Sub",
            BlockKind::Function => "Function",
        }
    }
}

/// A procedure header.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcHeader {
    pub kind: ProcKind,
    pub name: Ident,
    pub params: Vec<Param>,
    pub ret: Option<TypeName>,
    /// `Static Sub`/`Static Function`: every local keeps its value between calls.
    pub is_static: bool,
}

/// One statement-sized piece of a line.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Stmt(StmtKind),
    IfThen(Expr),
    ElseIf(Expr),
    Else,
    SelectCase(Expr),
    Case(Vec<CaseItem>),
    CaseElse,
    For {
        var: Expr,
        from: Expr,
        to: Expr,
        step: Option<Expr>,
    },
    ForEach {
        var: Expr,
        group: Expr,
    },
    Do(Option<(LoopCond, Expr)>),
    While(Expr),
    ProcStart(ProcHeader),
    /// `End If`, `End Select`, `End Sub`, `End Function`, `Loop`, `Wend`.
    Close(BlockKind, Option<(LoopCond, Expr)>),
    Next(Vec<Ident>),
    OptionExplicit,
    OptionBase(u8),
    /// `Option Compare Binary` (the default; `Text` is not supported).
    OptionCompareBinary,
    /// A line that failed to parse; the block it seems to open, if any.
    Broken(Option<BlockKind>),
}

/// A parsed line item with the span of its statement.
pub type LineItem = (Item, Span);

/// The error type the parser builds: [`Rich`] for messages, or `Cheap` (a span, no
/// allocation) for the fast first pass.
pub trait ParseError<'t, I: chumsky::input::Input<'t>>:
    chumsky::error::Error<'t, I> + chumsky::label::LabelError<'t, I, &'static str>
{
    fn custom(span: SimpleSpan, msg: String) -> Self;
}

impl<'t, 's: 't, I> ParseError<'t, I> for Rich<'t, Tok<'s>, SimpleSpan>
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
{
    fn custom(span: SimpleSpan, msg: String) -> Self {
        Rich::custom(span, msg)
    }
}

impl<'t, I> ParseError<'t, I> for chumsky::error::Cheap<SimpleSpan>
where
    I: chumsky::input::Input<'t, Span = SimpleSpan>,
{
    fn custom(span: SimpleSpan, _: String) -> Self {
        chumsky::error::Cheap::new(span)
    }
}

type Err<X> = extra::Err<X>;

fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

fn make_ident(text: &str, span: Span) -> Ident {
    match text.chars().last() {
        Some(c @ ('%' | '&' | '!' | '#' | '@' | '$')) => Ident {
            name: text[..text.len() - c.len_utf8()].to_string(),
            suffix: Some(c),
            span,
        },
        _ => Ident {
            name: text.to_string(),
            suffix: None,
            span,
        },
    }
}

fn ident<'t, 's: 't, I, X>() -> impl Parser<'t, I, Ident, Err<X>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    select! { Tok::Ident(s) = e => make_ident(s, sp(e.span())) }.labelled("a name")
}

/// An argument: `name:=value` (a named argument) or an expression.
fn named_or<'t, 's: 't, I, X>(
    expr: impl Parser<'t, I, Expr, Err<X>> + Clone + 't,
) -> impl Parser<'t, I, Expr, Err<X>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    ident()
        .then_ignore(just(Tok::ColonEq))
        .then(expr.clone())
        .map_with(|(name, value), e| {
            Expr::new(
                ExprKind::Named {
                    name,
                    value: Box::new(value),
                },
                sp(e.span()),
            )
        })
        .or(expr)
}

/// A name after `.`: keywords are allowed (`Debug.Print`, `Err.Number`).
fn member_name<'t, 's: 't, I, X>() -> impl Parser<'t, I, Ident, Err<X>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    any()
        .filter(|t: &Tok<'s>| matches!(t, Tok::Ident(_)) || t.is_keyword())
        .map_with(|t: Tok<'s>, e| match t {
            Tok::Ident(s) => make_ident(s, sp(e.span())),
            other => make_ident(other.spelling(), sp(e.span())),
        })
        .labelled("a member name")
}

fn type_name<'t, 's: 't, I, X>() -> impl Parser<'t, I, TypeName, Err<X>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    select! { Tok::Ident(s) => s }
        .validate(|s: &str, e, emitter| {
            TypeName::from_name(s).unwrap_or_else(|| {
                let names = ["Integer", "Long", "Single", "Double", "Currency", "String", "Boolean", "Byte", "Date", "Variant"];
                let hint = match crate::diagnostic::did_you_mean(s, names) {
                    Some(n) => format!("did you mean `{n}`?"),
                    None => "use Integer, Long, Single, Double, Currency, String, Boolean, Byte, Date or Variant".into(),
                };
                let c = Custom::new("E0206", format!("unknown type `{s}`"), "not a type", hint);
                emitter.emit(X::custom(e.span(), c.encode()));
                TypeName::Variant
            })
        })
        .labelled("a type")
}

/// The expression parser (VBA precedence, MS-VBAL 5.6.9; `^` above unary minus), and the
/// postfix-expression parser (names with calls, indexes and members) used for assignment
/// targets and call statements.
///
/// Built with [`recursive`], whose closure gets a weak reference to the parser being
/// defined: `Recursive::declare` cloned into its own definition is an `Rc` cycle that
/// leaked the whole parser each time it was built (chumsky issue #486), about 1 KB per
/// line typed at the REPL (issue 18, finding 16).
#[allow(clippy::type_complexity)]
pub fn expr_parsers<'t, 's: 't, I, X>() -> (
    impl Parser<'t, I, Expr, Err<X>> + Clone,
    impl Parser<'t, I, Expr, Err<X>> + Clone,
)
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    let expr = recursive(|expr| {
        let postfix = postfix_parser(expr);
        // An expression is a flat run `prefix* operand (binop prefix* operand)*`, parsed with
        // one token test per operator; [`build_expr`] then applies VBA precedence. This keeps
        // the parser linear and free of per-level backtracking.
        let prefix_op =
            select! { Tok::Minus => UnOp::Neg, Tok::Plus => UnOp::Plus, Tok::Not => UnOp::Not }
                .map_with(|op, e| (op, sp(e.span())));
        let bin_op = select! {
            Tok::Caret => BinOp::Pow, Tok::Star => BinOp::Mul, Tok::Slash => BinOp::Div,
            Tok::Backslash => BinOp::IntDiv, Tok::Mod => BinOp::Mod, Tok::Plus => BinOp::Add,
            Tok::Minus => BinOp::Sub, Tok::Amp => BinOp::Concat, Tok::Eq => BinOp::Eq, Tok::Ne => BinOp::Ne,
            Tok::Lt => BinOp::Lt, Tok::Gt => BinOp::Gt, Tok::Le => BinOp::Le, Tok::Ge => BinOp::Ge,
            Tok::Like => BinOp::Like, Tok::And => BinOp::And, Tok::Or => BinOp::Or, Tok::Xor => BinOp::Xor,
            Tok::Eqv => BinOp::Eqv, Tok::Imp => BinOp::Imp,
        };
        let operand = prefix_op
            .repeated()
            .collect::<Vec<_>>()
            .then(postfix.clone());
        operand
            .clone()
            .then(bin_op.then(operand).repeated().collect::<Vec<_>>())
            .map(|(first, rest)| build_expr(first, rest))
            .labelled("an expression")
    })
    .boxed();
    let postfix = postfix_parser(expr.clone());
    (expr, postfix)
}

/// Names with calls, indexes and members (`a.b(1, 2).c`), over the expression parser
/// `expr` for the arguments and parenthesised expressions.
fn postfix_parser<'t, 's: 't, I, X>(
    expr: impl Parser<'t, I, Expr, Err<X>> + Clone + 't,
) -> impl Parser<'t, I, Expr, Err<X>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    let args = named_or(expr.clone())
        .or_not()
        .separated_by(just(Tok::Comma))
        .collect::<Vec<Arg>>()
        .map(|a| {
            if a.len() == 1 && a[0].is_none() {
                Vec::new()
            } else {
                a
            }
        })
        .delimited_by(just(Tok::LParen), just(Tok::RParen).labelled("`)`"));

    let literal = select! {
        Tok::Number(n) => Literal::Number(n),
        Tok::Str(s) => Literal::String(s),
        Tok::Date(d) => Literal::Date(d),
        Tok::True => Literal::Bool(true),
        Tok::False => Literal::Bool(false),
        Tok::Empty => Literal::Empty,
        Tok::Null => Literal::Null,
    }
    .map(ExprKind::Literal);

    let paren = expr
        .clone()
        .delimited_by(just(Tok::LParen), just(Tok::RParen).labelled("`)`"))
        .map(|e| ExprKind::Paren(Box::new(e)));

    let atom = choice((literal, ident().map(ExprKind::Name), paren))
        .map_with(|k, e| Expr::new(k, sp(e.span())))
        .labelled("an expression");

    enum Post {
        Call(Vec<Arg>),
        Member(Ident),
    }
    atom.foldl_with(
        choice((
            args.map(Post::Call),
            just(Tok::Dot).ignore_then(member_name()).map(Post::Member),
        ))
        .repeated(),
        |lhs, post, e| {
            let kind = match post {
                Post::Call(args) => ExprKind::Call {
                    callee: Box::new(lhs),
                    args,
                },
                Post::Member(member) => ExprKind::Member {
                    object: Box::new(lhs),
                    member,
                },
            };
            Expr::new(kind, sp(e.span()))
        },
    )
    .boxed()
}

/// Binding power of a binary operator (MS-VBAL 5.6.9: `^`, unary `-`, `* /`, `\`, `Mod`,
/// `+ -`, `&`, comparisons, `Not`, `And`, `Or`, `Xor`, `Eqv`, `Imp`); all are
/// left-associative.
fn binding(op: BinOp) -> u8 {
    match op {
        BinOp::Pow => 15,
        BinOp::Mul | BinOp::Div => 13,
        BinOp::IntDiv => 12,
        BinOp::Mod => 11,
        BinOp::Add | BinOp::Sub => 10,
        BinOp::Concat => 9,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::Like => 8,
        BinOp::And => 6,
        BinOp::Or => 5,
        BinOp::Xor => 4,
        BinOp::Eqv => 3,
        BinOp::Imp => 2,
    }
}

fn unary_binding(op: UnOp) -> u8 {
    match op {
        UnOp::Neg | UnOp::Plus => 14,
        UnOp::Not => 7,
    }
}

type Operand = (Vec<(UnOp, Span)>, Expr);

/// Shunting-yard over a flat operand/operator run: prefix operators wait on the stack
/// until an operator binding no tighter than they do arrives (so `-2 ^ 2` is `-(2 ^ 2)`
/// and `Not a = b` is `Not (a = b)`), binary operators pop their equals (left-assoc).
fn build_expr(first: Operand, rest: Vec<(BinOp, Operand)>) -> Expr {
    enum Op {
        Un(UnOp, Span),
        Bin(BinOp),
    }
    fn power(op: &Op) -> u8 {
        match op {
            Op::Un(u, _) => unary_binding(*u),
            Op::Bin(b) => binding(*b),
        }
    }
    fn reduce(op: Op, out: &mut Vec<Expr>) {
        match op {
            Op::Un(u, at) => {
                let Some(x) = out.pop() else { return };
                let span = at.to(x.span);
                out.push(Expr::new(ExprKind::Unary(u, Box::new(x)), span));
            }
            Op::Bin(b) => {
                let (Some(r), Some(l)) = (out.pop(), out.pop()) else {
                    return;
                };
                let span = l.span.to(r.span);
                out.push(Expr::new(
                    ExprKind::Binary(b, Box::new(l), Box::new(r)),
                    span,
                ));
            }
        }
    }
    let mut out: Vec<Expr> = Vec::with_capacity(rest.len() + 1);
    let mut ops: Vec<Op> = Vec::new();
    let push_operand = |(prefixes, e): Operand, ops: &mut Vec<Op>, out: &mut Vec<Expr>| {
        ops.extend(prefixes.into_iter().map(|(u, s)| Op::Un(u, s)));
        out.push(e);
    };
    push_operand(first, &mut ops, &mut out);
    for (op, operand) in rest {
        let p = binding(op);
        while ops.last().is_some_and(|top| power(top) >= p) {
            if let Some(top) = ops.pop() {
                reduce(top, &mut out);
            }
        }
        ops.push(Op::Bin(op));
        push_operand(operand, &mut ops, &mut out);
    }
    while let Some(top) = ops.pop() {
        reduce(top, &mut out);
    }
    out.pop()
        .unwrap_or_else(|| Expr::new(ExprKind::Error, Span::default()))
}

/// The items of a file: each line's items are appended as the line is parsed. (Kept as
/// a `Vec` per line, every line held room for four items to the end: 1.3 KB a line, 190
/// bytes of memory per byte of a long script.)
#[derive(Default)]
pub struct Lines(pub Vec<LineItem>);

impl chumsky::container::Container<Vec<LineItem>> for Lines {
    fn push(&mut self, line: Vec<LineItem>) {
        self.0.extend(line);
    }
}

/// What follows `Then` in a single-line If: statements and an optional `Else` clause,
/// or the `Else` clause alone; the `Else` clause's statements may be missing too
/// ([MS-VBAL] §5.4.2.9: `if-with-empty-then = "If" boolean-expression "Then"
/// single-line-else-clause`, `single-line-else-clause = "Else" [list-or-label]`).
#[allow(clippy::type_complexity)]
fn then_else<'t, 's: 't, I, X>(
    stmts: impl Parser<'t, I, Vec<Stmt>, Err<X>> + Clone + 't,
) -> impl Parser<'t, I, (Vec<Stmt>, Option<Vec<Stmt>>), Err<X>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    let else_clause =
        just(Tok::Else).ignore_then(stmts.clone().or_not().map(Option::unwrap_or_default));
    choice((
        stmts.then(else_clause.clone().or_not()),
        else_clause.map(|e| (Vec::new(), Some(e))),
    ))
}

/// The line parser: every logical line of a file, as items.
pub fn file_parser<'t, 's: 't, I, X>() -> impl Parser<'t, I, Lines, Err<X>>
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    X: ParseError<'t, I> + 't,
{
    let (expr, postfix) = expr_parsers::<I, X>();
    // Where a statement ends: `:`, `Else` (in a single-line If) or the line end.
    let stmt_end = choice((just(Tok::Colon), just(Tok::Newline), just(Tok::Else)))
        .rewind()
        .ignored();
    let line_end = just(Tok::Newline).rewind().ignored();

    let label_ref = choice((
        ident().map(|i| LabelRef {
            key: i.key(),
            name: i.written(),
            span: i.span,
        }),
        select! { Tok::Number(n) = e => (n, sp(e.span())) }.try_map(
            |(n, span): (Number, Span), s| {
                line_number(n)
                    .map(|v| LabelRef {
                        key: v.to_string(),
                        name: v.to_string(),
                        span,
                    })
                    .ok_or_else(|| X::custom(s, "a line number is a whole number".into()))
            },
        ),
    ))
    .labelled("a label");

    // --- declarations ---
    let bound = expr
        .clone()
        .then(just(Tok::To).ignore_then(expr.clone()).or_not())
        .map(|(a, b)| match b {
            Some(upper) => Bound {
                lower: Some(a),
                upper,
            },
            None => Bound {
                lower: None,
                upper: a,
            },
        });
    let dims = bound
        .separated_by(just(Tok::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen).labelled("`)`"));
    let as_type = just(Tok::As).ignore_then(type_name());
    let var_decl = ident()
        .then(dims.or_not())
        .then(as_type.clone().or_not())
        .map_with(|((name, dims), ty), e| VarDecl {
            name,
            dims,
            ty,
            span: sp(e.span()),
        });
    let var_list = var_decl
        .clone()
        .separated_by(just(Tok::Comma))
        .at_least(1)
        .collect::<Vec<_>>();

    let const_item = ident()
        .then(as_type.clone().or_not())
        .then_ignore(just(Tok::Eq))
        .then(expr.clone())
        .map(|((name, ty), value)| ConstDecl { name, ty, value });
    let const_stmt = just(Tok::Const)
        .ignore_then(
            const_item
                .separated_by(just(Tok::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map(|items| {
            Item::Stmt(StmtKind::Const {
                items,
                visibility: None,
            })
        });

    let visibility = select! {
        Tok::Global => DeclKind::Global, Tok::Public => DeclKind::Public, Tok::Private => DeclKind::Private,
    };

    // `ParamArray` is no reserved word: a name spelled so, followed by a name.
    let param_array_kw = select! { Tok::Ident(s) if s.eq_ignore_ascii_case("paramarray") => () };
    let param = just(Tok::Optional)
        .or_not()
        .then(select! { Tok::ByVal => PassMode::ByVal, Tok::ByRef => PassMode::ByRef }.or_not())
        .then(param_array_kw.then(ident().rewind()).or_not())
        .then(ident())
        .then(just(Tok::LParen).then(just(Tok::RParen)).or_not())
        .then(as_type.clone().or_not())
        .then(just(Tok::Eq).ignore_then(expr.clone()).or_not())
        .map_with(
            |((((((opt, mode), pa), name), arr), ty), default), e| Param {
                name,
                mode: mode.unwrap_or(PassMode::ByRef),
                optional: opt.is_some() || default.is_some(),
                array: arr.is_some(),
                param_array: pa.is_some(),
                ty,
                default,
                span: sp(e.span()),
            },
        );
    let params = param
        .separated_by(just(Tok::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen).labelled("`)`"))
        .or_not()
        .map(Option::unwrap_or_default);
    let proc_header = visibility
        .or_not()
        .ignore_then(just(Tok::Static).or_not().map(|s| s.is_some()))
        .then(select! { Tok::Sub => ProcKind::Sub, Tok::Function => ProcKind::Function })
        .then(ident())
        .then(params)
        .then(as_type.clone().or_not())
        .map(|((((is_static, kind), name), params), ret)| {
            Item::ProcStart(ProcHeader {
                kind,
                name,
                params,
                ret,
                is_static,
            })
        });

    let decl_kind = choice((
        just(Tok::Dim).to(DeclKind::Dim),
        just(Tok::Static).to(DeclKind::Static),
        visibility.then_ignore(just(Tok::Dim).or_not()),
    ));
    let dim_stmt = decl_kind
        .then(choice((
            const_stmt.clone().map(Err),
            var_list.clone().map(Ok),
        )))
        .map(|(kind, r)| match r {
            Ok(vars) => Item::Stmt(StmtKind::Dim { kind, vars }),
            Err(Item::Stmt(StmtKind::Const { items, .. })) => Item::Stmt(StmtKind::Const {
                items,
                visibility: Some(kind),
            }),
            Err(c) => c,
        });
    let redim = just(Tok::ReDim)
        .ignore_then(just(Tok::Preserve).or_not())
        .then(var_list.clone())
        .map(|(p, vars)| {
            Item::Stmt(StmtKind::ReDim {
                preserve: p.is_some(),
                vars,
            })
        });
    let erase = just(Tok::Erase)
        .ignore_then(
            ident()
                .separated_by(just(Tok::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map(|v| Item::Stmt(StmtKind::Erase(v)));

    let option = just(Tok::Option).ignore_then(choice((
        select! { Tok::Ident(s) if s.eq_ignore_ascii_case("explicit") => Item::OptionExplicit },
        select! { Tok::Ident(s) if s.eq_ignore_ascii_case("base") => () }.ignore_then(
            select! { Tok::Number(n) => n }.try_map(|n, span| match n {
                Number::Integer(0) => Ok(Item::OptionBase(0)),
                Number::Integer(1) => Ok(Item::OptionBase(1)),
                _ => Err(X::custom(span, "`Option Base` is 0 or 1".into())),
            }),
        ),
        select! { Tok::Ident(s) if s.eq_ignore_ascii_case("compare") => () }.ignore_then(
            select! { Tok::Ident(s) if s.eq_ignore_ascii_case("binary") => Item::OptionCompareBinary }
                .labelled("`Binary` (text comparison is not supported)"),
        ),
    )));

    // --- simple statements ---
    let lvalue = postfix;
    let exit = just(Tok::Exit)
        .ignore_then(
            select! {
                Tok::For => ExitKind::For, Tok::Do => ExitKind::Do,
                Tok::Sub => ExitKind::Sub, Tok::Function => ExitKind::Function,
            }
            .labelled("`For`, `Do`, `Sub` or `Function`"),
        )
        .map(|k| Item::Stmt(StmtKind::Exit(k)));
    let goto = just(Tok::GoTo)
        .ignore_then(label_ref.clone())
        .map(|l| Item::Stmt(StmtKind::GoTo(l)));
    let gosub = just(Tok::GoSub)
        .ignore_then(label_ref.clone())
        .map(|l| Item::Stmt(StmtKind::GoSub(l)));
    let ret = just(Tok::Return).to(Item::Stmt(StmtKind::Return));
    let error_kw =
        select! { Tok::Ident(s) if s.eq_ignore_ascii_case("error") => () }.labelled("`Error`");
    let on_error = just(Tok::On)
        .ignore_then(error_kw)
        .ignore_then(choice((
            just(Tok::Resume)
                .then(just(Tok::Next))
                .to(OnError::ResumeNext),
            just(Tok::GoTo).ignore_then(choice((
                select! { Tok::Number(Number::Integer(0)) => OnError::GoToZero },
                label_ref.clone().map(OnError::GoTo),
            ))),
        )))
        .map(|o| Item::Stmt(StmtKind::OnError(o)));
    let resume = just(Tok::Resume)
        .ignore_then(
            choice((
                just(Tok::Next).to(ResumeKind::Next),
                select! { Tok::Number(Number::Integer(0)) => ResumeKind::Same },
                label_ref.clone().map(ResumeKind::Label),
            ))
            .or_not(),
        )
        .map(|r| Item::Stmt(StmtKind::Resume(r.unwrap_or(ResumeKind::Same))));
    let stop = just(Tok::Stop).to(Item::Stmt(StmtKind::Stop));

    let print_sep =
        select! { Tok::Semicolon => PrintSep::Semicolon, Tok::Comma => PrintSep::Comma };
    // `Spc(n)` and `Tab[(n)]` are no functions: they place the next item of a Print list.
    let spc_kw = select! { Tok::Ident(s) if s.eq_ignore_ascii_case("spc") => PrintPos::Spc };
    let tab_kw = select! { Tok::Ident(s) if s.eq_ignore_ascii_case("tab") => PrintPos::Tab };
    let paren_arg = expr
        .clone()
        .delimited_by(just(Tok::LParen), just(Tok::RParen).labelled("`)`"));
    let print_items = choice((
        spc_kw
            .then(paren_arg.clone().map(Some))
            .or(tab_kw.then(paren_arg.or_not()))
            .then(print_sep.or_not())
            .map(|((pos, e), sep)| PrintItem { expr: e, sep, pos }),
        expr.clone()
            .then(print_sep.or_not())
            .map(|(e, sep)| PrintItem {
                expr: Some(e),
                sep,
                pos: PrintPos::Value,
            }),
        print_sep.map(|sep| PrintItem {
            expr: None,
            sep: Some(sep),
            pos: PrintPos::Value,
        }),
    ))
    .repeated()
    .collect::<Vec<_>>();
    let debug_kw = select! { Tok::Ident(s) if s.eq_ignore_ascii_case("debug") => () };
    let print = choice((
        just(Tok::Print).to(false),
        debug_kw
            .then(just(Tok::Dot))
            .then(just(Tok::Print))
            .to(true),
    ))
    .then(print_items)
    .map(|(debug, items)| Item::Stmt(StmtKind::Print { debug, items }));
    // `Debug.Assert e` (Debug object page: "evaluates expression and, if False,
    // breakpoints in the debugger"): no debugger here, so it evaluates `e` as a
    // condition and goes on — written as `If e Then` with nothing in it.
    let assert_kw = select! { Tok::Ident(s) if s.eq_ignore_ascii_case("assert") => () };
    let debug_assert = debug_kw
        .then(just(Tok::Dot))
        .ignore_then(assert_kw)
        .ignore_then(expr.clone())
        .map(|e| {
            Item::Stmt(StmtKind::If {
                arms: vec![(e, Vec::new())],
                else_body: None,
            })
        });

    let call_args = named_or(expr.clone())
        .or_not()
        .separated_by(just(Tok::Comma))
        .collect::<Vec<Arg>>();
    let explicit_call = just(Tok::Call).ignore_then(expr.clone()).map(|callee| {
        let (callee, args) = split_call(callee, false);
        Item::Stmt(StmtKind::Call {
            callee,
            args,
            explicit: true,
        })
    });
    let assign = just(Tok::Let)
        .or_not()
        .ignore_then(lvalue.clone())
        .then_ignore(just(Tok::Eq))
        .then(expr.clone())
        .map(|(target, value)| Item::Stmt(StmtKind::Assign { target, value }));
    // `Foo(1, 2)` alone: a call with those arguments (`Foo(x)` passes `(x)`, as in VBA).
    let paren_call = lvalue.clone().then_ignore(stmt_end.clone()).map(|callee| {
        let (callee, args) = split_call(callee, true);
        Item::Stmt(StmtKind::Call {
            callee,
            args,
            explicit: false,
        })
    });
    let callee_path = ident()
        .map_with(|i, e| Expr::new(ExprKind::Name(i), sp(e.span())))
        .foldl_with(
            just(Tok::Dot).ignore_then(member_name()).repeated(),
            |lhs, member, e| {
                Expr::new(
                    ExprKind::Member {
                        object: Box::new(lhs),
                        member,
                    },
                    sp(e.span()),
                )
            },
        );
    let bare_call = callee_path.then(call_args).map(|(callee, mut args)| {
        if args.len() == 1 && args[0].is_none() {
            args.clear();
        }
        Item::Stmt(StmtKind::Call {
            callee,
            args,
            explicit: false,
        })
    });

    let simple = choice((
        dim_stmt.clone(),
        const_stmt.clone(),
        redim,
        erase,
        exit,
        goto,
        gosub,
        ret,
        on_error,
        resume,
        stop,
        just(Tok::End)
            .then(stmt_end.clone())
            .to(Item::Stmt(StmtKind::End)),
        print,
        debug_assert,
        explicit_call,
        assign,
        paren_call,
        bare_call,
    ))
    .boxed();

    // --- single-line If (statements after Then / Else on the same line) ---
    let inline_stmts = recursive(|inline_stmts| {
        let inline_if = just(Tok::If)
            .ignore_then(expr.clone())
            .then_ignore(just(Tok::Then))
            .then(then_else(inline_stmts.clone()))
            .map(|(cond, (then_body, else_body))| StmtKind::If {
                arms: vec![(cond, then_body)],
                else_body,
            });
        // `Then 100` jumps to line 100.
        let line_jump = label_ref
            .clone()
            .then_ignore(stmt_end.clone())
            .map(StmtKind::GoTo);
        let one = choice((
            inline_if,
            line_jump,
            simple.clone().try_map(|item, span| match item {
                Item::Stmt(s) => Ok(s),
                _ => Err(X::custom(
                    span,
                    "this statement cannot stand in a single-line `If`".into(),
                )),
            }),
        ))
        .map_with(|kind, e| Stmt {
            kind,
            span: sp(e.span()),
        });
        one.separated_by(just(Tok::Colon))
            .at_least(1)
            .collect::<Vec<Stmt>>()
            .boxed()
    });

    let then_kw = just(Tok::Then).labelled("`Then`");
    let if_line = just(Tok::If)
        .ignore_then(expr.clone())
        .then_ignore(then_kw.clone());
    let block_if = if_line
        .clone()
        .then_ignore(line_end.clone())
        .map(Item::IfThen);
    // `If cond` with nothing after: the vendor documentation's own mistake. Say what is
    // missing and keep the block open so that its `End If` still matches.
    let if_without_then = just(Tok::If)
        .ignore_then(expr.clone())
        .then_ignore(line_end.clone())
        .validate(|cond: Expr, _e, emitter| {
            let at = SimpleSpan::new((), cond.span.end..cond.span.end);
            let c = Custom::new(
                "E0200",
                "expected `Then`",
                "expected `Then` here",
                "a condition ends with `Then`: `If … Then`",
            );
            emitter.emit(X::custom(at, c.encode()));
            Item::IfThen(cond)
        });
    let single_if =
        if_line
            .then(then_else(inline_stmts.clone()))
            .map(|(cond, (then_body, else_body))| {
                Item::Stmt(StmtKind::If {
                    arms: vec![(cond, then_body)],
                    else_body,
                })
            });
    let else_if = just(Tok::ElseIf)
        .ignore_then(expr.clone())
        .then_ignore(then_kw)
        .map(Item::ElseIf);

    let loop_cond = select! { Tok::While => LoopCond::While, Tok::Until => LoopCond::Until }
        .then(expr.clone())
        .or_not();
    let for_var = ident().map_with(|i, e| Expr::new(ExprKind::Name(i), sp(e.span())));
    let for_each = just(Tok::For)
        .ignore_then(just(Tok::Each))
        .ignore_then(for_var.clone())
        .then_ignore(just(Tok::In))
        .then(expr.clone())
        .map(|(var, group)| Item::ForEach { var, group });
    let for_ = just(Tok::For)
        .ignore_then(for_var)
        .then_ignore(just(Tok::Eq))
        .then(expr.clone())
        .then_ignore(just(Tok::To).labelled("`To`"))
        .then(expr.clone())
        .then(just(Tok::Step).ignore_then(expr.clone()).or_not())
        .map(|(((var, from), to), step)| Item::For {
            var,
            from,
            to,
            step,
        });
    let case_item = choice((
        just(Tok::Is)
            .ignore_then(select! {
                Tok::Eq => BinOp::Eq, Tok::Ne => BinOp::Ne, Tok::Lt => BinOp::Lt,
                Tok::Gt => BinOp::Gt, Tok::Le => BinOp::Le, Tok::Ge => BinOp::Ge,
            })
            .then(expr.clone())
            .map(|(op, e)| CaseItem::Is(op, e)),
        expr.clone()
            .then(just(Tok::To).ignore_then(expr.clone()).or_not())
            .map(|(a, b)| match b {
                Some(b) => CaseItem::Range(a, b),
                None => CaseItem::Value(a),
            }),
    ));
    let case = just(Tok::Case).ignore_then(choice((
        just(Tok::Else).to(Item::CaseElse),
        case_item
            .separated_by(just(Tok::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(Item::Case),
    )));
    let end_block = just(Tok::End).ignore_then(choice((
        just(Tok::If).to(Item::Close(BlockKind::If, None)),
        just(Tok::Select).to(Item::Close(BlockKind::Select, None)),
        just(Tok::Sub).to(Item::Close(BlockKind::Sub, None)),
        just(Tok::Function).to(Item::Close(BlockKind::Function, None)),
    )));

    let block = choice((
        block_if,
        single_if,
        if_without_then,
        else_if,
        just(Tok::Else).to(Item::Else),
        just(Tok::Select)
            .ignore_then(just(Tok::Case))
            .ignore_then(expr.clone())
            .map(Item::SelectCase),
        case,
        for_each,
        for_,
        just(Tok::Next)
            .ignore_then(ident().separated_by(just(Tok::Comma)).collect::<Vec<_>>())
            .map(Item::Next),
        just(Tok::Do).ignore_then(loop_cond.clone()).map(Item::Do),
        just(Tok::Loop)
            .ignore_then(loop_cond)
            .map(|c| Item::Close(BlockKind::Do, c)),
        just(Tok::While).ignore_then(expr.clone()).map(Item::While),
        just(Tok::Wend).to(Item::Close(BlockKind::While, None)),
        end_block,
        proc_header,
        option,
    ))
    .boxed();

    let statement = choice((block, simple)).map_with(|item, e| (item, sp(e.span())));

    // A label at the start of a line: `Name:` or a line number.
    let label = choice((
        ident().then_ignore(just(Tok::Colon)).map(|i| LabelRef {
            key: i.key(),
            name: i.written(),
            span: i.span,
        }),
        select! { Tok::Number(n) = e => (n, sp(e.span())) }.try_map(
            |(n, span): (Number, Span), s| {
                line_number(n)
                    .map(|v| LabelRef {
                        key: v.to_string(),
                        name: v.to_string(),
                        span,
                    })
                    .ok_or_else(|| X::custom(s, "a line number is a whole number".into()))
            },
        ),
    ))
    .map(|l| {
        let span = l.span;
        (Item::Stmt(StmtKind::Label(l)), span)
    });

    let line = label
        .or_not()
        .then(
            statement
                .or_not()
                .separated_by(just(Tok::Colon))
                .collect::<Vec<_>>(),
        )
        .then_ignore(just(Tok::Newline).labelled("end of statement"))
        .map(|(label, stmts)| {
            label
                .into_iter()
                .chain(stmts.into_iter().flatten())
                .collect::<Vec<_>>()
        });

    // A line that does not parse: skip to its end, remember what block it seemed to open.
    let broken = any()
        .and_is(just(Tok::Newline).not())
        .repeated()
        .collect::<Vec<Tok<'s>>>()
        .then_ignore(just(Tok::Newline))
        .map_with(|toks, e| vec![(Item::Broken(guess_block(&toks)), sp(e.span()))]);

    line.recover_with(via_parser(broken))
        .repeated()
        .collect::<Lines>()
}

fn line_number(n: Number) -> Option<i64> {
    match n {
        Number::Integer(v) if v >= 0 => Some(v as i64),
        Number::Long(v) if v >= 0 => Some(v as i64),
        _ => None,
    }
}

/// `Foo(1, 2)` as a statement: callee `Foo`, the arguments. With `wrap_single`, one
/// argument keeps its parentheses (`Foo (x)` passes x by value in VBA).
fn split_call(e: Expr, wrap_single: bool) -> (Expr, Vec<Arg>) {
    match e.kind {
        ExprKind::Call { callee, mut args } => {
            if wrap_single && args.len() == 1 {
                if let Some(a) = args[0].take() {
                    let span = a.span;
                    args[0] = Some(Expr::new(ExprKind::Paren(Box::new(a)), span));
                }
            }
            (*callee, args)
        }
        kind => (Expr { kind, span: e.span }, Vec::new()),
    }
}

/// What block a line that failed to parse seems to open, from its first tokens.
fn guess_block(toks: &[Tok<'_>]) -> Option<BlockKind> {
    let mut t = toks;
    if let [Tok::Ident(_), Tok::Colon, rest @ ..] = t {
        t = rest;
    }
    while let [Tok::Public | Tok::Private | Tok::Static, rest @ ..] = t {
        t = rest;
    }
    match t {
        [Tok::If, .., Tok::Then] => Some(BlockKind::If),
        [Tok::Select, ..] => Some(BlockKind::Select),
        [Tok::For, ..] if !toks.contains(&Tok::Next) => Some(BlockKind::For),
        [Tok::Do, ..] if !toks.contains(&Tok::Loop) => Some(BlockKind::Do),
        [Tok::While, ..] if !toks.contains(&Tok::Wend) => Some(BlockKind::While),
        [Tok::Sub, ..] => Some(BlockKind::Sub),
        [Tok::Function, ..] => Some(BlockKind::Function),
        _ => None,
    }
}

/// Checks each logical line for nesting beyond [`MAX_EXPR_DEPTH`] or more than
/// [`MAX_LINE_OPERATORS`] operators before parsing; such lines are replaced by one error
/// token so that no later stage sees a tree deep enough to exhaust the stack.
pub fn limit_nesting<'s>(tokens: &mut Vec<Spanned<'s>>, diags: &mut Vec<Diagnostic>) {
    let mut out: Vec<Spanned<'s>> = Vec::with_capacity(tokens.len());
    let mut line_start = 0;
    for i in 0..tokens.len() {
        if tokens[i].0 != Tok::Newline {
            continue;
        }
        let line = &tokens[line_start..i];
        match line_complexity(line) {
            Ok(()) => out.extend_from_slice(&tokens[line_start..=i]),
            Err((what, at)) => {
                let whole = Span::new(line[0].1.start, line[line.len() - 1].1.end);
                diags.push(super::too_deep(
                    &what,
                    at,
                    &format!(
                        "split the expression with intermediate variables; the limits are {MAX_EXPR_DEPTH} levels of parentheses and {MAX_LINE_OPERATORS} operators per line"
                    ),
                ));
                out.push((Tok::Error, whole));
                out.push(tokens[i].clone());
            }
        }
        line_start = i + 1;
    }
    *tokens = out;
}

fn line_complexity(line: &[Spanned<'_>]) -> Result<(), (String, Span)> {
    let mut depth_stack: Vec<usize> = Vec::new();
    let mut base = 0usize;
    let mut run = 0usize;
    let mut operators = 0usize;
    let mut ifs = 0usize;
    let mut prev_is_operand = false;
    for (tok, span) in line {
        let is_prefix =
            matches!(tok, Tok::Not) || (matches!(tok, Tok::Minus | Tok::Plus) && !prev_is_operand);
        match tok {
            Tok::LParen => {
                depth_stack.push(base);
                base += run + 1;
                run = 0;
            }
            Tok::RParen => {
                base = depth_stack.pop().unwrap_or(0);
                run = 0;
            }
            _ if is_prefix => run += 1,
            _ => run = 0,
        }
        if is_prefix || is_binary_operator(tok) {
            operators += 1;
        }
        if *tok == Tok::If {
            ifs += 1;
            if ifs > MAX_EXPR_DEPTH {
                return Err((
                    format!("more than {MAX_EXPR_DEPTH} `If`s in one line"),
                    *span,
                ));
            }
        }
        if base + run > MAX_EXPR_DEPTH {
            return Err((
                format!("more than {MAX_EXPR_DEPTH} levels of parentheses or prefix operators"),
                *span,
            ));
        }
        if operators > MAX_LINE_OPERATORS {
            return Err((
                format!("more than {MAX_LINE_OPERATORS} operators in one line"),
                *span,
            ));
        }
        prev_is_operand = matches!(
            tok,
            Tok::RParen
                | Tok::Ident(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::Date(_)
                | Tok::True
                | Tok::False
                | Tok::Empty
                | Tok::Null
        );
    }
    Ok(())
}

fn is_binary_operator(t: &Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Caret
            | Tok::Star
            | Tok::Slash
            | Tok::Backslash
            | Tok::Mod
            | Tok::Plus
            | Tok::Minus
            | Tok::Amp
            | Tok::Eq
            | Tok::Ne
            | Tok::Lt
            | Tok::Gt
            | Tok::Le
            | Tok::Ge
            | Tok::Like
            | Tok::And
            | Tok::Or
            | Tok::Xor
            | Tok::Eqv
            | Tok::Imp
    )
}

/// Tokens as the line parser reads them (both passes of [`parse_lines`]): with a `:`
/// after the `Then` of `ElseIf c Then stmt` on one line, so that the statement parses as
/// the arm's first (the line form VBA takes after `Else` too).
fn parser_input<'s>(tokens: &[Spanned<'s>]) -> Vec<(Tok<'s>, SimpleSpan)> {
    let mut pairs = Vec::with_capacity(tokens.len());
    let mut in_else_if = false;
    for (i, (t, s)) in tokens.iter().enumerate() {
        pairs.push((t.clone(), SimpleSpan::new((), s.start..s.end)));
        match t {
            Tok::ElseIf => in_else_if = true,
            Tok::Newline | Tok::Colon => in_else_if = false,
            Tok::Then if in_else_if => {
                in_else_if = false;
                if !matches!(
                    tokens.get(i + 1),
                    Some((Tok::Newline | Tok::Colon, _)) | None
                ) {
                    pairs.push((Tok::Colon, SimpleSpan::new((), s.end..s.end)));
                }
            }
            _ => {}
        }
    }
    pairs
}

/// Parses a token list into line items, converting parse errors to diagnostics.
pub fn parse_lines(tokens: &[Spanned<'_>], text_len: usize) -> (Vec<LineItem>, Vec<Diagnostic>) {
    parse_lines_split(tokens, text_len, SPLIT)
}

/// Above this many tokens (a few thousand lines) the first pass parses the two halves of
/// the lines at once, on two threads: lines parse on their own, and a long script is
/// what an editor re-reads at every change.
const SPLIT: usize = 40_000;

fn parse_lines_split(
    tokens: &[Spanned<'_>],
    text_len: usize,
    split: usize,
) -> (Vec<LineItem>, Vec<Diagnostic>) {
    let eoi = SimpleSpan::new((), text_len..text_len);
    let pairs = parser_input(tokens);
    // Most lines are correct: a first pass with an error type that costs nothing gives
    // the items and where errors are; a second pass with rich errors reads only the
    // lines that failed, to say what is wrong with them.
    let first = |pairs: &[(Tok<'_>, SimpleSpan)]| {
        let (lines, cheap) = file_parser::<_, chumsky::error::Cheap<SimpleSpan>>()
            .parse(pairs.map(eoi, |(t, s)| (t, s)))
            .into_output_errors();
        let at: Vec<usize> = cheap.iter().map(|e| e.span().start).collect();
        (lines.unwrap_or_default().0, at)
    };
    // The middle: just after a line end at or past the half.
    let mid = (pairs.len() > split)
        .then(|| {
            pairs[pairs.len() / 2..]
                .iter()
                .position(|(t, _)| *t == Tok::Newline)
        })
        .flatten()
        .map(|i| pairs.len() / 2 + i + 1)
        .filter(|&m| m < pairs.len());
    let (items, mut err_at) = match mid {
        None => first(&pairs),
        Some(m) => std::thread::scope(|scope| {
            let second = scope.spawn(|| first(&pairs[m..]));
            let (mut items, mut at) = first(&pairs[..m]);
            let (more, more_at) = second
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            items.extend(more);
            at.extend(more_at);
            (items, at)
        }),
    };
    if err_at.is_empty() {
        return (items, Vec::new());
    }
    let mut bad_lines: Vec<Spanned<'_>> = Vec::new();
    let mut start = 0;
    err_at.sort_unstable();
    let mut next_err = err_at.iter().peekable();
    for (i, (tok, span)) in tokens.iter().enumerate() {
        if *tok != Tok::Newline {
            continue;
        }
        let mut hit = false;
        while next_err
            .peek()
            .is_some_and(|&&at| at < span.end.max(span.start + 1))
        {
            next_err.next();
            hit = true;
        }
        if hit {
            bad_lines.extend_from_slice(&tokens[start..=i]);
        }
        start = i + 1;
    }
    if next_err.peek().is_some() && start < tokens.len() {
        bad_lines.extend_from_slice(&tokens[start..]);
    }
    let sub = parser_input(&bad_lines);
    let (_, errors) = file_parser::<_, Rich<'_, Tok<'_>, SimpleSpan>>()
        .parse(sub.as_slice().map(eoi, |(t, s)| (t, s)))
        .into_output_errors();
    let mut diags: Vec<Diagnostic> = Vec::new();
    for e in errors {
        let span = sp(*e.span());
        // The lexer has already reported invalid text.
        if tokens.iter().any(|(t, s)| {
            *t == Tok::Error && s.start <= span.start && span.start < s.end.max(s.start + 1)
        }) {
            continue;
        }
        // One error per line is enough.
        if let Some(last) = diags.last() {
            if same_line(tokens, last.span.start, span.start) {
                continue;
            }
        }
        diags.push(rich_to_diagnostic(&e, span));
    }
    if diags.is_empty() && !tokens.iter().any(|(t, _)| *t == Tok::Error) {
        // The passes disagree (they should not): still never let a failed line pass.
        for &at in &err_at {
            diags.push(
                Diagnostic::error("E0200", "syntax error", Span::new(at, at + 1))
                    .with_label("here"),
            );
        }
    }
    (items, diags)
}

fn same_line(tokens: &[Spanned<'_>], a: usize, b: usize) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    !tokens
        .iter()
        .any(|(t, s)| *t == Tok::Newline && s.start >= lo && s.start < hi)
}

/// Tokens that could continue an expression; when something structural (`Then`, `)`,
/// `To`, …) is also expected, these are left out of the message.
fn is_continuation(label: &str) -> bool {
    matches!(
        label,
        "`^`"
            | "`*`"
            | "`/`"
            | "`\\`"
            | "`Mod`"
            | "`+`"
            | "`-`"
            | "`&`"
            | "`=`"
            | "`<>`"
            | "`<`"
            | "`>`"
            | "`<=`"
            | "`>=`"
            | "`Like`"
            | "`And`"
            | "`Or`"
            | "`Xor`"
            | "`Eqv`"
            | "`Imp`"
            | "`(`"
            | "`.`"
            | "`,`"
            | "`:`"
            | "`Else`"
            | "`;`"
            | "something else"
    )
}

/// The diagnostic of a custom parse error. Chumsky's custom errors carry one string, so
/// the parts travel in it separated by NUL (which no token contains): the code and its
/// wording are chosen where the error is found, never worked out from the message.
/// A plain message (no parts) is a syntax error (E0200) labelled "here".
struct Custom {
    code: &'static str,
    message: String,
    label: String,
    help: String,
}

impl Custom {
    fn new(
        code: &'static str,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) -> Custom {
        Custom {
            code,
            message: message.into(),
            label: label.into(),
            help: help.into(),
        }
    }

    fn encode(&self) -> String {
        [self.code, &self.message, &self.label, &self.help].join("\0")
    }

    fn decode(text: &str) -> Custom {
        let parts: Vec<&str> = text.split('\0').collect();
        match parts[..] {
            [code, message, label, help] => Custom::new(
                crate::diagnostic::codes::lookup(code).map_or("E0200", |c| c.code),
                message,
                label,
                help,
            ),
            _ => Custom::new("E0200", text, "here", ""),
        }
    }

    fn diagnostic(self, span: Span) -> Diagnostic {
        let d = Diagnostic::error(self.code, self.message, span).with_label(self.label);
        if self.help.is_empty() {
            d
        } else {
            d.with_help(self.help)
        }
    }
}

fn rich_to_diagnostic(e: &Rich<'_, Tok<'_>, SimpleSpan>, span: Span) -> Diagnostic {
    match e.reason() {
        chumsky::error::RichReason::Custom(msg) => Custom::decode(msg).diagnostic(span),
        chumsky::error::RichReason::ExpectedFound { expected, found } => {
            let mut labels: Vec<String> = expected
                .iter()
                .map(|p| match p {
                    chumsky::error::RichPattern::Token(t) => format!("`{}`", t.spelling()),
                    chumsky::error::RichPattern::Label(l) => l.to_string(),
                    chumsky::error::RichPattern::EndOfInput => "end of file".to_string(),
                    _ => "something else".to_string(),
                })
                .collect();
            labels.sort();
            labels.dedup();
            let structural: Vec<String> = labels
                .iter()
                .filter(|l| !is_continuation(l))
                .cloned()
                .collect();
            if !structural.is_empty() {
                labels = structural;
            }
            if labels.iter().any(|l| l == "an expression") {
                labels
                    .retain(|l| !matches!(l.as_str(), "`Not`" | "`(`" | "`-`" | "`+`" | "a name"));
            }
            // Prefer the most specific wording.
            if labels.len() > 1 {
                labels.retain(|l| {
                    l != "end of statement" && l != "end of line" && l != "`end of line`"
                });
            }
            if labels.is_empty() {
                labels.push("end of statement".into());
            }
            let found_text = match found {
                Some(t) => t.to_string(),
                None => "end of file".into(),
            };
            let expected_text = join_or(&labels);
            let mut d = Diagnostic::error(
                "E0200",
                format!("expected {expected_text}, found {found_text}"),
                span,
            )
            .with_label(format!("expected {expected_text}"));
            if let Some(help) = help_for(&labels, found.as_deref()) {
                d = d.with_help(help);
            }
            d
        }
    }
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

fn help_for(expected: &[String], found: Option<&Tok<'_>>) -> Option<String> {
    let has = |s: &str| expected.iter().any(|e| e == s);
    if has("`Then`") {
        return Some("a condition ends with `Then`: `If … Then`".into());
    }
    if has("`)`") {
        return Some("close the parenthesis opened before".into());
    }
    if has("`To`") {
        return Some("a `For` loop reads `For i = 1 To 10`".into());
    }
    if has("a type") {
        return Some("the types are Integer, Long, Single, Double, Currency, String, Boolean, Byte, Date and Variant".into());
    }
    match found {
        Some(Tok::Else) => Some("in a single-line `If` the `Else` belongs to the same line; otherwise start a block with `If … Then` on its own line".into()),
        Some(Tok::Eq) => Some("`=` assigns only at the start of a statement: `x = 1`".into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsing the lines in two halves at once gives what one pass gives: the same items,
    /// the same diagnostics, errors in either half included.
    #[test]
    fn two_halves_parse_as_one() {
        let mut text = String::new();
        for i in 0..200 {
            text.push_str(&format!(
                "Sub P{i}(x)\n  If x > {i} Then\n    Result = x * {i} : y = \"s\" & x\n  ElseIf x Then y = 1 Else y = 2\n  End If\nEnd Sub\n"
            ));
            if i % 37 == 0 {
                text.push_str("  If x >\n  Result = (1 +\n");
            }
        }
        let (tokens, _) = crate::syntax::lexer::lex(&text);
        let one = parse_lines_split(&tokens, text.len(), usize::MAX);
        for split in [0, 10, tokens.len() / 3] {
            let halves = parse_lines_split(&tokens, text.len(), split);
            assert_eq!(format!("{halves:?}"), format!("{one:?}"), "split {split}");
        }
        assert!(!one.1.is_empty() && one.0.len() > 1000);
    }
    use crate::syntax::lexer::lex;

    fn items(src: &str) -> Vec<Item> {
        let (toks, d) = lex(src);
        assert!(d.is_empty(), "{d:?}");
        let (items, d) = parse_lines(&toks, src.len());
        assert!(d.is_empty(), "{src}: {d:?}");
        items.into_iter().map(|(i, _)| i).collect()
    }

    fn expr(src: &str) -> String {
        match &items(&format!("x = {src}\n"))[..] {
            [Item::Stmt(StmtKind::Assign { value, .. })] => value.sexp(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn power_binds_tighter_than_unary_minus() {
        assert_eq!(expr("-2^2"), "(-(2 ^ 2))");
        assert_eq!(expr("-4 ^ 2"), "(-(4 ^ 2))");
    }

    #[test]
    fn power_is_left_associative() {
        assert_eq!(expr("3 ^ 2 ^ 2"), "((3 ^ 2) ^ 2)");
    }

    #[test]
    fn multiplicative_levels() {
        assert_eq!(expr("20 \\ 3 * 2"), "(20 \\ (3 * 2))");
        assert_eq!(expr("17 Mod 5 \\ 2"), "(17 Mod (5 \\ 2))");
        assert_eq!(expr("a + b Mod c"), "(a + (b Mod c))");
        assert_eq!(expr("100 / 10 / 5"), "((100 / 10) / 5)");
    }

    #[test]
    fn concat_below_addition() {
        assert_eq!(expr("\"x\" & 2 + 3"), "(\"x\" & (2 + 3))");
    }

    #[test]
    fn comparisons_are_left_associative_not_chained() {
        assert_eq!(expr("5 > 4 > 3"), "((5 > 4) > 3)");
        assert_eq!(expr("a = b = c"), "((a = b) = c)");
    }

    #[test]
    fn logical_levels() {
        assert_eq!(expr("Not a = b"), "(Not (a = b))");
        assert_eq!(expr("a And Not b Or c"), "((a And (Not b)) Or c)");
        assert_eq!(
            expr("a Or b Xor c Eqv d Imp e"),
            "((((a Or b) Xor c) Eqv d) Imp e)"
        );
        assert_eq!(expr("a Like \"x*\" And b"), "((a Like \"x*\") And b)");
    }

    #[test]
    fn unary_minus_in_exponent_and_products() {
        assert_eq!(expr("2 ^ -2"), "(2 ^ (-2))");
        assert_eq!(expr("-a * b"), "((-a) * b)");
    }

    #[test]
    fn calls_members_and_parens() {
        assert_eq!(expr("Mid(s, 2, 3)"), "Mid(s, 2, 3)");
        assert_eq!(expr("Err.Number + 1"), "(Err.Number + 1)");
        assert_eq!(expr("(a + b) * c"), "([(a + b)] * c)");
        assert_eq!(expr("Split(s, \";\")(2)"), "Split(s, \";\")(2)");
        assert_eq!(expr("f()"), "f()");
        assert_eq!(expr("f(1, , 3)"), "f(1, , 3)");
    }

    #[test]
    fn literals() {
        assert_eq!(expr("&HFFFF&"), "65535&");
        assert_eq!(expr("True"), "True");
        assert_eq!(expr("#2024-03-04#"), "#45355#");
        assert_eq!(expr("\"a\"\"b\""), "\"a\\\"b\"");
    }

    #[test]
    fn block_and_single_line_if() {
        assert!(matches!(items("If a Then\n")[..], [Item::IfThen(_)]));
        match &items("If a Then b = 1: c = 2 Else d = 3\n")[..] {
            [
                Item::Stmt(StmtKind::If {
                    arms,
                    else_body: Some(e),
                }),
            ] => {
                assert_eq!(arms[0].1.len(), 2);
                assert_eq!(e.len(), 1);
            }
            other => panic!("{other:?}"),
        }
        // Nested single-line If: the Else binds to the inner one.
        match &items("If a Then If b Then x = 1 Else x = 2\n")[..] {
            [
                Item::Stmt(StmtKind::If {
                    arms,
                    else_body: None,
                }),
            ] => {
                assert!(matches!(
                    arms[0].1[0].kind,
                    StmtKind::If {
                        else_body: Some(_),
                        ..
                    }
                ));
            }
            other => panic!("{other:?}"),
        }
        // [MS-VBAL] §5.4.2.9: the Then part may be empty when an Else clause follows,
        // and the Else clause's statements may be missing.
        for (text, then_len, else_len) in [
            ("If a Then Else d = 3: e = 4\n", 0, 2),
            ("If a Then b = 1 Else\n", 1, 0),
            ("If a Then Else\n", 0, 0),
        ] {
            match &items(text)[..] {
                [
                    Item::Stmt(StmtKind::If {
                        arms,
                        else_body: Some(e),
                    }),
                ] => assert_eq!((arms[0].1.len(), e.len()), (then_len, else_len), "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        assert!(matches!(
            &items("If a Then GoTo Top\n")[..],
            [Item::Stmt(StmtKind::If { .. })]
        ));
        assert!(matches!(
            &items("If a Then 100\n")[..],
            [Item::Stmt(StmtKind::If { .. })]
        ));
    }

    #[test]
    fn lowercase_vendor_style_if() {
        let it = items(
            "If (minutes < 360) or (minutes >= 1200) Then Result = 0 else Result = Para1*100\n",
        );
        assert!(matches!(
            &it[..],
            [Item::Stmt(StmtKind::If {
                else_body: Some(_),
                ..
            })]
        ));
    }

    #[test]
    fn select_case_clauses() {
        let it =
            items("Select Case x\nCase Is < 0: y = 1\nCase 1 To 9, 20\nCase Else\nEnd Select\n");
        assert!(matches!(it[0], Item::SelectCase(_)));
        match &it[1] {
            Item::Case(c) => assert!(matches!(c[0], CaseItem::Is(BinOp::Lt, _))),
            o => panic!("{o:?}"),
        }
        match &it[3] {
            Item::Case(c) => {
                assert!(matches!(c[0], CaseItem::Range(..)));
                assert!(matches!(c[1], CaseItem::Value(_)));
            }
            o => panic!("{o:?}"),
        }
        assert_eq!(it[4], Item::CaseElse);
        assert_eq!(it[5], Item::Close(BlockKind::Select, None));
    }

    #[test]
    fn loops() {
        let it = items(
            "For i = 1 To 10 Step 2: Next i\nFor Each v In a\nNext\nDo While x < 3\nLoop Until y\nWhile z\nWend\n",
        );
        assert!(matches!(it[0], Item::For { step: Some(_), .. }));
        assert!(matches!(&it[1], Item::Next(v) if v.len() == 1));
        assert!(matches!(it[2], Item::ForEach { .. }));
        assert!(matches!(it[4], Item::Do(Some((LoopCond::While, _)))));
        assert!(matches!(
            it[5],
            Item::Close(BlockKind::Do, Some((LoopCond::Until, _)))
        ));
        assert!(matches!(it[6], Item::While(_)));
        assert_eq!(it[7], Item::Close(BlockKind::While, None));
    }

    #[test]
    fn declarations() {
        let it = items("Dim a, b(10), c(1 To 5, 0 To 3) As Long, d() As String\n");
        match &it[0] {
            Item::Stmt(StmtKind::Dim {
                kind: DeclKind::Dim,
                vars,
            }) => {
                assert_eq!(vars.len(), 4);
                assert_eq!(vars[1].dims.as_ref().map(Vec::len), Some(1));
                assert_eq!(vars[2].dims.as_ref().map(Vec::len), Some(2));
                assert_eq!(vars[2].ty, Some(TypeName::Long));
                assert_eq!(vars[3].dims.as_ref().map(Vec::len), Some(0));
            }
            o => panic!("{o:?}"),
        }
        assert!(matches!(
            &items("Global g As Double\n")[0],
            Item::Stmt(StmtKind::Dim {
                kind: DeclKind::Global,
                ..
            })
        ));
        assert!(
            matches!(&items("Private Const K = 3, L As Long = 4\n")[0], Item::Stmt(StmtKind::Const { items, .. }) if items.len() == 2)
        );
        assert!(matches!(
            &items("ReDim Preserve a(5)\n")[0],
            Item::Stmt(StmtKind::ReDim { preserve: true, .. })
        ));
        assert!(matches!(
            &items("Static n\n")[0],
            Item::Stmt(StmtKind::Dim {
                kind: DeclKind::Static,
                ..
            })
        ));
    }

    #[test]
    fn procedures_with_parameter_modifiers() {
        let it = items(
            "Private Function F(ByVal a As Long, b, Optional c = 2, Optional ByRef d(), ByRef e$) As Double\nEnd Function\n",
        );
        match &it[0] {
            Item::ProcStart(h) => {
                assert_eq!(h.kind, ProcKind::Function);
                assert_eq!(h.params.len(), 5);
                assert_eq!(h.params[0].mode, PassMode::ByVal);
                assert_eq!(h.params[1].mode, PassMode::ByRef);
                assert!(h.params[2].optional && h.params[2].default.is_some());
                assert!(h.params[3].array);
                assert_eq!(h.params[4].name.suffix, Some('$'));
                assert_eq!(h.ret, Some(TypeName::Double));
            }
            o => panic!("{o:?}"),
        }
        assert!(matches!(&items("Sub Main ()\n")[0], Item::ProcStart(h) if h.params.is_empty()));
    }

    #[test]
    fn calls_with_and_without_parentheses() {
        match &items("AddTo T, A\n")[0] {
            Item::Stmt(StmtKind::Call {
                args,
                explicit: false,
                ..
            }) => assert_eq!(args.len(), 2),
            o => panic!("{o:?}"),
        }
        match &items("Call AddTo(T, A)\n")[0] {
            Item::Stmt(StmtKind::Call {
                args,
                explicit: true,
                ..
            }) => assert_eq!(args.len(), 2),
            o => panic!("{o:?}"),
        }
        match &items("Foo (x)\n")[0] {
            Item::Stmt(StmtKind::Call { args, .. }) => {
                assert!(matches!(
                    args[0].as_ref().map(|a| &a.kind),
                    Some(ExprKind::Paren(_))
                ))
            }
            o => panic!("{o:?}"),
        }
        match &items("Foo (a) + 1, b\n")[0] {
            Item::Stmt(StmtKind::Call { args, .. }) => assert_eq!(args.len(), 2),
            o => panic!("{o:?}"),
        }
        match &items("Err.Raise 1000 + x\n")[0] {
            Item::Stmt(StmtKind::Call { callee, args, .. }) => {
                assert_eq!(callee.sexp(), "Err.Raise");
                assert_eq!(args.len(), 1);
            }
            o => panic!("{o:?}"),
        }
        assert!(
            matches!(&items("Err.Clear\n")[0], Item::Stmt(StmtKind::Call { args, .. }) if args.is_empty())
        );
        assert!(matches!(
            &items("MsgBox \"hi\"\n")[0],
            Item::Stmt(StmtKind::Call { .. })
        ));
    }

    #[test]
    fn print_forms() {
        assert!(
            matches!(&items("Print 7\n")[0], Item::Stmt(StmtKind::Print { debug: false, items }) if items.len() == 1)
        );
        assert!(
            matches!(&items("Debug.Print \"a\"; 1, 2;\n")[0], Item::Stmt(StmtKind::Print { debug: true, items }) if items.len() == 3)
        );
        assert!(
            matches!(&items("PRINT\n")[0], Item::Stmt(StmtKind::Print { items, .. }) if items.is_empty())
        );
    }

    #[test]
    fn jumps_and_error_handling() {
        let it = items(
            "On Error Resume Next\nOn Error GoTo Failed\nOn Error GoTo 0\nResume\nResume Next\nResume Retry\nGoSub Twice\nReturn\nGoTo 100\nExit Sub\nEnd\n",
        );
        assert_eq!(it[0], Item::Stmt(StmtKind::OnError(OnError::ResumeNext)));
        assert!(
            matches!(&it[1], Item::Stmt(StmtKind::OnError(OnError::GoTo(l))) if l.key == "failed")
        );
        assert_eq!(it[2], Item::Stmt(StmtKind::OnError(OnError::GoToZero)));
        assert_eq!(it[3], Item::Stmt(StmtKind::Resume(ResumeKind::Same)));
        assert_eq!(it[4], Item::Stmt(StmtKind::Resume(ResumeKind::Next)));
        assert!(matches!(
            &it[5],
            Item::Stmt(StmtKind::Resume(ResumeKind::Label(_)))
        ));
        assert!(matches!(&it[8], Item::Stmt(StmtKind::GoTo(l)) if l.key == "100"));
        assert_eq!(it[9], Item::Stmt(StmtKind::Exit(ExitKind::Sub)));
        assert_eq!(it[10], Item::Stmt(StmtKind::End));
    }

    #[test]
    fn labels_and_line_numbers() {
        let it = items("Top: x = 1\n10 y = 2\nDone:\n");
        assert!(matches!(&it[0], Item::Stmt(StmtKind::Label(l)) if l.key == "top"));
        assert!(matches!(&it[2], Item::Stmt(StmtKind::Label(l)) if l.key == "10"));
        assert!(matches!(&it[4], Item::Stmt(StmtKind::Label(l)) if l.key == "done"));
    }

    #[test]
    fn options() {
        assert_eq!(items("Option Explicit\n"), vec![Item::OptionExplicit]);
        assert_eq!(items("Option Base 1\n"), vec![Item::OptionBase(1)]);
    }

    #[test]
    fn missing_then_keeps_the_block_open() {
        let src = "If Para1 > 1000\n";
        let (toks, _) = lex(src);
        let (items, d) = parse_lines(&toks, src.len());
        assert!(matches!(items[0].0, Item::IfThen(_)));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].message, "expected `Then`");
        assert_eq!(d[0].span, Span::new(15, 15));
    }

    #[test]
    fn three_mistakes_three_errors() {
        let src = "x = (1 +\ny = 2\nFor i = 1 10\nz = )\n";
        let (toks, _) = lex(src);
        let (items, d) = parse_lines(&toks, src.len());
        assert_eq!(d.len(), 3, "{d:#?}");
        assert!(matches!(items[2].0, Item::Broken(Some(BlockKind::For))));
    }

    #[test]
    fn deep_parentheses_are_limited_not_overflowing() {
        let src = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
        let (mut toks, mut d) = lex(&src);
        limit_nesting(&mut toks, &mut d);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "E0202");
        let (_, d2) = parse_lines(&toks, src.len());
        assert!(d2.is_empty(), "{d2:?}");
    }
}
