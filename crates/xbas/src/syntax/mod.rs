//! The front end: source text to a checked syntax tree. [`source`] decodes files,
//! [`lexer`] makes tokens, [`parser`] turns each logical line into items, [`blocks`]
//! nests them into procedures and blocks, [`check`] finds the static errors that need no
//! execution. [`parse`] runs them all and returns every diagnostic, sorted by position.

pub mod ast;
pub mod blocks;
pub mod check;
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

/// Lexes, parses, nests and checks a source file.
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
    diags.extend(check::check(&module));
    if !module.procs.iter().any(|p| p.name.key() == "main")
        && !diags.iter().any(Diagnostic::is_error)
    {
        diags.push(
            Diagnostic::warning("W0406", "no `Sub Main`", Span::new(0, 0))
                .with_label("the host runs `Main` for every interval")
                .with_help("add `Sub Main()` … `End Sub`"),
        );
    }
    let entry = module.procs.iter().find(|p| p.name.key() == "main");
    if let Some(main) = entry.filter(|p| !p.params.is_empty()) {
        diags.push(
            Diagnostic::warning("W0407", "`Main` takes parameters", main.span)
                .with_label(
                    "the host calls `Main` without arguments: every interval fails with error 449",
                )
                .with_help("remove the parameters: `Sub Main()`"),
        );
    }
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    diags.dedup();
    Parsed {
        module,
        diagnostics: diags,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diags(src: &str) -> Vec<(String, usize)> {
        let f = SourceFile::from_text("t.bas", src);
        parse(&f)
            .diagnostics
            .iter()
            .map(|d| (d.message.clone(), f.line_col(d.span.start).0))
            .collect()
    }

    #[test]
    fn clean_script_has_no_diagnostics() {
        assert_eq!(
            diags("Dim Result As Long\nSub Main()\n  Result = Para1 * 100\nEnd Sub\n"),
            vec![]
        );
    }

    #[test]
    fn option_explicit_reports_first_use_once() {
        let d = diags(
            "Option Explicit\nSub Main()\nDim B\nB = 1\nResult = B * Rate\nResult = Rate\nEnd Sub\n",
        );
        assert_eq!(d, vec![("variable `Rate` is not declared".to_string(), 5)]);
    }

    #[test]
    fn host_names_may_be_declared_once() {
        assert_eq!(
            diags("Dim Para1 As Long, Weekday As Long\nSub Main()\nResult = Para1\nEnd Sub\n"),
            vec![]
        );
        let d = diags("Dim Result\nDim Result\nSub Main()\nEnd Sub\n");
        assert_eq!(d, vec![("`Result` is declared twice".to_string(), 2)]);
    }

    #[test]
    fn labels_exits_and_arity() {
        let d = diags(
            "Sub A(x, y)\nEnd Sub\nSub Main()\nGoTo Nowhere\nExit For\nA 1\nExit Function\nx = Left(\"a\")\nEnd Sub\n",
        );
        let msgs: Vec<&str> = d.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(
            msgs,
            vec![
                "label `Nowhere` is not defined",
                "`Exit For` outside a `For` loop",
                "`A` takes 2 arguments but 1 was given",
                "`Exit Function` inside a Sub",
                "`Left` takes 2 arguments but 1 was given",
            ]
        );
    }
}
