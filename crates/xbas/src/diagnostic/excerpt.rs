//! What a rendered diagnostic shows of its source: the lines around its labels, each cut
//! to a window around the labels when it is long. Rendering then costs the lines it
//! shows, not the file (it copied the whole text per diagnostic), never quotes a
//! 10 MB line whole, and never hands `miette` a column past 65,535 (its underline width
//! is a formatting argument, and a larger one panicked). Line numbers stay those of the
//! file: lines not shown are empty in the excerpt.

use super::Span;
use crate::syntax::SourceFile;

/// The most characters of one line shown.
const WINDOW: usize = 120;
/// Characters shown before a label in a line that is cut.
const LEAD: usize = 40;
/// Shown where a line is cut.
const CUT: &str = "…";

/// One line of the source as it appears in the excerpt.
struct Shown {
    /// The line's bounds in the source.
    line: (usize, usize),
    /// The part shown, in the source.
    window: (usize, usize),
    /// Where the shown part starts in the excerpt.
    at: usize,
}

/// The excerpt of a source for one diagnostic: a [`miette::SourceCode`] whose positions
/// report the source's own lines and columns.
pub(super) struct Excerpt {
    name: String,
    text: String,
    /// The labels' spans, mapped into the excerpt (in the order given).
    pub spans: Vec<Span>,
    /// Per label start in the excerpt, its 0-based column in the source (characters).
    columns: Vec<(usize, usize)>,
}

/// `n` characters back from `at`, not before `floor`.
fn back(text: &str, at: usize, n: usize, floor: usize) -> usize {
    text[floor..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(floor, |(i, _)| floor + i)
}

/// `n` characters on from `at`, not past `ceil`.
fn on(text: &str, at: usize, n: usize, ceil: usize) -> usize {
    text[at..ceil]
        .char_indices()
        .nth(n)
        .map_or(ceil, |(i, _)| at + i)
}

impl Excerpt {
    pub fn new(source: &SourceFile, spans: &[Span]) -> Excerpt {
        let text = source.text.as_str();
        let clamp = |o: usize| {
            let mut o = o.min(text.len());
            while !text.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        let spans: Vec<Span> = spans
            .iter()
            .map(|s| Span::new(clamp(s.start), clamp(s.end.max(s.start))))
            .collect();
        // The lines shown: each label's first and last line, with one line around.
        let mut wanted: Vec<usize> = Vec::new();
        for s in &spans {
            for line in [source.line_col(s.start).0, source.line_col(s.end).0] {
                wanted.extend([line.saturating_sub(1).max(1), line, line + 1]);
            }
        }
        wanted.sort_unstable();
        wanted.dedup();
        let mut out = String::new();
        let mut shown: Vec<Shown> = Vec::new();
        let mut next = 1;
        for &line in &wanted {
            let Some((start, end)) = source.line_bounds(line) else {
                break;
            };
            for _ in next..line {
                out.push('\n');
            }
            next = line + 1;
            let window = if text[start..end].chars().nth(WINDOW).is_none() {
                (start, end)
            } else {
                // Around the first label that starts here (else ends here).
                let inside = |o: usize| (start..=end).contains(&o);
                let focus = spans
                    .iter()
                    .map(|s| s.start)
                    .filter(|o| inside(*o))
                    .min()
                    .or_else(|| spans.iter().map(|s| s.end).filter(|o| inside(*o)).min())
                    .unwrap_or(start);
                let from = back(text, focus, LEAD, start);
                (from, on(text, from, WINDOW, end))
            };
            if window.0 > start {
                out.push_str(CUT);
            }
            shown.push(Shown {
                line: (start, end),
                window,
                at: out.len(),
            });
            out.push_str(&text[window.0..window.1]);
            if window.1 < end {
                out.push_str(CUT);
            }
            out.push('\n');
        }
        // A source offset in the excerpt: within a shown line's window, else the nearest
        // end of it.
        let place = |o: usize| -> usize {
            let k = shown.partition_point(|s| s.line.0 <= o);
            let Some(s) = k.checked_sub(1).and_then(|k| shown.get(k)) else {
                return shown.first().map_or(0, |s| s.at);
            };
            let o = o.clamp(s.window.0, s.window.1);
            s.at + (o - s.window.0)
        };
        let mapped: Vec<Span> = spans
            .iter()
            .map(|s| {
                let start = place(s.start);
                Span::new(start, place(s.end).max(start))
            })
            .collect();
        let columns = spans
            .iter()
            .zip(&mapped)
            .map(|(s, m)| (m.start, source.line_col(s.start).1 - 1))
            .collect();
        Excerpt {
            name: source.name.clone(),
            text: out,
            spans: mapped,
            columns,
        }
    }
}

impl miette::SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self.text.as_str().read_span(span, before, after)?;
        let column = match self.columns.iter().find(|(at, _)| *at == span.offset()) {
            Some((_, column)) if before == 0 => *column,
            _ => inner.column(),
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::super::Diagnostic;
    use super::*;

    fn render(text: &str, span: Span, note: Option<Span>) -> String {
        let src = SourceFile::from_text("t.bas", text);
        let mut d = Diagnostic::error("E0200", "bad", span).with_label("here");
        if let Some(n) = note {
            d = d.with_note(n, "there");
        }
        d.render(&src, false)
    }

    #[test]
    fn shows_the_lines_around_the_labels_with_the_files_numbers() {
        let mut text = String::new();
        for i in 1..=5000 {
            text.push_str(&format!("line {i}\r\n"));
        }
        let at = |line: usize| text.find(&format!("line {line}\r")).unwrap();
        let out = render(
            &text,
            Span::new(at(4000), at(4000) + 4),
            Some(Span::new(at(2), at(2) + 4)),
        );
        assert!(out.contains("[t.bas:4000:1]"), "{out}");
        for shown in [
            "line 1",
            "line 2",
            "line 3",
            "line 3999",
            "line 4000",
            "line 4001",
        ] {
            assert!(out.contains(&format!("│ {shown}\n")), "{shown}: {out}");
        }
        assert!(!out.contains("line 2000"), "{out}");
        assert!(out.len() < 2_000, "{out}");
    }

    #[test]
    fn a_long_line_is_cut_around_the_label_and_keeps_its_column() {
        let text = format!(
            "x = \"{}é{}\" + * 1\n",
            "a".repeat(100_000),
            "b".repeat(500)
        );
        let at = text.find('*').unwrap();
        let out = render(&text, Span::new(at, at + 1), None);
        assert!(
            out.contains(&format!("[t.bas:1:{}]", 100_000 + 500 + 11)),
            "{out}"
        );
        assert!(out.contains("…bbbb"), "{out}");
        assert!(out.contains("+ * 1"), "{out}");
        assert!(out.len() < 1_000, "{out}");
    }

    /// Spans anywhere — past the end, inside a character, over many lines, in an empty
    /// text — render without panicking, the header giving the place `line_col` gives.
    #[test]
    fn any_span_renders() {
        let texts = [
            String::new(),
            "a".into(),
            "é\r\r\n\nx".into(),
            format!("{}\n{}", "y".repeat(300), "z".repeat(70_000)),
        ];
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |m: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % (m as u64 + 3)) as usize
        };
        for text in &texts {
            let src = SourceFile::from_text("t.bas", text.as_str());
            for _ in 0..300 {
                let a = next(text.len());
                let b = a + next(text.len());
                let n = (next(4) == 0).then(|| Span::new(next(text.len()), next(text.len())));
                let out = render(text, Span::new(a, b), n);
                let mut a = a.min(text.len());
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let (line, col) = src.line_col(a);
                assert!(
                    out.contains(&format!("[t.bas:{line}:{col}]")),
                    "{a} {b}: {out}"
                );
                assert!(out.len() < 3_000);
            }
        }
    }
}
