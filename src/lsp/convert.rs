//! Between the language server's coordinates and the library's: LSP positions are a line
//! and a UTF-16 column, the library's byte offsets; document URIs are `file:` URLs,
//! scripts and `acd_map.ini` paths.

use lsp_types::{Position, Range, Uri};
use std::path::PathBuf;
use xbas::diagnostic::Span;
use xbas::syntax::SourceFile;
use xbas::syntax::source::LineIndex;

/// The LSP position of byte `offset`.
pub fn position(src: &SourceFile, offset: usize) -> Position {
    let offset = offset.min(src.text.len());
    let (line, _) = src.line_col(offset);
    let (start, _) = src.line_bounds(line).unwrap_or((0, 0));
    let mut end = offset.max(start);
    while !src.text.is_char_boundary(end) {
        end -= 1;
    }
    let character: usize = src.text[start..end].chars().map(char::len_utf16).sum();
    Position::new(line as u32 - 1, character as u32)
}

pub fn range(src: &SourceFile, span: Span) -> Range {
    Range::new(position(src, span.start), position(src, span.end))
}

/// The positions of many offsets, worked out in one pass over the text (converting each
/// on its own counts its line's characters again: quadratic on a long line).
pub struct Positions {
    /// (offset, position), sorted by offset.
    known: Vec<(usize, Position)>,
}

impl Positions {
    pub fn new(src: &SourceFile, offsets: impl IntoIterator<Item = usize>) -> Positions {
        let mut offsets: Vec<usize> = offsets.into_iter().map(|o| o.min(src.text.len())).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut known = Vec::with_capacity(offsets.len());
        let (mut at, mut line, mut line_end, mut col) = (0usize, 0usize, 0usize, 0usize);
        for o in offsets {
            if known.is_empty() || o >= line_end {
                // A new line: start counting from its beginning.
                line = src.line_of(o);
                let (start, _) = src.line_bounds(line).unwrap_or((o, o));
                (at, col) = (start, 0);
                // Where the next line starts (the line break belongs to this one).
                line_end = src
                    .line_bounds(line + 1)
                    .map_or(src.text.len() + 1, |b| b.0);
            }
            let mut o2 = o.max(at);
            while !src.text.is_char_boundary(o2) {
                o2 -= 1;
            }
            col += src.text[at..o2].chars().map(char::len_utf16).sum::<usize>();
            at = o2;
            known.push((o, Position::new(line as u32 - 1, col as u32)));
        }
        Positions { known }
    }

    pub fn get(&self, offset: usize) -> Position {
        match self.known.binary_search_by_key(&offset, |(o, _)| *o) {
            Ok(i) => self.known[i].1,
            Err(i) => self
                .known
                .get(i.saturating_sub(1))
                .map_or(Position::new(0, 0), |k| k.1),
        }
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.get(span.start), self.get(span.end))
    }
}

/// The byte offset of an LSP position (clamped to the line, and to the text).
pub fn offset(src: &SourceFile, pos: Position) -> usize {
    offset_in(&src.text, src.line_bounds(pos.line as usize + 1), pos)
}

/// The byte span of an LSP range in `text` (for edits to a document).
pub fn span_in(text: &str, range: Range) -> Span {
    let lines = LineIndex::new(text);
    let at = |p: Position| offset_in(text, lines.bounds(text, p.line as usize + 1), p);
    Span::new(at(range.start), at(range.end))
}

/// The offset of `pos` on the line whose bounds are `line` (None: past the last line).
fn offset_in(text: &str, line: Option<(usize, usize)>, pos: Position) -> usize {
    let Some((start, end)) = line else {
        return text.len();
    };
    let mut units = 0usize;
    for (i, c) in text[start..end].char_indices() {
        if units >= pos.character as usize {
            return start + i;
        }
        units += c.len_utf16();
    }
    end
}

/// The file a `file:` URI names (percent-escapes decoded; `/C:/…` is `C:/…` on Windows).
pub fn path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s.strip_prefix("file://")?;
    // `file://host/path`: only the local host (empty or `localhost`).
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let decoded = String::from_utf8(out).ok()?;
    let windows_drive = decoded.len() > 2
        && decoded.starts_with('/')
        && decoded.as_bytes()[1].is_ascii_alphabetic()
        && decoded.as_bytes()[2] == b':';
    if cfg!(windows) && windows_drive {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units() {
        let src = SourceFile::from_text("t.bas", "a = 1\r\n' é😀 x\nb");
        let x = src.text.find('x').unwrap_or(0);
        let p = position(&src, x);
        assert_eq!((p.line, p.character), (1, 6));
        assert_eq!(offset(&src, p), x);
        assert_eq!(offset(&src, Position::new(2, 0)), src.text.len() - 1);
        // Past the end of a line: its end; past the last line: the text's end.
        assert_eq!(offset(&src, Position::new(0, 99)), 5);
        assert_eq!(offset(&src, Position::new(9, 0)), src.text.len());
        // The one-pass conversion agrees with the one at a time, at every offset.
        let all: Vec<usize> = (0..=src.text.len())
            .filter(|&o| src.text.is_char_boundary(o))
            .collect();
        let batch = Positions::new(&src, all.iter().copied());
        for o in all {
            assert_eq!(batch.get(o), position(&src, o), "at {o}");
        }
    }

    #[test]
    fn file_uris_become_paths() {
        let uri: Uri = "file:///tmp/my%20scripts/%241.BAS".parse().unwrap();
        assert_eq!(path(&uri), Some(PathBuf::from("/tmp/my scripts/$1.BAS")));
        let other: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(path(&other), None);
    }
}
