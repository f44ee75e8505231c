//! `xbas fmt`: a script laid out one way. Blocks are indented by two spaces (`Case`
//! one level inside its `Select Case`, its statements two), labels start their line,
//! a continued line (` _`) is one level deeper than its statement; keywords, the host
//! variables and built-in functions are written as the VBA editor writes them (`If …
//! Then`, `End If`, `Weekday`, `DateSerial`), and a declared name as its declaration
//! writes it. Nothing else changes: text inside a line (spacing, strings, comments),
//! blank lines and line ends stay as they are; a file with a line starting
//! `' xbas:fmt-skip` is left whole. A script with errors is not formatted,
//! and a result whose bytecode differs from the original's is refused, so formatting
//! never changes what a script computes.

use crate::syntax::ast::StmtKind;
use crate::syntax::lexer::{Tok, lex};
use crate::syntax::parser::{BlockKind, Item, parse_lines};
use crate::syntax::source::SourceFile;
use std::collections::HashMap;

/// Spaces per block level.
const INDENT: usize = 2;

/// Why a script was not formatted.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatError {
    /// The script has syntax errors (`xbas check` lists them).
    Errors,
    /// The formatted text would compile to other code (a bug of the formatter: the
    /// script is left as it is).
    Changed,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FormatError::Errors => "the script has errors (see `xbas check`); it was left as it is",
            FormatError::Changed => "formatting would change the compiled script (a bug in xbas fmt); it was left as it is",
        })
    }
}

/// A comment line that keeps a file as it is written (a test of how case or layout is
/// read, say); a reason may follow it on the line.
pub const SKIP: &str = "' xbas:fmt-skip";

/// The script `text` formatted (as it is when a line is [`SKIP`]).
pub fn format(text: &str) -> Result<String, FormatError> {
    if text
        .lines()
        .any(|l| l.trim().to_ascii_lowercase().starts_with(SKIP))
    {
        return Ok(text.to_string());
    }
    // A script that does not compile has nothing to compare the result with.
    let Some(before) = listing(text) else {
        return Err(FormatError::Errors);
    };
    let (tokens, lex_errors) = lex(text);
    let (items, parse_errors) = parse_lines(&tokens, text.len());
    if !lex_errors.is_empty() || !parse_errors.is_empty() {
        return Err(FormatError::Errors);
    }
    let lines = Lines::of(text);
    let indents = indents(&lines, &items, text);
    // New spellings of tokens: (byte range, text).
    let declared = declared_names(&tokens);
    let mut spell: Vec<(usize, usize, String)> = Vec::new();
    for (tok, span) in &tokens {
        let (a, b) = (span.start, span.end);
        let Some(now) = text.get(a..b) else { continue };
        let want = match tok {
            Tok::Ident(name) => canonical_name(name, &declared),
            t if t.is_keyword() => {
                let s = t.spelling();
                s.eq_ignore_ascii_case(now).then(|| s.to_string())
            }
            _ => None,
        };
        if let Some(w) = want {
            if w != now && w.eq_ignore_ascii_case(now) {
                spell.push((a, b, w));
            }
        }
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut next = spell.iter().peekable();
    for (k, line) in lines.0.iter().enumerate() {
        let body = &text[line.start..line.end];
        let trimmed = body.trim_start_matches([' ', '\t']);
        let lead = body.len() - trimmed.len();
        let content = trimmed.trim_end_matches([' ', '\t']);
        if !content.is_empty() {
            out.extend(std::iter::repeat_n(' ', indents[k] * INDENT));
        }
        // The line's text with its tokens re-spelt.
        let (from, to) = (line.start + lead, line.start + lead + content.len());
        let mut at = from;
        while let Some((a, b, w)) = next.peek() {
            if *a >= to {
                break;
            }
            if *a >= at {
                out.push_str(&text[at..*a]);
                out.push_str(w);
                at = *b;
            }
            next.next();
        }
        out.push_str(&text[at..to.max(at)]);
        out.push_str(&text[line.end..line.next]);
    }
    // The safety net: the same tokens but for the case of names and keywords, and the
    // same code, or nothing.
    if !same_tokens(text, &out) || listing(&out).as_ref() != Some(&before) {
        return Err(FormatError::Changed);
    }
    Ok(out)
}

/// Whether two texts have the same tokens, names and keywords compared without case.
fn same_tokens(a: &str, b: &str) -> bool {
    let (ta, _) = lex(a);
    let (tb, _) = lex(b);
    ta.len() == tb.len()
        && ta.iter().zip(&tb).all(|((x, sx), (y, sy))| {
            let (tx, ty) = (&a[sx.start..sx.end], &b[sy.start..sy.end]);
            std::mem::discriminant(x) == std::mem::discriminant(y)
                && match x {
                    Tok::Ident(_) => tx.eq_ignore_ascii_case(ty),
                    t if t.is_keyword() => tx.eq_ignore_ascii_case(ty),
                    _ => tx == ty,
                }
        })
}

/// The compiled code of a text, names in lower case (None: it does not compile, `Sub
/// Main` not required).
fn listing(text: &str) -> Option<String> {
    let src = SourceFile::from_text("<fmt>", text);
    let p = crate::vm::Program::compile_session(src.clone(), None).ok()?;
    Some(crate::compile::disasm::module(p.module(), &src).to_lowercase())
}

/// A physical line: where its text starts and ends, and where the next line starts
/// (its line end in between).
struct Line {
    start: usize,
    end: usize,
    next: usize,
}

struct Lines(Vec<Line>);

impl Lines {
    fn of(text: &str) -> Lines {
        let b = text.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\r' | b'\n' => {
                    // CRLF, LF or a lone CR ends a line.
                    let eol = 1 + (b[i] == b'\r' && b.get(i + 1) == Some(&b'\n')) as usize;
                    lines.push(Line {
                        start,
                        end: i,
                        next: i + eol,
                    });
                    i += eol;
                    start = i;
                }
                _ => i += 1,
            }
        }
        if start < b.len() {
            lines.push(Line {
                start,
                end: b.len(),
                next: b.len(),
            });
        }
        Lines(lines)
    }

    /// The line holding byte `at`.
    fn of_byte(&self, at: usize) -> usize {
        self.0
            .partition_point(|l| l.next <= at)
            .min(self.0.len().saturating_sub(1))
    }
}

/// The indentation level of each line, from the parser's items: a block's lines one
/// level in, its closer (and `Else`, `Case`) back at the opener's level.
fn indents(lines: &Lines, items: &[(Item, crate::diagnostic::Span)], text: &str) -> Vec<usize> {
    let mut level = vec![usize::MAX; lines.0.len()];
    let mut depth: usize = 0;
    for (item, span) in items {
        let line = lines.of_byte(span.start);
        // The level this item's line starts at (its first item decides).
        let (here, after) = match item {
            Item::ProcStart(_)
            | Item::IfThen(_)
            | Item::For { .. }
            | Item::ForEach { .. }
            | Item::Do(_)
            | Item::While(_) => (depth, depth + 1),
            Item::Broken(Some(_)) => (depth, depth + 1),
            Item::SelectCase(_) => (depth, depth + 2),
            Item::ElseIf(_) | Item::Else => (depth.saturating_sub(1), depth),
            Item::Case(_) | Item::CaseElse => (depth.saturating_sub(1), depth),
            Item::Close(BlockKind::Select, _) => {
                let d = depth.saturating_sub(2);
                (d, d)
            }
            Item::Close(..) => {
                let d = depth.saturating_sub(1);
                (d, d)
            }
            Item::Next(vars) => {
                let d = depth.saturating_sub(vars.len().max(1));
                (d, d)
            }
            Item::Stmt(StmtKind::Label(_)) => (0, depth),
            _ => (depth, depth),
        };
        if level[line] == usize::MAX {
            level[line] = here;
        }
        depth = after;
    }
    // Lines without an item of their own: a continued statement's lines one level in,
    // blank and comment lines at the level of the line after them.
    let mut out = vec![0; lines.0.len()];
    let mut carry = 0;
    for k in (0..lines.0.len()).rev() {
        if level[k] != usize::MAX {
            carry = level[k];
            out[k] = level[k];
        } else {
            out[k] = carry;
        }
    }
    // Whether each line ends in a continuation (` _`): the line after it continues it,
    // one level in; a third line of the statement stays at the second's level.
    let ends_continued: Vec<bool> = lines
        .0
        .iter()
        .map(|l| {
            text[l.start..l.end]
                .trim_end_matches([' ', '\t'])
                .ends_with(" _")
        })
        .collect();
    for k in 1..lines.0.len() {
        if ends_continued[k - 1] && level[k] == usize::MAX {
            let second = k < 2 || !ends_continued[k - 2];
            out[k] = out[k - 1] + second as usize;
        }
    }
    out
}

/// Each declared name's spelling (by its lower case): the first declaration wins.
fn declared_names(tokens: &[(Tok<'_>, crate::diagnostic::Span)]) -> HashMap<String, String> {
    let mut names = HashMap::new();
    let mut declaring = false;
    let mut depth = 0usize;
    let mut prev: Option<&Tok> = None;
    for (t, _) in tokens {
        match t {
            Tok::Dim | Tok::Const | Tok::Static | Tok::ReDim | Tok::Global => declaring = true,
            Tok::Sub | Tok::Function if !matches!(prev, Some(Tok::End | Tok::Exit)) => {
                declaring = true
            }
            Tok::Newline | Tok::Colon => {
                declaring = false;
                depth = 0;
            }
            Tok::LParen => depth += 1,
            Tok::RParen => depth = depth.saturating_sub(1),
            Tok::Ident(name) if declaring => {
                // A name right after the keyword, a comma, `(` of a parameter list or
                // ByVal/ByRef/Optional; not a type after `As`.
                let declares = matches!(
                    prev,
                    Some(
                        Tok::Dim
                            | Tok::Const
                            | Tok::Static
                            | Tok::ReDim
                            | Tok::Global
                            | Tok::Sub
                            | Tok::Function
                            | Tok::Comma
                            | Tok::LParen
                            | Tok::ByVal
                            | Tok::ByRef
                            | Tok::Optional
                            | Tok::Preserve
                            | Tok::Private
                            | Tok::Public
                    )
                ) && !(depth > 1 && matches!(prev, Some(Tok::Comma | Tok::LParen)));
                if declares {
                    names
                        .entry(name.to_lowercase())
                        .or_insert_with(|| name.to_string());
                }
            }
            _ => {}
        }
        prev = Some(t);
    }
    names
}

/// How a name is written: the host variables and the built-in functions and type names
/// as VBA writes them, a declared name as declared; None: as it is.
fn canonical_name(name: &str, declared: &HashMap<String, String>) -> Option<String> {
    let lower = name.to_lowercase();
    if let Some(digits) = lower.strip_prefix("para") {
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some(format!("Para{digits}"));
        }
    }
    let fixed = match lower.as_str() {
        "weekday" => Some("Weekday"),
        "minutes" => Some("Minutes"),
        "result" => Some("Result"),
        "integer" => Some("Integer"),
        "long" => Some("Long"),
        "single" => Some("Single"),
        "double" => Some("Double"),
        "currency" => Some("Currency"),
        "string" => Some("String"),
        "boolean" => Some("Boolean"),
        "byte" => Some("Byte"),
        "date" => Some("Date"),
        "variant" => Some("Variant"),
        "main" => Some("Main"),
        "explicit" => Some("Explicit"),
        "base" => Some("Base"),
        "compare" => Some("Compare"),
        "binary" => Some("Binary"),
        "error" => Some("Error"),
        _ => None,
    };
    if let Some(f) = fixed {
        return Some(f.to_string());
    }
    if let Some(d) = declared.get(&lower) {
        return Some(d.clone());
    }
    let (_, sig) = crate::signatures::lookup(name)?;
    let dollar = if name.ends_with('$') { "$" } else { "" };
    Some(format!("{}{dollar}", sig.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks indented, keywords and names re-cased, comments, strings and blank lines
    /// kept, CRLF kept; formatting twice changes nothing.
    #[test]
    fn lays_out_a_script() {
        let src = "dim result as long\r\n' a comment IF\r\n\r\nsub main()\r\nif para1 > 0 then\r\nresult = para1 * 100 ' keep THEN\r\nelse\r\nselect case weekday\r\ncase 1, 7\r\nresult = 0\r\ncase else\r\nresult = abs(\"if\" = \"IF\")\r\nend select\r\nend if\r\nend sub\r\n";
        let want = "Dim Result As Long\r\n' a comment IF\r\n\r\nSub Main()\r\n  If Para1 > 0 Then\r\n    Result = Para1 * 100 ' keep THEN\r\n  Else\r\n    Select Case Weekday\r\n      Case 1, 7\r\n        Result = 0\r\n      Case Else\r\n        Result = Abs(\"if\" = \"IF\")\r\n    End Select\r\n  End If\r\nEnd Sub\r\n";
        let got = format(src).expect("formats");
        assert_eq!(got, want);
        assert_eq!(format(&got).as_deref(), Ok(want));
    }

    /// A declared name is written as declared everywhere; labels start their line; a
    /// continued line is one level in.
    #[test]
    fn names_labels_and_continuations() {
        let src = "Function AddUp(ByVal A As Long) As Long\n  Dim myTotal As Long\n  MYTOTAL = a + _\n1\nAgain:\n    addup = mytotal\nEnd Function\nSub Main()\nResult = addup(2)\nEnd Sub\n";
        let want = "Function AddUp(ByVal A As Long) As Long\n  Dim myTotal As Long\n  myTotal = A + _\n    1\nAgain:\n  AddUp = myTotal\nEnd Function\nSub Main()\n  Result = AddUp(2)\nEnd Sub\n";
        assert_eq!(format(src).as_deref(), Ok(want));
    }

    /// The safety net sees a string whose case changed and code that differs.
    #[test]
    fn the_safety_net_refuses_other_code() {
        assert!(!same_tokens("x = \"a\"\n", "x = \"A\"\n"));
        assert!(!same_tokens("x = 1\n", "x = 1 + 0\n"));
        assert!(same_tokens("X = \"a\" ' Q\n", "x = \"a\" ' Q\n"));
        let code = |r: &str| listing(&format!("Sub Main()\nResult = {r}\nEnd Sub\n"));
        assert_ne!(code("1"), code("2"));
        assert_eq!(code("1"), code("1 "));
    }

    /// A script with errors is left alone.
    #[test]
    fn errors_are_not_formatted() {
        assert_eq!(format("Sub Main()\nIf x\n"), Err(FormatError::Errors));
    }
}
