//! Diagnostics: one type for every compile-time problem xbas reports (encoding, lexing,
//! parsing, static checks), rendered for people through `miette` (file, line, column,
//! labelled snippet, help) and for tools as one JSON object per line.
//!
//! Codes are stable and grouped by stage:
//! - `E00xx` source text (encoding),
//! - `E01xx` lexical (unknown character, unterminated string, bad literal),
//! - `E02xx` syntax (expected token, nesting too deep, misplaced statement),
//! - `E03xx` block structure (`Next` without `For`, missing `End If`, misplaced `Exit`),
//! - `E04xx` names (undeclared under `Option Explicit`, duplicates, undefined labels),
//! - `E05xx` calls (wrong argument count, unknown procedure use),
//! - `E06xx` compilation (constant expressions, assignable places),
//! - `E07xx` the host contract (`Sub Main`), `Wxxxx` warnings.
//!
//! [`codes`] is their registry: title and explanation of each (`xbas check --explain`).

pub mod codes;
mod excerpt;

use crate::syntax::source::SourceFile;
use std::fmt;

/// A byte range in a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    pub fn len(self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem found in a source file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub span: Span,
    /// Text shown under the primary span.
    pub label: String,
    /// Further spans with their texts (e.g. "this `If` is never closed").
    pub notes: Vec<(Span, String)>,
    /// A suggested fix, when one is clear.
    pub help: Option<String>,
    /// Edits that carry out the fix, where one is safe (`xbas check --fix`, the editor's
    /// quick fixes).
    pub fixes: Vec<Fix>,
}

/// A fix-it: a title and the edits that make it, each replacing a span of the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        debug_assert!(
            codes::lookup(code).is_some(),
            "{code} is not in the registry"
        );
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
            label: String::new(),
            notes: Vec::new(),
            help: None,
            fixes: Vec::new(),
        }
    }
    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message, span)
        }
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn with_note(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.notes.push((span, text.into()));
        self
    }
    pub fn with_fix(mut self, title: impl Into<String>, edits: Vec<(Span, String)>) -> Diagnostic {
        self.fixes.push(Fix {
            title: title.into(),
            edits,
        });
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic bound to the lines of its source it shows, ready for `miette`
    /// rendering.
    pub fn report<'a>(&'a self, source: &'a SourceFile) -> Rendered<'a> {
        let spans: Vec<Span> = std::iter::once(self.span)
            .chain(self.notes.iter().map(|(s, _)| *s))
            .collect();
        Rendered {
            diag: self,
            source: excerpt::Excerpt::new(source, &spans),
        }
    }

    /// Renders the diagnostic as text, as `xbas check` prints it.
    pub fn render(&self, source: &SourceFile, color: bool) -> String {
        let theme = if color {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        };
        let handler = miette::GraphicalReportHandler::new_themed(theme)
            .with_context_lines(1)
            .with_width(100);
        let mut out = String::new();
        let rendered = self.report(source);
        if handler.render_report(&mut out, &rendered).is_err() {
            out = self.one_line(source);
        }
        out
    }

    /// `file:line:col: error[E0200]: message` — the compact form.
    pub fn one_line(&self, source: &SourceFile) -> String {
        let (line, col) = source.line_col(self.span.start);
        format!(
            "{}:{}:{}: {}[{}]: {}",
            source.name,
            line,
            col,
            self.severity.as_str(),
            self.code,
            self.message
        )
    }

    /// The JSON object `xbas check --format json` prints for this diagnostic.
    pub fn to_json(&self, source: &SourceFile) -> serde_json::Value {
        let (line, column) = source.line_col(self.span.start);
        let (end_line, end_column) = source.line_col(self.span.end);
        serde_json::json!({
            "file": source.name,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "severity": self.severity.as_str(),
            "code": self.code,
            "message": self.message,
            "help": self.help,
            "fixes": self.fixes.iter().map(|f| serde_json::json!({
                "title": f.title,
                "edits": f.edits.iter().map(|(span, text)| {
                    let (line, column) = source.line_col(span.start);
                    let (end_line, end_column) = source.line_col(span.end);
                    serde_json::json!({"line": line, "column": column, "end_line": end_line,
                        "end_column": end_column, "text": text})
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    }
}

/// A diagnostic with its source text attached, implementing [`miette::Diagnostic`].
pub struct Rendered<'a> {
    diag: &'a Diagnostic,
    source: excerpt::Excerpt,
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diag, f)
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diag.message)
    }
}

impl std::error::Error for Rendered<'_> {}

fn labeled(span: Span, text: &str) -> miette::LabeledSpan {
    let text = if text.is_empty() {
        None
    } else {
        Some(text.to_string())
    };
    miette::LabeledSpan::new(text, span.start, span.len())
}

impl miette::Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diag.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diag
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        // The spans in the excerpt: the primary first, then the notes.
        let spans = &self.source.spans;
        let text = (!self.diag.label.is_empty()).then(|| self.diag.label.clone());
        let span = miette::SourceSpan::new(spans[0].start.into(), spans[0].len());
        let primary = std::iter::once(miette::LabeledSpan::new_primary_with_span(text, span));
        let notes = self
            .diag
            .notes
            .iter()
            .zip(&spans[1..])
            .map(|((_, t), s)| labeled(*s, t));
        Some(Box::new(primary.chain(notes)))
    }
}

/// The closest candidate to a misspelt name (case-insensitive edit distance of at most
/// one third of its length, at least 1), for "did you mean" hints.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let name = name.to_lowercase();
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|c| (edit_distance(&name, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit && *d > 0)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("Integr", ["Integer", "Long"]), Some("Integer"));
        assert_eq!(did_you_mean("rate", ["Rates", "Total"]), Some("Rates"));
        assert_eq!(did_you_mean("x", ["abc"]), None);
        assert_eq!(did_you_mean("Rate", ["rate"]), None);
    }

    #[test]
    fn json_has_all_fields_with_character_columns() {
        let src = SourceFile::from_text("t.bas", "x = \"ä\" +\n");
        let d = Diagnostic::error("E0200", "expected an expression", Span::new(10, 11))
            .with_help("finish the expression");
        let j = d.to_json(&src);
        assert_eq!(j["line"], 1);
        assert_eq!(j["column"], 10);
        assert_eq!(j["end_line"], 2);
        assert_eq!(j["end_column"], 1);
        assert_eq!(j["code"], "E0200");
        assert_eq!(j["severity"], "error");
        assert_eq!(j["help"], "finish the expression");
    }

    #[test]
    fn render_shows_snippet_label_and_help() {
        let src = SourceFile::from_text("t.bas", "If Para1 > 1000\n");
        let d = Diagnostic::error("E0200", "expected `Then`", Span::new(15, 15))
            .with_label("expected `Then` here")
            .with_help("add `Then`");
        let out = d.render(&src, false);
        assert!(out.contains("E0200"), "{out}");
        assert!(out.contains("expected `Then` here"), "{out}");
        assert!(out.contains("help: add `Then`"), "{out}");
        assert!(out.contains("t.bas:1:16"), "{out}");
    }
}
