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
    let (_, _, open) = blocks::build_counting(items, end_of_text(text));
    open + continues(text) as usize
}

/// Where the text's last non-blank line ends: a block still open there is reported there.
fn end_of_text(text: &str) -> Span {
    let end = text.trim_end().len();
    Span::new(end, end)
}

/// Whether a line ends in a line continuation (` _`, a space or tab before it, as the
/// lexer has it).
fn continues(line: &str) -> bool {
    line.trim_end_matches(['\r', '\n'])
        .strip_suffix('_')
        .is_some_and(|rest| rest.ends_with([' ', '\t']))
}

/// [`open_blocks`] a line at a time, for a reader that gets text line by line (the
/// REPL): each logical line is lexed and parsed once, where asking [`open_blocks`] of the
/// whole text after every line took time quadratic in the lines of an open block.
#[derive(Default)]
pub struct BlockCounter {
    blocks: blocks::Counter,
    /// The lines of a logical line continued with ` _` so far.
    pending: String,
    open: usize,
}

impl BlockCounter {
    /// Adds one line; returns how many blocks the text so far opens and does not close,
    /// plus one while a logical line goes on (` _`): 0 exactly when [`open_blocks`] of
    /// the whole text is 0.
    pub fn line(&mut self, line: &str) -> usize {
        self.pending.push_str(line.trim_end_matches(['\r', '\n']));
        self.pending.push('\n');
        if continues(line) {
            return self.open + 1;
        }
        let text = std::mem::take(&mut self.pending);
        let (mut tokens, mut diags) = lexer::lex(&text);
        parser::limit_nesting(&mut tokens, &mut diags);
        let (items, _) = parser::parse_lines(&tokens, text.len());
        self.open = self.blocks.feed(items);
        self.open
    }
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
    let (module, block_diags) = blocks::build(items, end_of_text(text));
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

#[cfg(test)]
mod block_counter_tests {
    use super::*;

    /// After every line, the counter says whether `open_blocks` of the text so far is 0
    /// (it counts the blocks a continued line opens once the line ends).
    #[test]
    fn counting_line_by_line_agrees_with_the_whole_text() {
        let texts = [
            "Sub Main()\n  If x Then\n    y = 1\n  End If\nEnd Sub\n",
            "If x Then y = 1\nFor i = 1 To 3\n  Do While i < 2 _\n    And j\n  Loop\nNext\n",
            "Function f(a)\n  Select Case a\n    Case 1: f = 2\n  End Select\nEnd Function\n",
            "With x\n  .y = (1 +\nEnd With\nEnd If\n_\nWhile 1\nWend\n",
            ":vars\nIf a Then Else\n  x = 1 : If b Then\nEnd If\nNext\n",
        ];
        for text in texts {
            let mut counter = BlockCounter::default();
            let mut so_far = String::new();
            for line in text.lines() {
                so_far.push_str(line);
                so_far.push('\n');
                assert_eq!(
                    counter.line(line) == 0,
                    open_blocks(&so_far) == 0,
                    "{so_far:?}"
                );
            }
        }
    }
}
