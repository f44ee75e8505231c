//! The block builder: the parser's flat line items nested into procedures and blocks
//! (`If`, `Select Case`, `For`, `Do`, `While`) with an explicit stack — no recursion, so
//! no input can exhaust the call stack. Mismatched closers are reported the way people
//! think of them ("`Next` without `For`", "this `If` is never closed") and the builder
//! carries on as if the missing closer had been there.

use super::ast::*;
use super::parser::{BlockKind, Item, LineItem, ProcHeader};
use crate::diagnostic::{Diagnostic, Span};

/// Deepest nesting of blocks (`If`, loops, `Select`) inside a procedure.
pub const MAX_BLOCK_DEPTH: usize = 100;

enum State {
    Proc(ProcHeader),
    If {
        arms: Vec<(Expr, Vec<Stmt>)>,
        cond: Expr,
        in_else: bool,
        else_span: Option<Span>,
    },
    Select {
        subject: Expr,
        arms: Vec<CaseArm>,
        current: Option<(Vec<CaseItem>, Span)>,
        in_else: bool,
    },
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
    /// A line that failed to parse but opened a block.
    Broken,
}

struct Frame {
    state: State,
    kind: BlockKind,
    span: Span,
    body: Vec<Stmt>,
}

struct Builder {
    module: Module,
    stack: Vec<Frame>,
    diags: Vec<Diagnostic>,
    /// Openers past [`MAX_BLOCK_DEPTH`] still waiting for their closers.
    overflow: usize,
}

/// Nests line items into a module.
/// `eof` is where the text's last line ends: a block still open there is reported there.
pub fn build(items: Vec<LineItem>, eof: Span) -> (Module, Vec<Diagnostic>) {
    let (module, diags, _) = build_counting(items, eof);
    (module, diags)
}

/// The blocks open so far, fed a line's items at a time (see [`super::BlockCounter`]).
pub struct Counter {
    b: Builder,
}

impl Default for Counter {
    fn default() -> Counter {
        Counter {
            b: Builder {
                module: Module::default(),
                stack: Vec::new(),
                diags: Vec::new(),
                overflow: 0,
            },
        }
    }
}

impl Counter {
    /// Nests the items of the next lines; returns how many blocks are open after them.
    pub fn feed(&mut self, items: Vec<LineItem>) -> usize {
        for (item, span) in items {
            self.b.item(item, span);
        }
        // Only the count is wanted: what the builder says is dropped as it comes.
        self.b.diags.clear();
        self.b.stack.len() + self.b.overflow
    }
}

/// Like [`build`], and also how many blocks were still open at the end of the text (the
/// REPL reads more lines while this is not 0).
pub fn build_counting(items: Vec<LineItem>, eof: Span) -> (Module, Vec<Diagnostic>, usize) {
    let mut b = Builder {
        module: Module::default(),
        stack: Vec::new(),
        diags: Vec::new(),
        overflow: 0,
    };
    for (item, span) in items {
        b.item(item, span);
    }
    let count = b.stack.len();
    let open = count + b.overflow;
    b.close_down_to(0, eof, None);
    (b.module, b.diags, open)
}

fn kind_of_proc(k: ProcKind) -> BlockKind {
    match k {
        ProcKind::Sub => BlockKind::Sub,
        ProcKind::Function => BlockKind::Function,
    }
}

impl Builder {
    fn in_proc(&self) -> bool {
        !self.stack.is_empty()
    }

    fn push_stmt(&mut self, kind: StmtKind, span: Span) {
        match self.stack.last_mut() {
            Some(f) => f.body.push(Stmt { kind, span }),
            None => match kind {
                StmtKind::Dim { .. } | StmtKind::Const { .. } => {
                    self.module.decls.push(Stmt { kind, span })
                }
                _ => self.diags.push(
                    Diagnostic::error("E0203", "statement outside a procedure", span)
                        .with_label("only declarations may stand here")
                        .with_help("put statements inside `Sub Main()` … `End Sub`"),
                ),
            },
        }
    }

    fn open(&mut self, state: State, kind: BlockKind, span: Span) {
        let depth = self
            .stack
            .iter()
            .filter(|f| !matches!(f.state, State::Proc(_)))
            .count();
        if !matches!(kind, BlockKind::Sub | BlockKind::Function) && depth >= MAX_BLOCK_DEPTH {
            if self.overflow == 0 {
                self.diags.push(super::too_deep(
                    &format!("more than {MAX_BLOCK_DEPTH} nested blocks"),
                    span,
                    "move inner blocks into a Function or Sub",
                ));
            }
            self.overflow += 1;
            return;
        }
        self.stack.push(Frame {
            state,
            kind,
            span,
            body: Vec::new(),
        });
    }

    fn item(&mut self, item: Item, span: Span) {
        // A procedure boundary ends any overflow: its blocks are all gone.
        if matches!(
            item,
            Item::ProcStart(_) | Item::Close(BlockKind::Sub | BlockKind::Function, _)
        ) {
            self.overflow = 0;
        }
        if self.overflow > 0 {
            match item {
                Item::IfThen(_)
                | Item::SelectCase(_)
                | Item::For { .. }
                | Item::ForEach { .. }
                | Item::Do(_)
                | Item::While(_) => self.overflow += 1,
                Item::Broken(Some(k)) if !matches!(k, BlockKind::Sub | BlockKind::Function) => {
                    self.overflow += 1
                }
                Item::Close(k, _) if !matches!(k, BlockKind::Sub | BlockKind::Function) => {
                    self.overflow -= 1
                }
                Item::Next(vars) => self.overflow = self.overflow.saturating_sub(vars.len().max(1)),
                _ => {}
            }
            return;
        }
        match item {
            Item::Stmt(kind) => self.push_stmt(kind, span),
            Item::OptionExplicit => {
                if !self.misplaced_option(span) {
                    self.module.option_explicit = Some(span);
                }
            }
            Item::OptionBase(n) => {
                if let Some(first) = self.module.option_base_at {
                    // Option Base page: "Option Base can appear only once in a module".
                    self.diags.push(
                        Diagnostic::error("E0204", "`Option Base` given twice", span)
                            .with_label("a second `Option Base`")
                            .with_note(first, "first given here")
                            .with_help("keep one `Option Base` at the top of the file"),
                    );
                } else if !self.misplaced_option(span) {
                    self.module.option_base = n;
                    self.module.option_base_at = Some(span);
                }
            }
            Item::OptionCompareBinary => {
                self.misplaced_option(span);
            }
            Item::ProcStart(h) => {
                if let Some(open) = self
                    .stack
                    .iter()
                    .position(|f| matches!(f.state, State::Proc(_)))
                {
                    // A procedure inside a procedure: the outer one lacks its End.
                    self.close_down_to(open, span, Some(kind_of_proc(h.kind)));
                }
                let kind = kind_of_proc(h.kind);
                self.open(State::Proc(h), kind, span);
            }
            Item::IfThen(cond) => {
                self.require_proc(span, "If");
                self.open(
                    State::If {
                        arms: Vec::new(),
                        cond,
                        in_else: false,
                        else_span: None,
                    },
                    BlockKind::If,
                    span,
                )
            }
            Item::ElseIf(cond) => self.else_if(Some(cond), span),
            Item::Else => self.else_if(None, span),
            Item::SelectCase(subject) => {
                self.require_proc(span, "Select Case");
                self.open(
                    State::Select {
                        subject,
                        arms: Vec::new(),
                        current: None,
                        in_else: false,
                    },
                    BlockKind::Select,
                    span,
                )
            }
            Item::Case(items) => self.case(Some(items), span),
            Item::CaseElse => self.case(None, span),
            Item::For {
                var,
                from,
                to,
                step,
            } => {
                self.require_proc(span, "For");
                self.open(
                    State::For {
                        var,
                        from,
                        to,
                        step,
                    },
                    BlockKind::For,
                    span,
                )
            }
            Item::ForEach { var, group } => {
                self.require_proc(span, "For Each");
                self.open(State::ForEach { var, group }, BlockKind::For, span)
            }
            Item::Do(cond) => {
                self.require_proc(span, "Do");
                self.open(State::Do(cond), BlockKind::Do, span)
            }
            Item::While(cond) => {
                self.require_proc(span, "While");
                self.open(State::While(cond), BlockKind::While, span)
            }
            Item::Broken(Some(kind)) => self.open(State::Broken, kind, span),
            Item::Broken(None) => {}
            Item::Close(kind, cond) => self.close(kind, cond, span),
            Item::Next(vars) => {
                if vars.is_empty() {
                    self.close(BlockKind::For, None, span);
                }
                for v in vars {
                    self.next_var(v, span);
                }
            }
        }
    }

    /// An `Option` inside or after a procedure is an error ("must appear in a module
    /// before any procedures": Option Base and Option Explicit statement pages); true
    /// when it was.
    fn misplaced_option(&mut self, span: Span) -> bool {
        let message = if self.in_proc() {
            "`Option` inside a procedure"
        } else if !self.module.procs.is_empty() {
            "`Option` after a procedure"
        } else {
            return false;
        };
        self.diags.push(
            Diagnostic::error("E0204", message, span)
                .with_label("options apply to the whole file")
                .with_help("move it to the top of the file, before any procedure"),
        );
        true
    }

    fn require_proc(&mut self, span: Span, what: &str) {
        if !self.in_proc() {
            self.diags.push(
                Diagnostic::error("E0203", format!("`{what}` outside a procedure"), span)
                    .with_label("only declarations may stand here")
                    .with_help("put statements inside `Sub Main()` … `End Sub`"),
            );
        }
    }

    fn else_if(&mut self, cond: Option<Expr>, span: Span) {
        let word = if cond.is_some() { "ElseIf" } else { "Else" };
        let Some(Frame {
            state:
                State::If {
                    arms,
                    cond: current,
                    in_else,
                    else_span,
                },
            body,
            ..
        }) = self.stack.last_mut()
        else {
            let d = Diagnostic::error("E0300", format!("`{word}` without `If`"), span)
                .with_label("no block `If` is open here");
            let d = if self.stack.iter().any(|f| f.kind == BlockKind::If) {
                d.with_help("a block inside the `If` is still open: close it first")
            } else {
                d.with_help("a block `If` starts with `If … Then` alone on its line")
            };
            self.diags.push(d);
            return;
        };
        if *in_else {
            let mut d = Diagnostic::error("E0305", format!("`{word}` after `Else`"), span)
                .with_label("the `If` already has its `Else`");
            if let Some(es) = else_span {
                d = d.with_note(*es, "the `Else` is here");
            }
            self.diags
                .push(d.with_help("`Else` comes last in an `If` block"));
            return;
        }
        let done = std::mem::take(body);
        match cond {
            Some(c) => {
                let prev = std::mem::replace(current, c);
                arms.push((prev, done));
            }
            None => {
                let prev = std::mem::replace(current, Expr::new(ExprKind::Error, span));
                arms.push((prev, done));
                *in_else = true;
                *else_span = Some(span);
            }
        }
    }

    fn case(&mut self, items: Option<Vec<CaseItem>>, span: Span) {
        let Some(Frame {
            state:
                State::Select {
                    arms,
                    current,
                    in_else,
                    ..
                },
            body,
            ..
        }) = self.stack.last_mut()
        else {
            self.diags.push(
                Diagnostic::error("E0300", "`Case` without `Select Case`", span)
                    .with_label("no `Select Case` is open here"),
            );
            return;
        };
        if *in_else {
            self.diags.push(
                Diagnostic::error("E0305", "`Case` after `Case Else`", span)
                    .with_label("`Case Else` must be the last case"),
            );
            return;
        }
        let done = std::mem::take(body);
        if let Some((items, cspan)) = current.take() {
            arms.push(CaseArm {
                items,
                body: done,
                span: cspan,
            });
        } else if let Some(first) = done.first() {
            let d = Diagnostic::error("E0306", "statement before the first `Case`", first.span)
                .with_label("not under any `Case`");
            self.diags.push(d);
        }
        match items {
            Some(items) => *current = Some((items, span)),
            None => *in_else = true,
        }
    }

    fn next_var(&mut self, v: Ident, span: Span) {
        if let Some(Frame {
            state: State::For { var, .. } | State::ForEach { var, .. },
            ..
        }) = self.stack.last()
        {
            if let ExprKind::Name(n) = &var.kind {
                if n.key() != v.key() {
                    let d = Diagnostic::error(
                        "E0302",
                        format!(
                            "`Next {}` does not match `For {}`",
                            v.written(),
                            n.written()
                        ),
                        v.span,
                    )
                    .with_label(format!("expected `Next {}`", n.written()))
                    .with_note(n.span, "the innermost open loop counts this variable")
                    .with_help(format!("write `Next {}` or just `Next`", n.written()));
                    self.diags.push(d);
                }
            }
        }
        self.close(BlockKind::For, None, span);
    }

    /// Closes the innermost open block of `kind`, reporting blocks left open inside it.
    fn close(&mut self, kind: BlockKind, cond: Option<(LoopCond, Expr)>, span: Span) {
        let Some(at) = self.stack.iter().rposition(|f| f.kind == kind) else {
            let closer = match kind {
                BlockKind::Do => "Loop".to_string(),
                BlockKind::While => "Wend".to_string(),
                BlockKind::For => "Next".to_string(),
                k => k.closer().to_string(),
            };
            let mut d = Diagnostic::error(
                "E0300",
                format!("`{closer}` without `{}`", kind.opener()),
                span,
            )
            .with_label(format!("no `{}` is open here", kind.opener()));
            if let Some(top) = self
                .stack
                .last()
                .filter(|f| !matches!(f.state, State::Proc(_) | State::Broken))
            {
                d = d.with_note(
                    top.span,
                    format!(
                        "the innermost open block is this `{}`, closed by `{}`",
                        top.kind.opener(),
                        top.kind.closer()
                    ),
                );
            }
            d = match kind {
                BlockKind::Sub | BlockKind::Function => {
                    d.with_help("remove it, or add the procedure header it belongs to")
                }
                _ => d.with_help(format!(
                    "remove it, or add the `{}` it belongs to",
                    kind.opener()
                )),
            };
            self.diags.push(d);
            return;
        };
        // A Sub/Function closer never closes blocks of another procedure, and a block
        // closer never reaches past its procedure.
        let proc_at = self
            .stack
            .iter()
            .rposition(|f| matches!(f.state, State::Proc(_)));
        if let Some(p) = proc_at {
            if at < p {
                let d = Diagnostic::error(
                    "E0300",
                    format!("`{}` without `{}`", kind.closer(), kind.opener()),
                    span,
                )
                .with_label(format!("no `{}` is open in this procedure", kind.opener()));
                self.diags.push(d);
                return;
            }
        }
        self.close_down_to(at + 1, span, Some(kind));
        if let Some(f) = self.stack.pop() {
            self.finish(f, cond);
            if matches!(kind, BlockKind::Sub | BlockKind::Function) {
                if let Some(p) = self.module.procs.last_mut() {
                    p.end_span = span;
                }
            }
        }
    }

    /// Pops every frame above index `keep`, reporting each as never closed (the first
    /// few one by one, the rest in one line) at `at`, where their closers were due:
    /// before the closer of an outer block, a new procedure (`closing`), or the end of
    /// the text (`closing` None).
    fn close_down_to(&mut self, keep: usize, at: Span, closing: Option<BlockKind>) {
        const SHOWN: usize = 5;
        let count = self.stack.len().saturating_sub(keep);
        let mut n = 0;
        while self.stack.len() > keep {
            if let Some(f) = self.stack.pop() {
                n += 1;
                if n <= SHOWN {
                    self.unclosed(&f, at, closing);
                }
                self.finish(f, None);
            }
        }
        if count > SHOWN {
            self.diags.push(
                Diagnostic::error(
                    "E0301",
                    format!("{} more blocks are never closed", count - SHOWN),
                    at,
                )
                .with_label(format!("{count} blocks end here without their closers")),
            );
        }
    }

    /// E0301 for a block never closed, primary where its closer was due (as VBA's
    /// compiler, reading top-down, finds it), with the opener as a note.
    fn unclosed(&mut self, f: &Frame, at: Span, closing: Option<BlockKind>) {
        if let State::Broken = f.state {
            // The broken line was reported already.
            return;
        }
        let (what, name) = match &f.state {
            State::Proc(h) => (f.kind.opener(), format!(" {}", h.name.written())),
            _ => (f.kind.opener(), String::new()),
        };
        let due = match closing {
            Some(BlockKind::Sub | BlockKind::Function) if matches!(f.state, State::Proc(_)) => {
                "before this procedure starts here".to_string()
            }
            Some(k) => format!("before `{}` comes here", k.closer()),
            None => "by the end of the file".to_string(),
        };
        let d = Diagnostic::error("E0301", format!("`{what}{name}` is never closed"), at)
            .with_label(format!("`{}` expected {due}", f.kind.closer()))
            .with_note(
                f.span,
                format!("this `{what}` has no `{}`", f.kind.closer()),
            )
            .with_help(format!("add `{}`", f.kind.closer()));
        self.diags.push(d);
    }

    /// Turns a finished frame into a statement of its parent (or a procedure).
    fn finish(&mut self, f: Frame, post: Option<(LoopCond, Expr)>) {
        let Frame {
            state, span, body, ..
        } = f;
        let stmt = match state {
            State::Proc(h) => {
                self.module.procs.push(Procedure {
                    kind: h.kind,
                    name: h.name,
                    params: h.params,
                    ret: h.ret,
                    body,
                    span,
                    end_span: span,
                    is_static: h.is_static,
                });
                return;
            }
            State::If {
                mut arms,
                cond,
                in_else,
                ..
            } => {
                if in_else {
                    StmtKind::If {
                        arms,
                        else_body: Some(body),
                    }
                } else {
                    arms.push((cond, body));
                    StmtKind::If {
                        arms,
                        else_body: None,
                    }
                }
            }
            State::Select {
                subject,
                mut arms,
                current,
                in_else,
            } => {
                let mut else_body = None;
                if let Some((items, cspan)) = current {
                    arms.push(CaseArm {
                        items,
                        body,
                        span: cspan,
                    });
                } else if in_else {
                    else_body = Some(body);
                }
                StmtKind::Select {
                    subject,
                    arms,
                    else_body,
                }
            }
            State::For {
                var,
                from,
                to,
                step,
            } => StmtKind::For {
                var,
                from,
                to,
                step,
                body,
            },
            State::ForEach { var, group } => StmtKind::ForEach { var, group, body },
            State::Do(pre) => {
                if pre.is_some() && post.is_some() {
                    self.diags.push(
                        Diagnostic::error(
                            "E0307",
                            "a `Do` loop with conditions at both ends",
                            span,
                        )
                        .with_label("this `Do` has a condition, and so has its `Loop`")
                        .with_help("keep one condition: `Do While …` or `Loop Until …`"),
                    );
                }
                StmtKind::Do { pre, post, body }
            }
            State::While(cond) => StmtKind::While { cond, body },
            State::Broken => return,
        };
        match self.stack.last_mut() {
            Some(parent) => parent.body.push(Stmt { kind: stmt, span }),
            None => self.push_stmt(stmt, span),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::lex;
    use crate::syntax::parser::parse_lines;

    fn module(src: &str) -> (Module, Vec<Diagnostic>) {
        let (toks, d) = lex(src);
        assert!(d.is_empty());
        let (items, d) = parse_lines(&toks, src.len());
        assert!(d.is_empty(), "{d:?}");
        let end = src.trim_end().len();
        build(items, Span::new(end, end))
    }

    #[test]
    fn nests_if_elseif_else() {
        let (m, d) = module(
            "Sub Main()\nIf a Then\nx = 1\nElseIf b Then\nx = 2\nElse\nx = 3\nEnd If\nEnd Sub\n",
        );
        assert!(d.is_empty(), "{d:?}");
        match &m.procs[0].body[0].kind {
            StmtKind::If {
                arms,
                else_body: Some(e),
            } => {
                assert_eq!(arms.len(), 2);
                assert_eq!(e.len(), 1);
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn select_arms() {
        let (m, d) = module(
            "Sub Main()\nSelect Case x\nCase 1: y = 1\nCase 2, 3\ny = 2\nCase Else\ny = 3\nEnd Select\nEnd Sub\n",
        );
        assert!(d.is_empty(), "{d:?}");
        match &m.procs[0].body[0].kind {
            StmtKind::Select {
                arms,
                else_body: Some(e),
                ..
            } => {
                assert_eq!(arms.len(), 2);
                assert_eq!(arms[0].body.len(), 1);
                assert_eq!(e.len(), 1);
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn single_line_loops() {
        let (m, d) = module(
            "Sub Main()\nFor I = 1 To 4: S = S + I: Next\nDo: I = I + 5: Loop Until I >= 12\nEnd Sub\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert!(matches!(&m.procs[0].body[0].kind, StmtKind::For { body, .. } if body.len() == 1));
        assert!(
            matches!(&m.procs[0].body[1].kind, StmtKind::Do { pre: None, post: Some(_), body } if body.len() == 1)
        );
    }

    #[test]
    fn next_with_two_variables_closes_two_loops() {
        let (m, d) = module("Sub Main()\nFor i = 1 To 2\nFor j = 1 To 2\nNext j, i\nEnd Sub\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(m.procs[0].body.len(), 1);
    }

    #[test]
    fn next_without_for() {
        let (_, d) = module("Sub Main()\nx = 1\nNext\nEnd Sub\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].message, "`Next` without `For`");
    }

    #[test]
    fn missing_end_if_reported_where_end_if_was_due() {
        let (m, d) = module("Sub Main()\nIf a Then\nx = 1\nEnd Sub\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].message, "`If` is never closed");
        // Primary at `End Sub`, the opener as a note.
        assert_eq!(d[0].span.start, 27);
        assert_eq!(d[0].notes[0].0.start, 11);
        assert_eq!(m.procs.len(), 1);
    }

    #[test]
    fn missing_end_sub_at_next_sub() {
        let (m, d) = module("Sub A()\nx = 1\nSub B()\nEnd Sub\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].message, "`Sub A` is never closed");
        assert_eq!(d[0].span.start, 14);
        assert_eq!(m.procs.len(), 2);
    }

    #[test]
    fn statements_outside_procedures() {
        let (m, d) = module("Dim x\nx = 1\n");
        assert_eq!(m.decls.len(), 1);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "E0203");
    }

    #[test]
    fn deep_blocks_are_limited() {
        let n = 10_000;
        let src = format!(
            "Sub Main()\n{}{}End Sub\n",
            "If a Then\n".repeat(n),
            "End If\n".repeat(n)
        );
        let (m, d) = module(&src);
        assert_eq!(d.len(), 1, "{:?}", &d[..d.len().min(3)]);
        assert_eq!(d[0].code, "E0202");
        assert_eq!(m.procs.len(), 1);
    }
}
