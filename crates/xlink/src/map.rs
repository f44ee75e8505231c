//! `acd_map.ini`: an ordered model of its lines that writes back exactly the
//! bytes it read when nothing changed — same encoding (UTF-8, UTF-8 with BOM, or
//! Windows-1252), same line endings. Generic INI readers cannot read this file: keys repeat
//! and `:` appears on both sides of `=`.

use xbas::syntax::source::{Encoding, SourceFile};

/// The WFM side of a mapping: `DbName:ParentQueueId:QueueId:ValueTypeId`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    pub db: String,
    pub parent: i64,
    pub queue: i64,
    pub value_type: i64,
}

impl Target {
    /// What orders targets in the output table's primary key (db, queue_id,
    /// value_type_id): the db name's bytes (SQLite's `BINARY`), then the ids as numbers.
    pub fn key(&self) -> (&[u8], i64, i64) {
        (self.db.as_bytes(), self.queue, self.value_type)
    }

    /// Parses the text left of `=`. The three ids are the last three `:` parts, so the
    /// DbName may contain spaces (and even colons).
    pub fn parse(text: &str) -> Result<Target, String> {
        let t = text.trim();
        let mut parts = t.rsplitn(4, ':');
        let (Some(vt), Some(q), Some(p), Some(db)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(format!(
                "`{t}` is not DbName:ParentQueueId:QueueId:ValueTypeId"
            ));
        };
        let id = |s: &str, what: &str| -> Result<i64, String> {
            s.trim()
                .parse::<i64>()
                .map_err(|_| format!("{what} `{}` is not a whole number", s.trim()))
        };
        let db = db.trim();
        if db.is_empty() {
            return Err("the DbName before the first `:` is empty".into());
        }
        if db.contains('\0') {
            // Invisible where the map is shown, yet a different DbName.
            return Err("the DbName contains a NUL byte".into());
        }
        Ok(Target {
            db: db.to_string(),
            parent: id(p, "the parent queue id")?,
            queue: id(q, "the queue id")?,
            value_type: id(vt, "the value type id")?,
        })
    }

    /// Queue and value type: what one mapping is about, whatever its parent.
    pub fn queue_key(&self) -> (String, i64, i64) {
        (self.db.to_lowercase(), self.queue, self.value_type)
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}:{}",
            self.db, self.parent, self.queue, self.value_type
        )
    }
}

/// What a line is.
#[derive(Debug, Clone, PartialEq)]
pub enum LineKind {
    Blank,
    /// `;` or `#` comment.
    Comment,
    /// `[Section]`.
    Section,
    /// `target=source path`.
    Source {
        target: Target,
        path: String,
    },
    /// `target=$1.BAS`.
    Script {
        target: Target,
        file: String,
    },
    /// Anything else: the reason it is not a mapping line.
    Bad(String),
}

/// One line: its text (without line end), its line end, and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    /// `"\r\n"`, `"\n"`, `"\r"` or `""` (last line without one).
    pub end: &'static str,
    pub kind: LineKind,
}

/// The file, line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct AcdMap {
    pub lines: Vec<Line>,
    pub encoding: Encoding,
    /// The bytes of each line as read, with the text it was read as: an unchanged line
    /// is written back as these bytes, so bytes no encoding can represent (the five
    /// undefined in Windows-1252, a BOM in front of Windows-1252 text) survive a fix.
    raw: Vec<(Vec<u8>, String)>,
    /// Bytes before the first line that the text does not show (a BOM on a file that is
    /// not UTF-8 after all).
    prefix: Vec<u8>,
}

/// Splits bytes into line bodies the way [`AcdMap::from_text`] splits text (CR LF, CR or
/// LF end a line; no empty last line).
fn split_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        match rest.iter().position(|b| *b == b'\r' || *b == b'\n') {
            None => {
                out.push(rest);
                rest = &[];
            }
            Some(i) => {
                out.push(&rest[..i]);
                let skip = if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                rest = &rest[i + skip..];
            }
        }
    }
    out
}

/// The text of bytes that are not UTF-8 as a whole, decoded line by line (UTF-8 where a
/// line is, else Windows-1252), line ends kept; a BOM in front is dropped as
/// [`SourceFile::from_bytes`] drops it.
fn per_line(bytes: &[u8]) -> String {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let mut text = String::with_capacity(body.len() + body.len() / 8);
    let mut rest = body;
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|b| *b == b'\r' || *b == b'\n')
            .unwrap_or(rest.len());
        text.push_str(&SourceFile::from_bytes("acd_map.ini", &rest[..end]).text);
        let breaks = rest[end..]
            .iter()
            .take_while(|b| **b == b'\r' || **b == b'\n')
            .count();
        // Line ends are ASCII: kept as they are.
        text.extend(rest[end..end + breaks].iter().map(|b| *b as char));
        rest = &rest[end + breaks..];
    }
    text
}

/// What to say about a map without mappings (`import` and `map check` both refuse one).
pub const NO_MAPPINGS: &str =
    "no mappings (the file is empty or holds only comments and blank lines)";

/// A mapping: all lines with one target, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    pub target: Target,
    /// (line index, source path): Para1..N in order.
    pub sources: Vec<(usize, String)>,
    /// (line index, script file name).
    pub scripts: Vec<(usize, String)>,
    /// Index of the first line of this target.
    pub first_line: usize,
}

/// Classifies the text of one line.
pub fn classify(text: &str) -> LineKind {
    let t = text.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    if t.starts_with(';') || t.starts_with('#') {
        return LineKind::Comment;
    }
    if t.starts_with('[') && t.ends_with(']') {
        return LineKind::Section;
    }
    let Some((left, right)) = t.split_once('=') else {
        return LineKind::Bad("a mapping line is target=value, and this line has no `=`".into());
    };
    let target = match Target::parse(left) {
        Ok(t) => t,
        Err(e) => return LineKind::Bad(e),
    };
    let value = right.trim();
    if value.is_empty() {
        return LineKind::Bad("nothing after `=`".into());
    }
    if value.to_ascii_lowercase().ends_with(".bas") {
        return LineKind::Script {
            target,
            file: value.to_string(),
        };
    }
    if value.split(':').filter(|p| !p.trim().is_empty()).count() < 2 {
        return LineKind::Bad(format!(
            "`{value}` is neither a script (…​.BAS) nor a source path (System:…:KeyFigure)"
        ));
    }
    LineKind::Source {
        target,
        path: value.to_string(),
    }
}

impl AcdMap {
    /// Reads a map from bytes (UTF-8 with or without BOM, else Windows-1252).
    /// A file that is not UTF-8 as a whole is decoded line by line: a line that is UTF-8
    /// is read as UTF-8 (a map edited in two editors mixes them), any other as
    /// Windows-1252; each line's bytes are kept for the round trip.
    pub fn from_bytes(bytes: &[u8]) -> AcdMap {
        let src = SourceFile::from_bytes("acd_map.ini", bytes);
        let mut map = if src.encoding == Encoding::Windows1252 {
            AcdMap::from_text(&per_line(bytes), src.encoding)
        } else {
            AcdMap::from_text(&src.text, src.encoding)
        };
        const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
        let mut body = bytes.strip_prefix(BOM).unwrap_or(bytes);
        if src.encoding == Encoding::Windows1252 && body.len() < bytes.len() {
            map.prefix = BOM.to_vec();
        }
        // Decoding UTF-8 drops one more BOM right after the first.
        if src.encoding == Encoding::Utf8Bom && body.starts_with(BOM) {
            map.prefix = BOM.to_vec();
            body = &body[BOM.len()..];
        }
        let raw = split_lines(body);
        if raw.len() == map.lines.len() {
            map.raw = raw
                .into_iter()
                .zip(&map.lines)
                .map(|(b, l)| (b.to_vec(), l.text.clone()))
                .collect();
        }
        map
    }

    pub fn from_text(text: &str, encoding: Encoding) -> AcdMap {
        let mut lines = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let (body, end, next) = match rest.find(['\r', '\n']) {
                None => (rest, "", ""),
                Some(i) => {
                    let b = rest.as_bytes();
                    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                        (&rest[..i], "\r\n", &rest[i + 2..])
                    } else if b[i] == b'\r' {
                        (&rest[..i], "\r", &rest[i + 1..])
                    } else {
                        (&rest[..i], "\n", &rest[i + 1..])
                    }
                }
            };
            lines.push(Line {
                text: body.to_string(),
                end,
                kind: classify(body),
            });
            rest = next;
        }
        AcdMap {
            lines,
            encoding,
            raw: Vec::new(),
            prefix: Vec::new(),
        }
    }

    pub fn read(path: &std::path::Path) -> std::io::Result<AcdMap> {
        use std::io::Read;
        let mut bytes = Vec::new();
        xbas::syntax::source::open_regular(path)?.read_to_end(&mut bytes)?;
        Ok(AcdMap::from_bytes(&bytes))
    }

    /// The file's text as it would be written.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for l in &self.lines {
            s.push_str(&l.text);
            s.push_str(l.end);
        }
        s
    }

    /// The bytes to write, in the file's own encoding; unchanged lines as they were read.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = self.prefix.clone();
        if self.encoding == Encoding::Utf8Bom {
            b.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
        }
        for (i, l) in self.lines.iter().enumerate() {
            match self.raw.get(i) {
                Some((bytes, text)) if *text == l.text => b.extend_from_slice(bytes),
                _ => match self.encoding {
                    Encoding::Windows1252 => {
                        b.extend_from_slice(&encoding_rs::WINDOWS_1252.encode(&l.text).0)
                    }
                    _ => b.extend_from_slice(l.text.as_bytes()),
                },
            }
            b.extend_from_slice(l.end.as_bytes());
        }
        b
    }

    /// The line end most lines use (for appended lines).
    pub fn line_end(&self) -> &'static str {
        let crlf = self.lines.iter().filter(|l| l.end == "\r\n").count();
        let lf = self.lines.iter().filter(|l| l.end == "\n").count();
        if crlf >= lf && crlf > 0 {
            "\r\n"
        } else if lf > 0 {
            "\n"
        } else {
            "\r\n"
        }
    }

    /// Appends a line; the previous last line gets a line end if it had none.
    pub fn push_line(&mut self, text: String) {
        let end = self.line_end();
        if let Some(last) = self.lines.last_mut() {
            if last.end.is_empty() {
                last.end = end;
            }
        }
        let kind = classify(&text);
        self.lines.push(Line { text, end, kind });
    }

    /// The mappings, in order of first appearance.
    pub fn mappings(&self) -> Vec<Mapping> {
        let mut out: Vec<Mapping> = Vec::new();
        let mut index: std::collections::HashMap<Target, usize> = std::collections::HashMap::new();
        for (i, l) in self.lines.iter().enumerate() {
            let (target, source, script) = match &l.kind {
                LineKind::Source { target, path } => (target, Some(path), None),
                LineKind::Script { target, file } => (target, None, Some(file)),
                _ => continue,
            };
            let k = *index.entry(target.clone()).or_insert_with(|| {
                out.push(Mapping {
                    target: target.clone(),
                    sources: Vec::new(),
                    scripts: Vec::new(),
                    first_line: i,
                });
                out.len() - 1
            });
            if let Some(p) = source {
                out[k].sources.push((i, p.clone()));
            }
            if let Some(f) = script {
                out[k].scripts.push((i, f.clone()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "iWFM R4 Hamburg:1:1002:1003=InvisionAcd1:Service 1:Calls\r\niWFM R4 Hamburg:1:1002:1003=InvisionAcd2:Service 2:Calls\r\niWFM R4 Hamburg:1:1002:1003=$1.BAS\r\nR4-System:0:1108:1023=Avaya CMS:1:Split:Test:Holdtime\r\nR4-System:0:1108:1023=$522.BAS\r\n";

    #[test]
    fn targets_with_spaces_in_the_db_name() {
        let t = Target::parse("iWFM R4 Hamburg:1:1002:1003").unwrap();
        assert_eq!(
            (t.db.as_str(), t.parent, t.queue, t.value_type),
            ("iWFM R4 Hamburg", 1, 1002, 1003)
        );
        assert!(Target::parse("R4:x:1:2").is_err());
        assert!(Target::parse("1:2:3").is_err());
        assert!(Target::parse(":1:2:3").is_err());
    }

    #[test]
    fn mappings_group_lines_by_target_in_order() {
        let m = AcdMap::from_text(SAMPLE, Encoding::Utf8);
        let maps = m.mappings();
        assert_eq!(maps.len(), 2);
        assert_eq!(maps[0].sources.len(), 2);
        assert_eq!(maps[0].scripts, vec![(2, "$1.BAS".to_string())]);
        assert_eq!(maps[1].sources[0].1, "Avaya CMS:1:Split:Test:Holdtime");
    }

    #[test]
    fn round_trip_is_byte_identical() {
        let cases: Vec<Vec<u8>> = vec![
            SAMPLE.as_bytes().to_vec(),
            b"; comment\n\n[Mapping]\nDB:1:2:3=A:B\nDB:1:2:3=$1.bas".to_vec(),
            b"\xEF\xBB\xBFDB:1:2:3=A:B\r\n".to_vec(),
            // Windows-1252: umlauts in the queue and system names.
            b"Gro\xDFkunden M\xFCnchen:1:2:3=ACD S\xFCd:Warteschlange:Anrufe\r\nGro\xDFkunden M\xFCnchen:1:2:3=$2.BAS\r\n".to_vec(),
            b"mixed\rline\nends\r\n".to_vec(),
            Vec::new(),
        ];
        for bytes in cases {
            let m = AcdMap::from_bytes(&bytes);
            assert_eq!(m.to_bytes(), bytes, "{:?}", String::from_utf8_lossy(&bytes));
        }
        let m = AcdMap::from_bytes(b"Gro\xDFkunden:1:2:3=ACD S\xFCd:Q:Calls\r\n");
        assert_eq!(m.encoding, Encoding::Windows1252);
        assert_eq!(m.mappings()[0].target.db, "Großkunden");
    }

    /// Issue 18, finding 9: a map mixing UTF-8 and Windows-1252 lines was read entirely as
    /// Windows-1252, so the UTF-8 line's `Zürich` became `ZÃ¼rich` and matched no history
    /// source. Each line is decoded as what it is, and the bytes survive a round trip.
    #[test]
    fn mixed_encodings_are_decoded_line_by_line() {
        let mut bytes = b"DB:0:1:2=ACD:M\xFCnchen:Calls\r\n".to_vec();
        bytes.extend_from_slice("DB:0:1:2=ACD:Zürich:Calls\r\n\r\nDB:0:1:2=$1.BAS".as_bytes());
        let m = AcdMap::from_bytes(&bytes);
        assert_eq!(m.encoding, Encoding::Windows1252);
        let mappings = m.mappings();
        let sources: Vec<&str> = mappings[0]
            .sources
            .iter()
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(sources, ["ACD:München:Calls", "ACD:Zürich:Calls"]);
        assert_eq!(m.to_bytes(), bytes);
        assert_eq!(m.lines.len(), 4);
        assert_eq!(m.lines[2].text, "");
    }

    #[test]
    fn bad_lines() {
        assert!(matches!(classify("no equals sign"), LineKind::Bad(_)));
        assert!(matches!(classify("DB:1:x:3=A:B"), LineKind::Bad(_)));
        assert!(matches!(classify("DB:1:2:3="), LineKind::Bad(_)));
        assert!(matches!(classify("=A:B"), LineKind::Bad(_)));
        assert!(matches!(classify("DB:1:2:3=JustOnePart"), LineKind::Bad(_)));
        assert!(matches!(classify("  ; note"), LineKind::Comment));
        assert!(matches!(classify("[Mapping]"), LineKind::Section));
    }
}
