//! Source files as xbas reads them: bytes from Windows or Unix machines decoded to text
//! (UTF-8 with or without BOM, else Windows-1252), and the mapping from byte offsets to
//! 1-based line and character columns that every diagnostic uses.

use crate::diagnostic::{Diagnostic, Span};

/// The text encoding a file was read in; writers use it to keep files as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1252,
}

/// A decoded source file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics (usually the path as given).
    pub name: String,
    /// The decoded text, BOM removed.
    pub text: String,
    pub encoding: Encoding,
    /// Problems found while decoding (bytes that are no text); [`crate::syntax::parse`]
    /// reports them with the rest.
    pub decode_errors: Vec<Diagnostic>,
    lines: LineIndex,
}

/// The largest script xbas reads (a scenario is a few kilobytes; compiling takes about
/// a hundred bytes of memory per byte of source, so a 50 MB file took gigabytes).
pub const MAX_SOURCE: usize = 1 << 20;

/// What to say about a script or an input over [`MAX_SOURCE`].
pub fn too_large() -> String {
    format!(
        "larger than {} MB, the most xbas compiles (scenario scripts are a few kilobytes)",
        MAX_SOURCE >> 20
    )
}

/// The five byte values Windows-1252 leaves undefined.
const CP1252_UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

impl SourceFile {
    /// `text` as this file's bytes: in its encoding, with its BOM (for a file written
    /// back, as `xbas fmt` does; characters Windows-1252 lacks become `&#…;` there).
    pub fn encoded(&self, text: &str) -> Vec<u8> {
        match self.encoding {
            Encoding::Utf8 => text.as_bytes().to_vec(),
            Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
            Encoding::Windows1252 => encoding_rs::WINDOWS_1252.encode(text).0.into_owned(),
        }
    }

    /// The same file (name, encoding) holding `text` instead, as after an edit.
    pub fn with_text(&self, text: String) -> SourceFile {
        SourceFile {
            name: self.name.clone(),
            lines: LineIndex::new(&text),
            text,
            encoding: self.encoding,
            decode_errors: Vec::new(),
        }
    }

    /// A source from text already in memory (UTF-8).
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let text = match text.strip_prefix('\u{FEFF}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        let lines = LineIndex::new(&text);
        SourceFile {
            name: name.into(),
            text,
            encoding: Encoding::Utf8,
            decode_errors: Vec::new(),
            lines,
        }
    }

    /// Decodes raw file bytes: UTF-8 (BOM optional), else Windows-1252. A byte that is
    /// neither (one of the five undefined in Windows-1252) gives a diagnostic, kept in
    /// [`SourceFile::decode_errors`]; the text holds U+FFFD in its place.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> SourceFile {
        let name = name.into();
        if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            if let Ok(text) = std::str::from_utf8(rest) {
                let mut f = SourceFile::from_text(name, text);
                f.encoding = Encoding::Utf8Bom;
                return f;
            }
        } else if let Ok(text) = std::str::from_utf8(bytes) {
            return SourceFile::from_text(name, text);
        }
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
        let mut bad = Vec::new();
        for &b in bytes {
            if CP1252_UNDEFINED.contains(&b) {
                bad.push((text.len(), b));
                text.push('\u{FFFD}');
            } else {
                let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(std::slice::from_ref(&b));
                text.push_str(&cow);
            }
        }
        let mut f = SourceFile::from_text(name, text);
        f.encoding = Encoding::Windows1252;
        f.decode_errors = bad
            .into_iter()
            .take(10)
            .map(|(at, b)| {
                Diagnostic::error(
                    "E0001",
                    format!("byte 0x{b:02X} is neither UTF-8 nor Windows-1252 text"),
                    Span::new(at, at + '\u{FFFD}'.len_utf8()),
                )
                .with_label("not a character")
                .with_help("save the file as UTF-8 or Windows-1252 (ANSI)")
            })
            .collect();
        f
    }

    /// Reads and decodes a file from disk; a file larger than [`MAX_SOURCE`] is an error
    /// (after reading at most that much).
    pub fn read(path: &std::path::Path) -> std::io::Result<SourceFile> {
        SourceFile::read_from(path.display().to_string(), open_regular(path)?)
    }

    /// Reads and decodes a script from any reader (standard input, say), named `name` in
    /// diagnostics; more than [`MAX_SOURCE`] bytes is an error, as for a file.
    pub fn read_from(
        name: impl Into<String>,
        reader: impl std::io::Read,
    ) -> std::io::Result<SourceFile> {
        use std::io::Read;
        let mut bytes = Vec::new();
        reader.take(MAX_SOURCE as u64 + 1).read_to_end(&mut bytes)?;
        if bytes.len() > MAX_SOURCE {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                too_large(),
            ));
        }
        Ok(SourceFile::from_bytes(name, &bytes))
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// The 1-based line of a byte offset (without working out the column).
    pub fn line_of(&self, offset: usize) -> usize {
        match self
            .lines
            .starts
            .binary_search(&offset.min(self.text.len()))
        {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The text of 1-based line `line`, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        self.lines.line_text(&self.text, line)
    }

    /// Where 1-based line `line` starts and ends (before its line end), as byte offsets.
    pub fn line_bounds(&self, line: usize) -> Option<(usize, usize)> {
        self.lines.bounds(&self.text, line)
    }
}

/// Start offsets of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let col = text[start..end].chars().count() + 1;
        (line + 1, col)
    }

    /// Where 1-based line `line` of `text` starts and ends (before its line end).
    pub fn bounds(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        Some((start, start + self.line_text(text, line).len()))
    }

    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// Opens a file to read, refusing — before opening it — what is no regular file: a
/// folder, a FIFO (opening it would wait for a writer forever), a device such as
/// `/dev/zero` (it never ends). Symbolic links are followed.
pub fn open_regular(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            special(&meta)
        };
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("not a regular file ({what})"),
        ));
    }
    std::fs::File::open(path)
}

#[cfg(unix)]
fn special(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special(_: &std::fs::Metadata) -> &'static str {
    "a device or special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_stripped() {
        let f = SourceFile::from_bytes("a", b"\xEF\xBB\xBFDim x\r\n");
        assert!(f.decode_errors.is_empty());
        assert_eq!(f.text, "Dim x\r\n");
        assert_eq!(f.encoding, Encoding::Utf8Bom);
    }

    #[test]
    fn windows_1252_fallback_decodes_umlauts() {
        let f = SourceFile::from_bytes("a", b"' Gr\xF6\xDFe \x80\r\n");
        assert!(f.decode_errors.is_empty());
        assert_eq!(f.text, "' Gr\u{f6}\u{df}e \u{20ac}\r\n");
        assert_eq!(f.encoding, Encoding::Windows1252);
    }

    #[test]
    fn undefined_byte_gives_diagnostic_not_panic() {
        let f = SourceFile::from_bytes("a", b"x = 1 \x81\n");
        let d = &f.decode_errors;
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("0x81"));
        assert!(f.text.contains('\u{FFFD}'));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = SourceFile::from_text("a", "' äöü\r\nx = \"é\" + y\n");
        let y = f.text.find('y').unwrap();
        assert_eq!(f.line_col(y), (2, 11));
        assert_eq!(f.line_text(1), "' äöü");
        assert_eq!(f.line_col(0), (1, 1));
    }

    #[test]
    fn lone_cr_counts_as_line_end() {
        let f = SourceFile::from_text("a", "a\rb\r\nc");
        assert_eq!(f.line_col(2), (2, 1));
        assert_eq!(f.line_col(5), (3, 1));
    }
}
