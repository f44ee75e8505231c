//! The shape of a script for an editor: its outline (procedures, their locals, the
//! module's variables and constants), the line ranges that fold (procedures, blocks, runs
//! of comment lines) and the tokens to highlight, each identifier by what it stands for.

use super::{Analysis, Entity};
use crate::diagnostic::Span;
use crate::syntax::ast::{self, ProcKind, Stmt, StmtKind};
use crate::syntax::lexer::{self, Tok};

/// One entry of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub name: String,
    pub kind: OutlineKind,
    /// The whole declaration (a procedure: header to `End`).
    pub span: Span,
    /// The name.
    pub name_span: Span,
    pub detail: String,
    pub children: Vec<Outline>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineKind {
    Sub,
    Function,
    Variable,
    Constant,
}

/// Lines `start..=end` (1-based) fold, leaving `start` shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fold {
    pub start: usize,
    pub end: usize,
    pub comment: bool,
}

/// A token to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// What a token is, for highlighting (the language server's legend follows this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Keyword,
    Comment,
    String,
    Number,
    Operator,
    Variable,
    Parameter,
    Function,
    /// A built-in function.
    Builtin,
    /// A `Const` or a predefined constant.
    Constant,
    /// `ParaN`, `Weekday`, `Minutes`, `Result`.
    Host,
}

impl TokenKind {
    /// Every kind, in legend order.
    pub const ALL: [TokenKind; 11] = [
        TokenKind::Keyword,
        TokenKind::Comment,
        TokenKind::String,
        TokenKind::Number,
        TokenKind::Operator,
        TokenKind::Variable,
        TokenKind::Parameter,
        TokenKind::Function,
        TokenKind::Builtin,
        TokenKind::Constant,
        TokenKind::Host,
    ];
}

pub(super) fn outline(a: &Analysis) -> Vec<Outline> {
    let module = &a.checked.module;
    let text = &a.source.text;
    let mut out = Vec::new();
    let line_of = |s: Span| {
        a.source
            .line_text(a.source.line_col(s.start).0)
            .trim()
            .to_string()
    };
    let decls = |body: &[Stmt], out: &mut Vec<Outline>| {
        for s in body {
            match &s.kind {
                StmtKind::Dim { vars, .. } => {
                    for v in vars {
                        out.push(Outline {
                            name: v.name.written(),
                            kind: OutlineKind::Variable,
                            span: v.span,
                            name_span: v.name.span,
                            detail: v.ty.map_or("Variant".into(), |t| t.name().to_string()),
                            children: Vec::new(),
                        });
                    }
                }
                StmtKind::Const { items, .. } => {
                    for c in items {
                        out.push(Outline {
                            name: c.name.written(),
                            kind: OutlineKind::Constant,
                            span: c.name.span.to(c.value.span),
                            name_span: c.name.span,
                            detail: text[c.value.span.start..c.value.span.end].to_string(),
                            children: Vec::new(),
                        });
                    }
                }
                _ => {}
            }
        }
    };
    decls(&module.decls, &mut out);
    for p in &module.procs {
        let mut children = Vec::new();
        let mut body_decls = Vec::new();
        ast::for_each_stmt(&p.body, &mut |s| {
            if matches!(s.kind, StmtKind::Dim { .. } | StmtKind::Const { .. }) {
                body_decls.push(s.clone());
            }
        });
        decls(&body_decls, &mut children);
        out.push(Outline {
            name: p.name.name.clone(),
            kind: match p.kind {
                ProcKind::Sub => OutlineKind::Sub,
                ProcKind::Function => OutlineKind::Function,
            },
            span: p.span.to(p.end_span),
            name_span: p.name.span,
            detail: line_of(p.span),
            children,
        });
    }
    out
}

pub(super) fn folds(a: &Analysis) -> Vec<Fold> {
    let src = &a.source;
    let line = |at: usize| src.line_col(at).0;
    let mut out = Vec::new();
    for p in &a.checked.module.procs {
        let (start, end) = (line(p.span.start), line(p.end_span.start));
        if end > start + 1 {
            out.push(Fold {
                start,
                end: end - 1,
                comment: false,
            });
        }
        ast::for_each_stmt(&p.body, &mut |s| {
            let last = last_end(s);
            let (start, end) = (line(s.span.start), line(last));
            if end > start && is_block(s) {
                out.push(Fold {
                    start,
                    end,
                    comment: false,
                });
            }
        });
    }
    // Runs of two or more comment lines.
    let mut run: Option<(usize, usize)> = None;
    let total = src.line_col(src.text.len()).0;
    for n in 1..=total + 1 {
        let is_comment = n <= total && src.line_text(n).trim_start().starts_with('\'');
        match (&mut run, is_comment) {
            (Some((_, end)), true) => *end = n,
            (None, true) => run = Some((n, n)),
            (Some((s, e)), false) => {
                if *e > *s {
                    out.push(Fold {
                        start: *s,
                        end: *e,
                        comment: true,
                    });
                }
                run = None;
            }
            (None, false) => {}
        }
    }
    out.sort_by_key(|f| (f.start, f.end));
    out
}

fn is_block(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::Select { .. }
            | StmtKind::For { .. }
            | StmtKind::ForEach { .. }
            | StmtKind::Do { .. }
            | StmtKind::While { .. }
    )
}

/// The end of the last statement inside `s` (its own end when it has none).
fn last_end(s: &Stmt) -> usize {
    let mut end = s.span.end;
    ast::for_each_stmt(std::slice::from_ref(s), &mut |x| end = end.max(x.span.end));
    end
}

pub(super) fn tokens(a: &Analysis) -> Vec<Token> {
    let text = &a.source.text;
    let (toks, _) = lexer::lex(text);
    let mut out = Vec::with_capacity(toks.len());
    let mut prev_end = 0;
    for (tok, span) in &toks {
        // A comment is skipped by the lexer: it lies in the gap before a token.
        if let Some(q) = text.get(prev_end..span.start).and_then(|g| g.find('\'')) {
            out.push(Token {
                span: Span::new(prev_end + q, span.start),
                kind: TokenKind::Comment,
            });
        }
        prev_end = span.end;
        let kind = match tok {
            Tok::Newline | Tok::Error => continue,
            Tok::Comment => TokenKind::Comment,
            Tok::Number(_) => TokenKind::Number,
            Tok::Str(_) | Tok::Date(_) => TokenKind::String,
            Tok::Ident(_) => match a.entity_at_start(span.start) {
                Some(Entity::Builtin(_)) => TokenKind::Builtin,
                Some(Entity::Constant(_) | Entity::Const(_)) => TokenKind::Constant,
                Some(Entity::Proc(_)) => TokenKind::Function,
                Some(Entity::Global(g)) if a.is_host(g) => TokenKind::Host,
                Some(Entity::Local(p, l)) if is_param(a, p, l) => TokenKind::Parameter,
                Some(_) => TokenKind::Variable,
                None => continue,
            },
            t if t.is_keyword() => TokenKind::Keyword,
            Tok::LParen | Tok::RParen | Tok::Comma | Tok::Colon | Tok::Dot | Tok::Semicolon => {
                continue;
            }
            _ => TokenKind::Operator,
        };
        out.push(Token { span: *span, kind });
    }
    // A comment on the last line, after the last token.
    if let Some(q) = text.get(prev_end..).and_then(|g| g.find('\'')) {
        let end = text[prev_end + q..]
            .find(['\r', '\n'])
            .map_or(text.len(), |e| prev_end + q + e);
        out.push(Token {
            span: Span::new(prev_end + q, end),
            kind: TokenKind::Comment,
        });
    }
    out
}

fn is_param(a: &Analysis, p: u32, l: u32) -> bool {
    a.checked
        .bindings
        .procs
        .get(p as usize)
        .is_some_and(|s| s.params.iter().any(|(slot, _)| *slot == l))
}

#[cfg(test)]
mod tests {
    use super::super::*;

    const SRC: &str = "' Two\n' comment lines\nDim Total As Double\n\nSub Main()\n  If Para1 > 0 Then\n    Total = Para1 ' half\n  End If\n  Result = Round(Total)\nEnd Sub\n";

    #[test]
    fn outline_folds_and_tokens() {
        let a = Analysis::new(SourceFile::from_text("t.bas", SRC), &[]);
        let o = a.outline();
        assert_eq!(o.len(), 2);
        assert_eq!(
            (o[0].name.as_str(), o[0].kind),
            ("Total", OutlineKind::Variable)
        );
        assert_eq!((o[1].name.as_str(), o[1].kind), ("Main", OutlineKind::Sub));
        let folds: Vec<(usize, usize)> = a.folds().iter().map(|f| (f.start, f.end)).collect();
        assert_eq!(folds, vec![(1, 2), (5, 9), (6, 7)]);
        let kinds: Vec<(&str, TokenKind)> = a
            .tokens()
            .iter()
            .map(|t| (&SRC[t.span.start..t.span.end], t.kind))
            .collect();
        assert_eq!(kinds[0], ("' Two", TokenKind::Comment));
        assert!(kinds.contains(&("Para1", TokenKind::Host)));
        assert!(kinds.contains(&("Round", TokenKind::Builtin)));
        assert!(kinds.contains(&("Total", TokenKind::Variable)));
        assert!(kinds.contains(&("If", TokenKind::Keyword)));
        assert!(kinds.contains(&("' half", TokenKind::Comment)));
        assert!(kinds.contains(&("0", TokenKind::Number)));
    }
}
