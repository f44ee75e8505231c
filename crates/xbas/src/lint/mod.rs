//! Scenario lints (`W08xx`): warnings about scripts that compile but store the wrong
//! number, stop an import, or carry dead weight. They run after the binder, on a module
//! without errors ([`crate::bind::check`]), and read its tree and [`Bindings`]; none of
//! them changes what compiles. This module owns the driver, the mapping lints (which need
//! an `acd_map.ini`'s source count), the `' xbas:allow(W…)` comments and the applying of
//! fix-its; `flow` the lints that follow paths through a procedure (a division by what
//! can be 0, `Result` unassigned, unreachable code), `usage` those about variables.
//!
//! | code | lint |
//! |---|---|
//! | W0800 | assignment to a host input |
//! | W0801 | `Print`/`MsgBox` in a scenario |
//! | W0802 | a division whose divisor can be 0 on some path |
//! | W0803 | a truncated `Result` assigned a product with a fractional constant |
//! | W0804 | a `ParaN` beyond the mapping's sources |
//! | W0805 | a mapped source the script never reads |
//! | W0806 | `Result` not assigned on every path through `Main` |
//! | W0807 | unreachable code |
//! | W0808 | a variable assigned and never read |
//! | W0809 | a variable declared and never used |
//! | W0810 | an implicit Variant that only ever holds numbers |

mod flow;
mod usage;

use crate::base::{TypeName, Var};
use crate::bind::{Bindings, Checked, Symbol};
use crate::diagnostic::{Diagnostic, Span};
use crate::signatures::SIGNATURES;
use crate::syntax::SourceFile;
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, Literal, Stmt, StmtKind, UnOp};

/// Every lint of a checked module (not the mapping ones: [`against_mapping`]), unsorted
/// and unbounded ([`crate::bind::check`] keeps [`MAX_PER_CODE`] of each).
pub fn lint(checked: &Checked, source: &SourceFile) -> Vec<Diagnostic> {
    let cx = Cx {
        module: &checked.module,
        b: &checked.bindings,
        text: &source.text,
    };
    let mut out = Vec::new();
    host_inputs_and_output(&cx, &mut out);
    truncation(&cx, &mut out);
    flow::lint(&cx, &mut out);
    usage::lint(&cx, &mut out);
    out
}

/// The most warnings of one code a file reports (the last shown says how many more).
pub const MAX_PER_CODE: usize = 100;

/// The first `max` diagnostics of each code, by position; the last kept of a code that
/// had more says how many were left out. Nothing a script does makes the list long.
pub fn at_most_per_code(mut all: Vec<Diagnostic>, max: usize) -> Vec<Diagnostic> {
    all.sort_by_key(|d| (d.span.start, d.span.end));
    let mut counts: std::collections::HashMap<&'static str, usize> = Default::default();
    for d in &all {
        *counts.entry(d.code).or_default() += 1;
    }
    let mut kept: std::collections::HashMap<&'static str, usize> = Default::default();
    let mut out = Vec::with_capacity(all.len().min(max * counts.len()));
    for mut d in all {
        let n = kept.entry(d.code).or_default();
        *n += 1;
        if *n > max {
            continue;
        }
        let total = counts[d.code];
        if *n == max && total > max {
            d.message.push_str(&format!(
                " ({} more {} in this file not shown)",
                total - max,
                d.code
            ));
        }
        out.push(d);
    }
    out
}

/// The lints that compare a script with one mapping of `acd_map.ini` that uses it
/// (`mapping` names it, e.g. `WFM:0:3001:1`): `ParaN` read beyond its `sources`, and
/// sources the script never reads.
pub fn against_mapping(checked: &Checked, sources: usize, mapping: &str) -> Vec<Diagnostic> {
    let b = &checked.bindings;
    let mut out = Vec::new();
    let mut beyond: Vec<(usize, Span)> = b
        .symbols()
        .filter_map(|(at, s)| match s {
            Symbol::Var {
                var: Var::Global(g),
                ..
            } => b
                .paras
                .iter()
                .position(|p| *p == Some(*g))
                .filter(|&i| i >= sources)
                .map(|i| (i + 1, Span::new(at, at + 4 + (i + 1).to_string().len()))),
            _ => None,
        })
        .collect();
    beyond.sort_by_key(|(_, s)| s.start);
    for (n, span) in beyond {
        out.push(
            Diagnostic::warning(
                "W0804",
                format!("`Para{n}` is not a source of {mapping}, which has {sources}"),
                span,
            )
            .with_label("reads nothing the mapping sends: the import refuses the mapping")
            .with_help(format!(
                "add the missing source line(s) to {mapping} in acd_map.ini, or read only Para1..Para{sources}"
            )),
        );
    }
    let main = b.main.and_then(|m| checked.module.procs.get(m as usize));
    let at = main.map_or(Span::new(0, 0), |p| p.span);
    for n in 1..=sources {
        if b.paras.get(n - 1).is_none_or(Option::is_none) {
            out.push(
                Diagnostic::warning(
                    "W0805",
                    format!("source {n} of {mapping} is never read: the script has no `Para{n}`"),
                    at,
                )
                .with_label("the mapping sends a value the script ignores")
                .with_help(format!(
                    "use `Para{n}` in the script, or remove that source line from {mapping}"
                )),
            );
        }
    }
    out
}

/// The mapping lints ([`against_mapping`]) of a script without errors for each mapping
/// `(name, sources)` that uses it (each number of sources once), less those its allow
/// comments silence; unsorted.
pub fn for_mappings<'m>(
    checked: &Checked,
    source: &SourceFile,
    mappings: impl IntoIterator<Item = (&'m str, usize)>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if checked.has_errors() {
        return out;
    }
    let mut seen = Vec::new();
    for (name, sources) in mappings {
        if seen.contains(&sources) {
            continue;
        }
        seen.push(sources);
        let found = against_mapping(checked, sources, name);
        out.extend(found.into_iter().filter(|d| !allowed(source, d)));
    }
    out
}

/// Whether a `' xbas:allow(W0802)` comment silences warning `d`: on the warning's own
/// line, or alone on the line above it. Several codes may be listed, separated by commas.
pub fn allowed(source: &SourceFile, d: &Diagnostic) -> bool {
    if d.is_error() {
        return false;
    }
    let line = source.line_of(d.span.start);
    let line_text = |n: usize| source.line_text(n);
    let allows = |l: &str| {
        let Some(at) = l.find("xbas:allow(") else {
            return false;
        };
        // Only in a comment: a quote before the marker.
        if !l[..at].contains('\'') {
            return false;
        }
        let list = &l[at + "xbas:allow(".len()..];
        let list = list.split(')').next().unwrap_or("");
        list.split(',')
            .any(|c| c.trim().eq_ignore_ascii_case(d.code))
    };
    if allows(line_text(line)) {
        return true;
    }
    let above = line_text(line.wrapping_sub(1));
    line > 1 && above.trim_start().starts_with('\'') && allows(above)
}

/// The source with the first fix-it of each diagnostic applied (edits that overlap one
/// already taken are left out), and how many fixes were applied.
pub fn apply_fixes(text: &str, diags: &[Diagnostic]) -> (String, usize) {
    let mut edits: Vec<(Span, &str, usize)> = Vec::new();
    let mut applied = 0;
    for (i, d) in diags.iter().enumerate() {
        let Some(fix) = d.fixes.first() else { continue };
        let clash = fix.edits.iter().any(|(s, _)| {
            edits.iter().any(|(t, _, _)| {
                s.start < t.end.max(t.start + 1) && t.start < s.end.max(s.start + 1)
            })
        });
        if clash || fix.edits.iter().any(|(s, _)| s.end > text.len()) {
            continue;
        }
        edits.extend(fix.edits.iter().map(|(s, t)| (*s, t.as_str(), i)));
        applied += 1;
    }
    edits.sort_by_key(|(s, _, i)| (s.start, s.end, *i));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, t, _) in edits {
        if s.start < at || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        out.push_str(&text[at..s.start]);
        out.push_str(t);
        at = s.end;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// What the lints share: the module, its bindings, and where the host's variables live.
pub(crate) struct Cx<'a> {
    pub module: &'a ast::Module,
    pub b: &'a Bindings,
    /// The source text (for fix-its).
    pub text: &'a str,
}

/// A host variable, as a name of the script resolves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Host {
    Result,
    /// `Weekday`, `Minutes`, `ParaN`.
    Input,
}

impl<'a> Cx<'a> {
    /// The variable a name stands for.
    pub fn var(&self, name: &ast::Ident) -> Option<(Var, TypeName)> {
        match self.b.get(name) {
            Some(Symbol::Var { var, ty }) => Some((*var, *ty)),
            _ => None,
        }
    }

    /// The host variable a name stands for (a local of the same name is not one).
    pub fn host(&self, name: &ast::Ident) -> Option<Host> {
        let Some((Var::Global(g), _)) = self.var(name) else {
            return None;
        };
        if g == self.b.result {
            Some(Host::Result)
        } else if g == self.b.weekday || g == self.b.minutes || self.b.paras.contains(&Some(g)) {
            Some(Host::Input)
        } else {
            None
        }
    }

    /// The procedure a call's callee names, if it is one of the module's.
    pub fn proc_of(&self, callee: &Expr) -> Option<usize> {
        match &callee.kind {
            ExprKind::Name(n) => match self.b.get(n) {
                Some(Symbol::Proc(i)) => Some(*i as usize),
                _ => None,
            },
            _ => None,
        }
    }

    /// The line end the file uses, for the lines a fix-it adds.
    pub fn eol(&self) -> &'static str {
        if self.text.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        }
    }

    /// The built-in a callee names (its canonical spelling).
    pub fn builtin_of(&self, callee: &Expr) -> Option<&'static str> {
        match &callee.kind {
            ExprKind::Name(n) => match self.b.get(n) {
                Some(Symbol::Builtin(i)) => SIGNATURES.get(*i).map(|s| s.name),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The name an assignment target writes: `x` of `x = …` and of `x(i) = …`.
pub(crate) fn target_name(t: &Expr) -> Option<&ast::Ident> {
    match &t.kind {
        ExprKind::Name(n) => Some(n),
        ExprKind::Call { callee, .. } => match &callee.kind {
            ExprKind::Name(n) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

/// The start of the line holding byte `at`, and that line's indentation.
pub(crate) fn line_start_and_indent(text: &str, at: usize) -> (usize, &str) {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let rest = &text[start..];
    let indent_len = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    (start, &rest[..indent_len])
}

/// `span` widened to whole lines (with their line break) when nothing else stands on
/// them, so that removing it leaves no blank line.
pub(crate) fn whole_lines(text: &str, span: Span) -> Span {
    let end_at = span.end.min(text.len());
    let (start, _) = line_start_and_indent(text, span.start);
    let end = text[end_at..]
        .find('\n')
        .map_or(text.len(), |i| end_at + i + 1);
    if text[start..span.start.min(end_at)].trim().is_empty() && text[end_at..end].trim().is_empty()
    {
        Span::new(start, end)
    } else {
        span
    }
}

/// W0800 (an assignment to `Weekday`, `Minutes` or `ParaN`) and W0801 (`Print`,
/// `Debug.Print`, `MsgBox`).
fn host_inputs_and_output(cx: &Cx, out: &mut Vec<Diagnostic>) {
    let mut each = |s: &Stmt| {
        let written = match &s.kind {
            StmtKind::Assign { target, .. } | StmtKind::For { var: target, .. } => {
                target_name(target)
            }
            _ => None,
        };
        if let Some(n) = written.filter(|n| cx.host(n) == Some(Host::Input)) {
            out.push(
                Diagnostic::warning(
                    "W0800",
                    format!("assignment to the host input `{}`", n.written()),
                    n.span,
                )
                .with_label("the host sets this for every interval")
                .with_help(
                    "it changes what the rest of the script reads, not the interval; use a variable of your own",
                ),
            );
        }
        let what = match &s.kind {
            StmtKind::Print { .. } => Some("Print"),
            StmtKind::Call { callee, .. } => cx.builtin_of(callee).filter(|n| *n == "MsgBox"),
            _ => None,
        };
        if let Some(what) = what {
            out.push(
                Diagnostic::warning("W0801", format!("`{what}` in a scenario"), s.span)
                    .with_label("runs for every interval of an import")
                    .with_help("it slows imports and fills the log; remove it once the script is checked (`xbas run` shows the output while testing)"),
            );
        }
    };
    for p in &cx.module.procs {
        ast::for_each_stmt(&p.body, &mut each);
    }
}

/// W0803: `Result` is stored truncated (not declared Integer, Long or Byte) and is
/// assigned a product with a fractional constant, which floating point can land just
/// below a whole number (`0.29 * 100` is 28.999999999999996: 28 is stored, spec 1.1).
fn truncation(cx: &Cx, out: &mut Vec<Diagnostic>) {
    let ty = cx.b.globals.get(cx.b.result as usize).map(|g| g.ty);
    if matches!(
        ty,
        Some(TypeName::Integer | TypeName::Long | TypeName::Byte | TypeName::String)
    ) {
        return;
    }
    let mut each = |s: &Stmt| {
        let StmtKind::Assign { target, value } = &s.kind else {
            return;
        };
        if !target_name(target).is_some_and(|n| cx.host(n) == Some(Host::Result)) {
            return;
        }
        let Some((constant, at)) = fractional_literal(value, false) else {
            return;
        };
        out.push(
            Diagnostic::warning(
                "W0803",
                "`Result` is truncated when stored, and this product can land just below a whole number",
                value.span,
            )
            .with_label(format!("a product with {constant}"))
            .with_note(
                at,
                "`0.29 * 100` is 28.999999999999996 in floating point: 28 is stored, not 29",
            )
            .with_help("declare `Dim Result As Long` to round, or wrap the value in `Round(…)`")
            .with_fix(
                "wrap the value in `Round(…)`",
                vec![
                    (Span::new(value.span.start, value.span.start), "Round(".into()),
                    (Span::new(value.span.end, value.span.end), ")".into()),
                ],
            ),
        );
    };
    for p in &cx.module.procs {
        ast::for_each_stmt(&p.body, &mut each);
    }
}

/// The fractional constant (its value quoted, and where it is) among the factors of a
/// product, looking through parentheses, signs and sums: `Para1 * 100 * 1.2 + Para2` →
/// `1.2`. `in_product`: `e` is a factor.
fn fractional_literal(e: &Expr, in_product: bool) -> Option<(String, Span)> {
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Neg | UnOp::Plus, x) => {
            fractional_literal(x, in_product)
        }
        ExprKind::Binary(BinOp::Mul, a, b) => {
            fractional_literal(a, true).or_else(|| fractional_literal(b, true))
        }
        // A product inside a sum: `Para1 * 1.2 + Para2`.
        ExprKind::Binary(BinOp::Add | BinOp::Sub, a, b) => {
            fractional_literal(a, false).or_else(|| fractional_literal(b, false))
        }
        ExprKind::Literal(Literal::Number(n)) if in_product => {
            let v = number_value(n);
            (v.fract() != 0.0).then(|| (format!("`{v}`"), e.span))
        }
        _ => None,
    }
}

/// A number literal's value.
pub(crate) fn number_value(n: &ast::Number) -> f64 {
    match *n {
        ast::Number::Integer(v) => v.into(),
        ast::Number::Long(v) => v.into(),
        ast::Number::Single(v) => v.into(),
        ast::Number::Double(v) => v,
        ast::Number::Currency(v) => v as f64 / 10_000.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::SourceFile;

    fn codes(src: &str) -> Vec<&'static str> {
        let f = SourceFile::from_text("t.bas", src);
        crate::bind::check(&f)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn truncation_needs_a_fractional_factor_and_a_truncated_result() {
        let fires = "Sub Main()\n  Result = Para1 * 100 * 1.2\nEnd Sub\n";
        assert_eq!(codes(fires), vec!["W0803"]);
        let long = "Dim Result As Long\nSub Main()\n  Result = Para1 * 100 * 1.2\nEnd Sub\n";
        assert!(codes(long).is_empty());
        let whole = "Sub Main()\n  Result = Para1 * 100\nEnd Sub\n";
        assert!(codes(whole).is_empty());
        let sum = "Sub Main()\n  Result = Para1 + 0.5\nEnd Sub\n";
        assert!(codes(sum).is_empty());
        let in_sum = "Sub Main()\n  Result = Para2 - Para1 * 0.3\nEnd Sub\n";
        assert_eq!(codes(in_sum), vec!["W0803"]);
    }

    #[test]
    fn allow_comments_silence_one_code_on_their_line_or_the_line_above() {
        let same = "Sub Main()\n  Result = Para1 * 1.5 ' xbas:allow(W0803)\nEnd Sub\n";
        assert!(codes(same).is_empty());
        let above = "Sub Main()\n  ' xbas:allow(W0808, W0803)\n  Result = Para1 * 1.5\nEnd Sub\n";
        assert!(codes(above).is_empty());
        let other = "Sub Main()\n  Result = Para1 * 1.5 ' xbas:allow(W0802)\nEnd Sub\n";
        assert_eq!(codes(other), vec!["W0803"]);
        let in_string = "Sub Main()\n  Result = Para1 * 1.5: x = \"xbas:allow(W0803)\"\nEnd Sub\n";
        assert!(codes(in_string).contains(&"W0803"));
    }

    #[test]
    fn a_file_reports_at_most_a_hundred_warnings_of_a_code() {
        let body: String = (0..150)
            .map(|i| format!("  Result = Para1 / Para{}\n", i + 2))
            .collect();
        let f = SourceFile::from_text("t.bas", format!("Sub Main()\n{body}End Sub\n"));
        let d = crate::bind::check(&f).diagnostics;
        assert_eq!(d.len(), MAX_PER_CODE);
        assert!(
            d[MAX_PER_CODE - 1]
                .message
                .ends_with("(50 more W0802 in this file not shown)")
        );
        assert!(!d[0].message.contains("more"));
    }

    #[test]
    fn fixes_apply_once_and_skip_overlaps() {
        let src = "Sub Main()\n  Result = Para1 * 1.5\nEnd Sub\n";
        let f = SourceFile::from_text("t.bas", src);
        let d = crate::bind::check(&f).diagnostics;
        let (fixed, n) = apply_fixes(src, &d);
        assert_eq!(n, 1);
        assert_eq!(
            fixed,
            "Sub Main()\n  Result = Round(Para1 * 1.5)\nEnd Sub\n"
        );
        let twice: Vec<Diagnostic> = d.iter().chain(&d).cloned().collect();
        assert_eq!(apply_fixes(src, &twice), (fixed, 1));
    }
}
