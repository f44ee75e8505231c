//! The front end: source text to a checked syntax tree. [`source`] decodes files,
//! [`lexer`] makes tokens, [`parser`] turns each logical line into items, [`blocks`]
//! nests them into procedures and blocks. [`parse`] runs them all and returns every
//! diagnostic, sorted by position; names are the binder's ([`crate::bind`]).

pub mod ast;
pub mod blocks;
pub mod lexer;
pub mod parser;
pub mod source;

use crate::diagnostic::{Diagnostic, Span};
pub use source::SourceFile;

/// A module and everything the front end had to say about it.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub module: ast::Module,
    /// Errors and warnings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// How many blocks (`Sub`, `If`, `For`, …) the text opens and does not close; a text
/// ending in a line continuation counts as one more. The REPL reads on while this is > 0.
pub fn open_blocks(text: &str) -> usize {
    let (mut tokens, mut diags) = lexer::lex(text);
    parser::limit_nesting(&mut tokens, &mut diags);
    let (items, _) = parser::parse_lines(&tokens, text.len());
    let (_, _, open) = blocks::build_counting(items);
    let continued = text
        .trim_end_matches(['\r', '\n'])
        .strip_suffix('_')
        .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '\t']));
    open + continued as usize
}

/// Lexes, parses and nests a source file (the binder, [`crate::bind::check`], adds the
/// diagnostics about names).
pub fn parse(source: &SourceFile) -> Parsed {
    let text = source.text.as_str();
    let (mut tokens, mut diags) = lexer::lex(text);
    // A byte that is no text was reported while decoding; its U+FFFD is not news.
    diags.retain(|d| !source.decode_errors.iter().any(|e| e.span == d.span));
    diags.extend(source.decode_errors.iter().cloned());
    parser::limit_nesting(&mut tokens, &mut diags);
    let (items, parse_diags) = parser::parse_lines(&tokens, text.len());
    diags.extend(parse_diags);
    let (module, block_diags) = blocks::build(items);
    diags.extend(block_diags);
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    diags.dedup();
    Parsed {
        module,
        diagnostics: diags,
    }
}

/// E0202, the one diagnostic for both nesting limits (blocks, and expressions on a line).
fn too_deep(what: &str, at: Span, help: &str) -> Diagnostic {
    Diagnostic::error("E0202", format!("nesting too deep: {what}"), at)
        .with_label("too deep here")
        .with_help(help)
}
