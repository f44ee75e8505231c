//! Reading history CSV fast: the file streams through in blocks of whole
//! records ([`super::split`]); each block is cut into parts that are parsed on the rayon
//! threads while the next block is read, and the parts are merged into the [`History`]
//! in file order, so the result is exactly that of reading record by record. Every
//! problem names the file, line and column; the first problem in the file is reported.

use super::history::{History, HistoryError, Minute, Window, parse_start, parse_value};
use super::split::{cut, last_record_end};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// How a file is cut up: bytes per block, parts per block, and the fewest bytes worth a
/// part of their own (a small file is parsed on the calling thread).
#[derive(Debug, Clone, Copy)]
pub struct Split {
    pub block: usize,
    pub parts: usize,
    pub min_part: usize,
}

impl Default for Split {
    fn default() -> Split {
        Split {
            block: 8 << 20,
            parts: rayon::current_num_threads().max(1) * 2,
            min_part: 64 << 10,
        }
    }
}

/// Reads one history file into `h` (call [`History::finish`] after the last file),
/// streaming it from disk; `progress` receives the bytes read as they go.
pub fn read_file(
    path: &Path,
    window: Window,
    h: &mut History,
    progress: &mut dyn FnMut(u64),
) -> Result<(), HistoryError> {
    let name = path.display().to_string();
    let file = xbas::syntax::source::open_regular(path)
        .map_err(|e| HistoryError::new(&name, 0, 0, e.to_string()))?;
    read_from(&name, file, window, h, progress, Split::default())
}

/// Reads history from bytes (`name` is used in messages).
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    window: Window,
    h: &mut History,
) -> Result<(), HistoryError> {
    read_from(name, bytes, window, h, &mut |_| {}, Split::default())
}

/// The shape of a file, from its header.
struct Layout<'a> {
    name: &'a str,
    /// `source,start,value` (else `start,<source>,…`).
    long: bool,
    /// The header's names, trimmed.
    cols: Vec<String>,
    window: Window,
}

impl Layout<'_> {
    fn err(&self, line: u64, column: usize, message: String) -> HistoryError {
        HistoryError::new(self.name, line, column, message)
    }
}

/// Reads `want` more bytes (fewer at the end of the input) onto `buf`; true at the end.
pub(crate) fn fill(
    reader: &mut impl Read,
    buf: &mut Vec<u8>,
    want: usize,
) -> std::io::Result<bool> {
    let n = reader.by_ref().take(want as u64).read_to_end(buf)?;
    Ok(n < want)
}

/// The longest header read before giving up.
const MAX_HEADER: usize = 1 << 20;

/// The longest data record read before giving up (the longest header and then some: a
/// wide form's record is about as long as its header).
const MAX_RECORD: usize = 16 << 20;

/// Where the first record would end, quotes respected (a quote left open runs to the
/// end of `buf`).
fn header_len(buf: &[u8]) -> usize {
    let mut quoted = false;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => return i,
            _ => {}
        }
    }
    buf.len()
}

/// Reads history from any reader (`name` is used in messages), cut up as `split` says.
pub fn read_from(
    name: &str,
    reader: impl Read + Send,
    window: Window,
    h: &mut History,
    progress: &mut dyn FnMut(u64),
    split: Split,
) -> Result<(), HistoryError> {
    let io = |e: std::io::Error| HistoryError::new(name, 0, 0, e.to_string());
    let mut reader = super::linebreaks::LoneCr::new(reader);
    let block = split.block.max(64);
    let mut buf = Vec::new();
    let mut eof = fill(&mut reader, &mut buf, block).map_err(io)?;
    let mut skip = if buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    // The header: the first record, read to its end, but no further than MAX_HEADER
    // (an unclosed quote or a file without line ends would be read whole).
    let too_long = || {
        HistoryError::new(
            name,
            1,
            0,
            format!(
                "the header (the first line) is longer than {} MB: an unclosed quote, or no line ends?",
                MAX_HEADER >> 20
            ),
        )
    };
    let (layout, header_end) = loop {
        if buf.len() - skip > MAX_HEADER && header_len(&buf[skip..]) > MAX_HEADER {
            return Err(too_long());
        }
        match header(name, &buf[skip..], window, eof)? {
            Some(found) => break found,
            None if buf.len() - skip > MAX_HEADER => {
                return Err(too_long());
            }
            None => {
                let more = buf.len().max(block).min(MAX_HEADER + 1);
                eof = fill(&mut reader, &mut buf, more).map_err(io)?;
            }
        }
    };
    skip += header_end;
    let mut line = 1 + memchr::memchr_iter(b'\n', &buf[..skip]).count() as u64;
    let mut rows = 0u64;
    let mut spare = Vec::with_capacity(block + (64 << 10));
    // One parser per part, kept from block to block with its sources and buffers.
    let mut pool: Vec<PartParser> = (0..split.parts.max(1))
        .map(|_| PartParser::new(&layout))
        .collect();
    progress(skip as u64);
    loop {
        let rest = &buf[skip..];
        let end = if eof {
            rest.len()
        } else {
            match last_record_end(rest) {
                Some(e) => e,
                None if rest.len() > MAX_RECORD => {
                    return Err(layout.err(
                        line,
                        0,
                        format!(
                            "a record longer than {} MB starts here: an unclosed quote, or no line ends?",
                            MAX_RECORD >> 20
                        ),
                    ));
                }
                None => {
                    // One record longer than a block: read on until it ends.
                    let more = buf.len().max(block);
                    eof = fill(&mut reader, &mut buf, more).map_err(io)?;
                    continue;
                }
            }
        };
        let whole = &rest[..end];
        let parts = split.parts.min(whole.len() / split.min_part.max(1)).max(1);
        let bounds = cut(whole, parts);
        let tail = &rest[end..];
        let (parsed, next) = if eof && parts == 1 {
            (vec![parse_part(&mut pool[0], whole)], Ok(true))
        } else {
            // The next block is read (after the unparsed end of this one) into the spare
            // buffer while this one is parsed.
            spare.clear();
            spare.extend_from_slice(tail);
            let next = &mut spare;
            rayon::join(
                || {
                    use rayon::prelude::*;
                    pool[..bounds.len() - 1]
                        .par_iter_mut()
                        .zip(bounds.par_windows(2))
                        .map(|(p, w)| parse_part(p, &whole[w[0]..w[1]]))
                        .collect::<Vec<_>>()
                },
                || {
                    if eof {
                        Ok(true)
                    } else {
                        fill(&mut reader, next, block)
                    }
                },
            )
        };
        let used = parsed.len();
        for (k, parsed) in parsed.into_iter().enumerate() {
            parsed.map_err(|(at, column, message)| {
                let bytes = &whole[bounds[k]..bounds[k + 1]];
                layout.err(line + line_at(bytes, at) - 1, column, message)
            })?;
            let part = &pool[k].part;
            rows += part.rows;
            h.outside += part.outside;
            line += part.lines;
        }
        let added = merge(&layout, h, &pool[..used]);
        let file_end = eof && end == rest.len();
        h.added(added, file_end).map_err(|e| {
            HistoryError::new(
                name,
                0,
                0,
                format!("cannot write the history's spill file: {e}"),
            )
        })?;
        progress(end as u64);
        if file_end {
            break;
        }
        std::mem::swap(&mut buf, &mut spare);
        skip = 0;
        eof = next.map_err(io)?;
    }
    if rows == 0 {
        return Err(layout.err(
            1,
            0,
            "the file has a header but no rows (an empty export?)".into(),
        ));
    }
    Ok(())
}

/// The layout and the end of the header record, or None when `bytes` may hold only a
/// part of it.
fn header<'a>(
    name: &'a str,
    bytes: &[u8],
    window: Window,
    eof: bool,
) -> Result<Option<(Layout<'a>, usize)>, HistoryError> {
    let err = |line, column, message| HistoryError::new(name, line, column, message);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    // Bytes first: a block may end inside a character of a header that goes on.
    let mut rec = csv::ByteRecord::new();
    let found = rdr
        .read_byte_record(&mut rec)
        .map_err(|e| err(1, 0, format!("cannot read the header: {e}")))?;
    // After a CRLF the position is at its `\n`: the header ends after the line breaks.
    let end = past_line_breaks(bytes, rdr.position().byte() as usize);
    if !eof && (end >= bytes.len() || bytes[..end].last() != Some(&b'\n')) {
        return Ok(None);
    }
    let mut cols = Vec::with_capacity(rec.len());
    for (i, c) in rec.iter().enumerate() {
        let c = std::str::from_utf8(c).map_err(|_| {
            err(
                1,
                i + 1,
                format!("the header's name `{}` is not UTF-8 text", text(c)),
            )
        })?;
        cols.push(c.trim().to_string());
    }
    if !found || cols.iter().all(String::is_empty) {
        return Err(err(
            1,
            0,
            "the file is empty: a header row is required (source,start,value or start,<source>,…)"
                .into(),
        ));
    }
    let lower: Vec<String> = cols.iter().map(|c| c.to_lowercase()).collect();
    let long = lower == ["source", "start", "value"];
    let wide = lower.first().is_some_and(|c| c == "start") && !long && cols.len() >= 2;
    if !long && !wide {
        return Err(err(
            1,
            0,
            format!(
                "unknown header `{}`: expected `source,start,value` (long form) or `start,<source>,…` (wide form)",
                text(cols.join(",").as_bytes())
            ),
        ));
    }
    if wide {
        let mut seen = HashMap::new();
        for (i, c) in cols.iter().enumerate().skip(1) {
            if c.is_empty() {
                return Err(err(1, i + 1, "an empty source name in the header".into()));
            }
            if let Some(first) = seen.insert(c.clone(), i + 1) {
                return Err(err(
                    1,
                    i + 1,
                    format!("source `{c}` appears twice in the header (also column {first})"),
                ));
            }
        }
    }
    let layout = Layout {
        name,
        long,
        cols,
        window,
    };
    Ok(Some((layout, end)))
}

/// One part's values, per source in order of first appearance (in the wide form, per
/// column of the header).
#[derive(Default)]
struct Part {
    names: Vec<String>,
    slots: Vec<Vec<u32>>,
    values: Vec<Vec<f64>>,
    outside: u64,
    rows: u64,
    /// Newlines in the part.
    lines: u64,
}

/// A problem in a part: the byte where its record is, column, message.
type PartError = (usize, usize, String);

/// The 1-based line of the record whose position the `csv` crate gives as byte `at`
/// (after a CRLF that is the `\n`, still on the line before: skipped here).
fn line_at(bytes: &[u8], at: usize) -> u64 {
    let start = past_line_breaks(bytes, at);
    1 + memchr::memchr_iter(b'\n', &bytes[..start]).count() as u64
}

/// The first place from `at` on that is not a `\r` or `\n`.
fn past_line_breaks(bytes: &[u8], at: usize) -> usize {
    let at = at.min(bytes.len());
    at + bytes[at..]
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count()
}

fn text(b: &[u8]) -> String {
    super::history::quoted(b)
}

/// Starts already parsed: the last start text and the last day.
#[derive(Default)]
pub(crate) struct Starts {
    last: Vec<u8>,
    last_minute: Option<Minute>,
    day: [u8; 10],
    day_serial: Option<Minute>,
}

impl Starts {
    /// When `field` (trimmed) is the start of the record before: its minute, or None
    /// outside the window.
    fn again(&self, field: &[u8]) -> Option<Option<Minute>> {
        (!field.is_empty() && same(field, &self.last)).then_some(self.last_minute)
    }

    /// The start in minutes, or None outside the window.
    fn get(&mut self, l: &Layout, field: &[u8]) -> Result<Option<Minute>, String> {
        let field = field.trim_ascii();
        if let Some(m) = self.again(field) {
            return Ok(m);
        }
        let m = self.parse(field)?;
        let w = l.window;
        if m.rem_euclid(w.interval) != 0 {
            return Err(format!(
                "`{}` is off the {}-minute grid",
                text(field),
                w.interval
            ));
        }
        let kept = (w.from..w.to).contains(&m).then_some(m);
        self.last.clear();
        self.last.extend_from_slice(field);
        self.last_minute = kept;
        Ok(kept)
    }

    /// `YYYY-MM-DD HH:MM` of a day seen before without the calendar; anything else
    /// through [`parse_start`].
    pub(crate) fn parse(&mut self, f: &[u8]) -> Result<Minute, String> {
        let strict = strict_start(f);
        if let (Some(serial), true) = (self.day_serial, strict) {
            let d = |i: usize| (f[i] - b'0') as Minute;
            let (hh, mm) = (d(11) * 10 + d(12), d(14) * 10 + d(15));
            if f[..10] == self.day && hh < 24 && mm < 60 {
                return Ok(serial + hh * 60 + mm);
            }
        }
        let s = std::str::from_utf8(f)
            .map_err(|_| format!("`{}` is not a start time (YYYY-MM-DD HH:MM)", text(f)))?;
        let m = parse_start(s)?;
        if strict {
            self.day.copy_from_slice(&f[..10]);
            self.day_serial = Some(m.div_euclid(1440) * 1440);
        }
        Ok(m)
    }
}

/// Exactly `DDDD-DD-DD DD:DD` (or with `T`), D a digit: a form [`parse_start`] reads as
/// day, hour and minute with nothing else to it.
fn strict_start(f: &[u8]) -> bool {
    f.len() == 16
        && f.iter().enumerate().all(|(i, &b)| match i {
            4 | 7 => b == b'-',
            10 => b == b' ' || b == b'T',
            13 => b == b':',
            _ => b.is_ascii_digit(),
        })
}

/// The number the decimal digits at the start of `bytes` write (at most 15 of them, so
/// that it is exact as an f64), and how many there are.
pub(crate) fn leading_digits(bytes: &[u8]) -> (u64, usize) {
    let mut n = 0u64;
    let mut digits = 0;
    for &b in bytes.iter().take(15) {
        let d = b.wrapping_sub(b'0');
        if d >= 10 {
            break;
        }
        n = n * 10 + d as u64;
        digits += 1;
    }
    (n, digits)
}

/// A value: the common plain integers directly, everything else through [`parse_value`].
pub(crate) fn value(field: &[u8]) -> Result<Option<f64>, String> {
    let (n, digits) = leading_digits(field);
    if digits > 0 && digits == field.len() {
        return Ok(Some(n as f64));
    }
    let t = field.trim_ascii();
    match std::str::from_utf8(t) {
        Ok(s) => parse_value(s),
        Err(_) => Err(format!(
            "`{}` is not a number (decimals are written with `.`, no thousands separators)",
            text(t)
        )),
    }
}

/// A source path as the map writes it: trimmed (Unicode white space, as the map's
/// reader trims), UTF-8.
fn source_name(raw: &[u8]) -> Result<&[u8], String> {
    let plain = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii() && !b.is_ascii_whitespace());
    if plain(raw.first()) && plain(raw.last()) {
        return Ok(raw);
    }
    std::str::from_utf8(raw)
        .map(|s| s.trim().as_bytes())
        .map_err(|_| format!("the source `{}` is not UTF-8 text", text(raw)))
}

fn slot(l: &Layout, m: Minute) -> Result<u32, String> {
    u32::try_from(m / l.window.interval).map_err(|_| {
        if m < 0 {
            "the start is before 1899-12-30, the first day xbas counts from".to_string()
        } else {
            "the start is too far in the future".to_string()
        }
    })
}

/// Parses a run of whole records: quote-free text (what ACD exports write) split
/// directly, anything else through the `csv` crate. Both give the same records: without
/// quotes a record is a non-empty run of bytes other than `\r` and `\n`, its fields
/// separated by commas. Most records of a long-form export are the next source of the
/// interval before, at the same start, with an integer: [`PartParser::quick`] reads those
/// by comparing, without looking for separators.
fn parse_part(p: &mut PartParser, bytes: &[u8]) -> Result<(), PartError> {
    p.reset();
    let l = p.l;
    if memchr::memchr(b'"', bytes).is_none() {
        let mut commas: Vec<usize> = Vec::with_capacity(l.cols.len());
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            if b == b'\n' || b == b'\r' {
                p.part.lines += (b == b'\n') as u64;
                at += 1;
                continue;
            }
            // A record starts at `at`.
            if let Some(end) = p.quick(&bytes[at..]) {
                at += end;
                continue;
            }
            let len = split_record(&bytes[at..], &mut commas);
            let line = &bytes[at..at + len];
            let field = |k: usize| {
                let lo = if k == 0 { 0 } else { commas[k - 1] + 1 };
                let hi = commas.get(k).copied().unwrap_or(line.len());
                &line[lo..hi]
            };
            p.record(field, commas.len() + 1, at)?;
            at += len;
        }
    } else {
        p.part.lines = memchr::memchr_iter(b'\n', bytes).count() as u64;
        // The `csv` crate drops a BOM at the start of what it reads, but only the file's
        // first bytes are a BOM (read past with the header): behind a leading empty line
        // (which it skips) the part's bytes are kept as they are.
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(Read::chain(&b"\n"[..], bytes));
        let at = |p: Option<&csv::Position>| p.map_or(0, |p| p.byte() as usize).saturating_sub(1);
        let mut rec = csv::ByteRecord::new();
        loop {
            let more = rdr
                .read_byte_record(&mut rec)
                .map_err(|e| (at(e.position()), 0, e.to_string()))?;
            if !more {
                break;
            }
            let at = at(rec.position());
            p.record(|i| &rec[i], rec.len(), at)?;
        }
    }
    Ok(())
}

/// The length of the record at the start of `rest` (up to its first `\r` or `\n`, or
/// the end), with the places of its commas in `commas`. Eight bytes are looked at a
/// time: a word's separator bytes become the high bits of a mask (records are short, so
/// this beats calls to `memchr`).
fn split_record(rest: &[u8], commas: &mut Vec<usize>) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // 0x80 in every byte of `x` that equals `c`, exactly (no carries between bytes).
    let equal = |x: u64, c: u8| {
        let v = x ^ (ONES * c as u64);
        !(((v & LOW7) + LOW7) | v | LOW7)
    };
    commas.clear();
    let words = rest.chunks_exact(8);
    let tail = words.remainder();
    for (k, word) in words.enumerate() {
        let x = word_of(word);
        let ends = equal(x, b'\n') | equal(x, b'\r');
        // The commas before the first line break of the word.
        let mut mask = equal(x, b',') & (ends & ends.wrapping_neg()).wrapping_sub(1);
        while mask != 0 {
            commas.push(k * 8 + (mask.trailing_zeros() / 8) as usize);
            mask &= mask - 1;
        }
        if ends != 0 {
            return k * 8 + (ends.trailing_zeros() / 8) as usize;
        }
    }
    let base = rest.len() - tail.len();
    for (i, &b) in tail.iter().enumerate() {
        match b {
            b',' => commas.push(base + i),
            b'\n' | b'\r' => return base + i,
            _ => {}
        }
    }
    rest.len()
}

/// Eight bytes (of a `chunks_exact(8)`) as a word.
fn word_of(bytes: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(w)
}

/// Byte slices equal, compared a word at a time (they are short: no call to `memcmp`).
fn same(a: &[u8], b: &[u8]) -> bool {
    let (aw, bw) = (a.chunks_exact(8), b.chunks_exact(8));
    a.len() == b.len()
        && aw.remainder() == bw.remainder()
        && aw.zip(bw).all(|(x, y)| word_of(x) == word_of(y))
}

/// The state of parsing one part.
struct PartParser<'l> {
    l: &'l Layout<'l>,
    part: Part,
    starts: Starts,
    /// Source name to its index in the part (long form).
    index: HashMap<Vec<u8>, usize>,
    /// The source most likely next: exports repeat the sources of an interval in order.
    guess: usize,
    /// Per source of the part: whether its name has no `,`, `\r` or `\n`, so that a
    /// record beginning with it and a comma has it as its first field.
    plain: Vec<bool>,
}

impl<'l> PartParser<'l> {
    fn new(l: &'l Layout<'l>) -> PartParser<'l> {
        let mut part = Part::default();
        if !l.long {
            part.names = l.cols[1..].to_vec();
            part.slots = vec![Vec::new(); part.names.len()];
            part.values = vec![Vec::new(); part.names.len()];
        }
        PartParser {
            l,
            part,
            starts: Starts::default(),
            index: HashMap::new(),
            guess: 0,
            plain: Vec::new(),
        }
    }

    /// Empties the part for the next block; names and buffers are kept.
    fn reset(&mut self) {
        let part = &mut self.part;
        part.slots.iter_mut().for_each(Vec::clear);
        part.values.iter_mut().for_each(Vec::clear);
        (part.outside, part.rows, part.lines) = (0, 0, 0);
        self.guess = 0;
    }

    /// The common long-form record at the start of `rest` without splitting it: the
    /// source guessed next, the start of the record before (the cached minute) and a
    /// plain integer value, followed by a line break or the end. Returns the length of
    /// the record, having done what [`PartParser::record`] would do; None (having done
    /// nothing) for any other record.
    #[inline]
    fn quick(&mut self, rest: &[u8]) -> Option<usize> {
        if !self.l.long || !self.plain.get(self.guess).copied().unwrap_or(false) {
            return None;
        }
        let name = self.part.names.get(self.guess)?.as_bytes();
        // A start that parsed has no `,`, `\r` or `\n` (parse_start refuses them).
        let (n, k) = (name.len(), self.starts.last.len());
        let start = rest.get(n + 1..)?;
        let value = start.get(k + 1..)?;
        if rest[n] != b',' || start[k] != b',' || !same(&rest[..n], name) {
            return None;
        }
        let minute = self.starts.again(&start[..k])?;
        let (v, digits) = leading_digits(value);
        let ends = value.get(digits).is_none_or(|b| matches!(b, b'\n' | b'\r'));
        if digits == 0 || !ends {
            return None;
        }
        let part = &mut self.part;
        match minute {
            None => part.outside += 1,
            Some(m) => {
                let s = slot(self.l, m).ok()?;
                part.slots[self.guess].push(s);
                part.values[self.guess].push(v as f64);
                self.guess += 1;
            }
        }
        part.rows += 1;
        Some(n + 1 + k + 1 + digits)
    }

    /// One record of `len` fields; `at` is where it is (made a line number only for a
    /// message).
    fn record<'a>(
        &mut self,
        field: impl Fn(usize) -> &'a [u8],
        len: usize,
        at: usize,
    ) -> Result<(), PartError> {
        let (l, part) = (self.l, &mut self.part);
        if len != l.cols.len() {
            let msg = format!(
                "the row has {len} field(s), the header has {}",
                l.cols.len()
            );
            return Err((at, 0, msg));
        }
        part.rows += 1;
        let start_col = if l.long { 2 } else { 1 };
        let Some(m) = self
            .starts
            .get(l, field(start_col - 1))
            .map_err(|e| (at, start_col, e))?
        else {
            part.outside += 1;
            return Ok(());
        };
        if l.long {
            let Some(v) = value(field(2)).map_err(|e| (at, 3, e))? else {
                return Ok(());
            };
            let s = slot(l, m).map_err(|e| (at, 2, e))?;
            let source = source_name(field(0)).map_err(|e| (at, 1, e))?;
            let id = if part
                .names
                .get(self.guess)
                .is_some_and(|n| same(n.as_bytes(), source))
            {
                self.guess
            } else if let Some(&id) = self.index.get(source) {
                id
            } else {
                let name = std::str::from_utf8(source).map_err(|_| {
                    let msg = format!("the source `{}` is not UTF-8 text", text(source));
                    (at, 1, msg)
                })?;
                part.names.push(name.to_string());
                self.plain
                    .push(!name.bytes().any(|b| matches!(b, b',' | b'\r' | b'\n')));
                part.slots.push(Vec::new());
                part.values.push(Vec::new());
                self.index.insert(source.to_vec(), part.names.len() - 1);
                part.names.len() - 1
            };
            self.guess = id + 1;
            part.slots[id].push(s);
            part.values[id].push(v);
        } else {
            let s = slot(l, m);
            for i in 1..len {
                if let Some(v) = value(field(i)).map_err(|e| (at, i + 1, e))? {
                    let s = match &s {
                        Ok(s) => *s,
                        Err(e) => return Err((at, 1, e.clone())),
                    };
                    part.slots[i - 1].push(s);
                    part.values[i - 1].push(v);
                }
            }
        }
        Ok(())
    }
}

/// Appends the parts' values to the history, part after part; the sources are filled
/// in parallel when the block was cut into parts. Returns how many values it added.
fn merge(l: &Layout, h: &mut History, pool: &[PartParser]) -> usize {
    use super::history::Column;
    /// A part's values for one source.
    type Run<'a> = (&'a [u32], &'a [f64]);
    // Per source, the runs of values the parts have for it, in file order.
    let mut by_name: HashMap<&str, Vec<Run>> = HashMap::new();
    for p in pool {
        let part = &p.part;
        for ((name, slots), values) in part.names.iter().zip(&part.slots).zip(&part.values) {
            if slots.is_empty() {
                continue;
            }
            if !h.values.contains_key(name) {
                let col = Column {
                    interval: l.window.interval,
                    ..Default::default()
                };
                h.values.insert(name.clone(), col);
            }
            by_name.entry(name).or_default().push((slots, values));
        }
    }
    let file = h.file();
    let added = by_name
        .values()
        .flat_map(|runs| runs.iter().map(|(s, _)| s.len()))
        .sum();
    let fill = |(col, from): &mut (&mut Column, &Vec<Run>)| {
        let n: usize = from.iter().map(|(s, _)| s.len()).sum();
        col.read_from_file(file, n);
        col.slots.reserve(n);
        col.values.reserve(n);
        for (slots, values) in from.iter() {
            col.slots.extend_from_slice(slots);
            col.values.extend_from_slice(values);
        }
    };
    let mut cols: Vec<_> = h
        .values
        .iter_mut()
        .filter_map(|(name, col)| by_name.get(name.as_str()).map(|from| (col, from)))
        .collect();
    if pool.len() < 2 {
        cols.iter_mut().for_each(fill);
    } else {
        use rayon::prelude::*;
        cols.par_iter_mut().for_each(fill);
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Column;
    use crate::history::tests::window;

    /// Blocks of `block` bytes cut into `parts`, however small.
    fn split(block: usize, parts: usize) -> Split {
        Split {
            block,
            parts,
            min_part: 0,
        }
    }

    type Outcome = Result<(Vec<(String, Vec<u32>, Vec<f64>)>, u64), (u64, usize)>;

    fn outcome(r: Result<(), HistoryError>, mut h: History) -> Outcome {
        r.map_err(|e| (e.line, e.column))?;
        h.finish();
        let mut cols: Vec<(String, Vec<u32>, Vec<f64>)> = h
            .values
            .into_iter()
            .map(|(k, c)| (k, c.slots, c.values))
            .collect();
        cols.sort_by(|a, b| a.0.cmp(&b.0));
        Ok((cols, h.outside))
    }

    /// The obvious reader: record by record through the `csv` crate, every field through
    /// `parse_start`/`parse_value`, no caches, no parts.
    fn reference(bytes: &[u8]) -> Outcome {
        let w = window();
        // Lines end at `\n`, `\r\n` or a lone `\r` (the adaptor has its own test).
        let mut ended = Vec::new();
        crate::linebreaks::LoneCr::new(bytes)
            .read_to_end(&mut ended)
            .unwrap();
        let bytes = &ended[..];
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let mut h = History::default();
        let (l, _) = match header("r", bytes, w, true) {
            Ok(Some(x)) => x,
            Ok(None) => unreachable!(),
            Err(e) => return Err((e.line, e.column)),
        };
        let mut rdr = csv::ReaderBuilder::new().from_reader(bytes);
        let mut rows = 0;
        for rec in rdr.records() {
            let at = |p: Option<&csv::Position>| line_at(bytes, p.map_or(0, |p| p.byte() as usize));
            let rec = rec.map_err(|e| (at(e.position()), 0))?;
            let line = at(rec.position());
            rows += 1;
            let sc = if l.long { 2 } else { 1 };
            let m = parse_start(&rec[sc - 1]).map_err(|_| (line, sc))?;
            if m % 15 != 0 {
                return Err((line, sc));
            }
            if !(w.from..w.to).contains(&m) {
                h.outside += 1;
                continue;
            }
            let cells: Vec<(usize, String)> = if l.long {
                vec![(3, rec[0].trim().to_string())]
            } else {
                (2..=rec.len())
                    .map(|i| (i, l.cols[i - 1].clone()))
                    .collect()
            };
            for (i, source) in cells {
                if let Some(v) = parse_value(&rec[i - 1]).map_err(|_| (line, i))? {
                    let col = h.values.entry(source).or_insert_with(|| Column {
                        interval: 15,
                        ..Column::default()
                    });
                    col.slots.push((m / 15) as u32);
                    col.values.push(v);
                }
            }
        }
        if rows == 0 {
            return Err((1, 0));
        }
        outcome(Ok(()), h)
    }

    fn fast(bytes: &[u8], split: Split) -> Outcome {
        let mut h = History::default();
        let r = read_from("f", bytes, window(), &mut h, &mut |_| {}, split);
        outcome(r, h)
    }

    /// A small deterministic generator (xorshift).
    struct Rng(u64);
    impl Rng {
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            items[(self.0 % items.len() as u64) as usize]
        }
        fn chance(&mut self, percent: u64) -> bool {
            self.pick(&["x"; 100]);
            self.0 % 100 < percent
        }
    }

    const SOURCES: &[&str] = &[
        "A:Calls",
        "A:Calls",
        "A:Calls2",
        " B:Q:Calls ",
        "\"C,x\"",
        "\"D\nE\"",
        "\"F\"\"G\"",
        "\u{a0}H",
    ];
    const STARTS: &[&str] = &[
        "2024-03-04 08:00",
        "2024-03-04 08:00",
        "2024-03-04 08:15",
        "2024-03-04T09:30",
        "2024-03-04 09:30",
        "2024-03-04 08:15:00",
        " 2024-03-04 10:00 ",
        "2024-03-04  10:00",
        "2024-03-05 00:00",
        "2024-03-03 23:45",
        "\"2024-03-04 23:45\"",
    ];
    const BAD_STARTS: &[&str] = &[
        "2024-03-04 08:10",
        "2024-02-30 08:00",
        "2024-03-04 24:00",
        "2024-03-4 T12:30",
        "x",
        "",
    ];
    const VALUES: &[&str] = &[
        "1",
        "",
        " 12 ",
        "2.5",
        "-3",
        "1e3",
        "007",
        "123456789012345678",
        "0",
        "\"4\"",
    ];
    const BAD_VALUES: &[&str] = &["x", "1,5", "\"1,5\"", "NaN", "1e400"];

    fn generate(rng: &mut Rng) -> String {
        let nl = rng.pick(&["\n", "\r\n"]);
        let wide = rng.chance(40);
        let mut s = String::new();
        if rng.chance(5) {
            s.push('\u{feff}');
        }
        let sources = rng.pick(&["1", "2", "3"]).parse::<usize>().unwrap();
        if wide {
            s.push_str("start");
            for k in 0..sources {
                s.push_str(&format!(",W{k}"));
            }
        } else {
            s.push_str("source,start,value");
        }
        s.push_str(nl);
        let rows = rng
            .pick(&["0", "1", "5", "20", "60"])
            .parse::<usize>()
            .unwrap();
        for _ in 0..rows {
            if rng.chance(5) {
                s.push_str(nl);
            }
            let start = if rng.chance(2) {
                rng.pick(BAD_STARTS)
            } else {
                rng.pick(STARTS)
            };
            let value = |rng: &mut Rng| {
                if rng.chance(2) {
                    rng.pick(BAD_VALUES)
                } else {
                    rng.pick(VALUES)
                }
            };
            if wide {
                s.push_str(start);
                for _ in 0..sources {
                    s.push(',');
                    s.push_str(value(rng));
                }
            } else {
                s.push_str(&format!("{},{start},{}", rng.pick(SOURCES), value(rng)));
            }
            if rng.chance(1) {
                s.push_str(",extra");
            }
            s.push_str(nl);
        }
        if rng.chance(20) {
            s.truncate(s.len() - nl.len());
        }
        if rng.chance(30) {
            // Quote-free text goes the direct way, not through the `csv` crate.
            s.retain(|c| c != '"');
        } else if rng.chance(30) {
            // Quoted sources (`"C,x"`) first, their names without quotes after.
            let half = s.len() / 2;
            let half = (half..s.len())
                .find(|i| s.is_char_boundary(*i))
                .unwrap_or(half);
            let rest: String = s[half..].chars().filter(|c| *c != '"').collect();
            s.truncate(half);
            s.push_str(&rest);
        }
        if rng.chance(5) {
            s = s.replace('\n', "\r");
        }
        s
    }

    #[test]
    fn parts_and_caches_change_nothing() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut kinds = [0; 2];
        for case in 0..3000 {
            let text = generate(&mut rng);
            let want = reference(text.as_bytes());
            kinds[want.is_ok() as usize] += 1;
            for split in [
                split(1 << 20, 1),
                split(64, 3),
                split(100, 7),
                split(1000, 2),
            ] {
                let got = fast(text.as_bytes(), split);
                assert_eq!(got, want, "case {case} {split:?}:\n{text}");
            }
        }
        // Both outcomes are common enough to be tested.
        assert!(kinds[0] > 300 && kinds[1] > 300, "{kinds:?}");
    }

    #[test]
    fn records_like_the_quick_ones_are_read_as_records() {
        // After `A` (again), `B` is the guessed source and 08:00 the start before.
        let head = "source,start,value\nA,2024-03-04 08:00,1\nB,2024-03-04 08:00,2\nA,2024-03-04 08:00,1\n";
        for (rows, ok) in [
            ("B,2024-03-04 08:00,2\n", true),
            ("B,2024-03-04 08:00,2", true),
            ("B,2024-03-04 08:00,2\r\n", true),
            ("B,2024-03-04 08:00,123456789012345\n", true),
            ("B,2024-03-04 08:00,1234567890123456789\n", true),
            ("B,2024-03-04 08:00,2x\n", false),
            ("B,2024-03-04 08:00,\n", true),
            ("B,2024-03-04 08:00,2,3\n", false),
            ("BX2024-03-04 08:00,2\n", false),
            ("B,2024-03-04 08:00X2\n", false),
            ("B,2024-03-04 08:00 ,2\n", true),
            ("B ,2024-03-04 08:00,2\n", true),
            ("B,2024-03-04 08:001,2\n", false),
            ("B,2024-03-03 08:00,2\nB,2024-03-03 08:00,x\n", true),
            // A quoted name with a comma, then (in a block without quotes) a record
            // beginning with it.
            (
                "\"B,C\",2024-03-04 08:00,2\nA,2024-03-04 08:00,1\nB,C,2024-03-04 08:00,2\n",
                false,
            ),
        ] {
            let text = match rows.strip_prefix('"') {
                Some(_) => format!("source,start,value\nA,2024-03-04 08:00,1\n{rows}"),
                None => format!("{head}{rows}"),
            };
            let want = reference(text.as_bytes());
            assert_eq!(want.is_ok(), ok, "{text}");
            for block in (16..120).step_by(4).chain([1 << 20]) {
                let got = fast(text.as_bytes(), split(block, 1));
                assert_eq!(got, want, "{block}:\n{text}");
            }
        }
    }

    #[test]
    fn records_split_word_by_word_are_those_byte_by_byte() {
        let mut rng = Rng(7);
        let alphabet = [",", "\n", "\r", "\u{0}", "+", "\u{7f}", "a", "\u{ac}"];
        let mut commas = Vec::new();
        for len in 0..100 {
            let text: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            let bytes = text.as_bytes();
            let end = bytes
                .iter()
                .position(|b| matches!(b, b'\n' | b'\r'))
                .unwrap_or(bytes.len());
            let want: Vec<usize> = (0..end).filter(|i| bytes[*i] == b',').collect();
            assert_eq!(split_record(bytes, &mut commas), end, "{bytes:?}");
            assert_eq!(commas, want, "{bytes:?}");
        }
    }

    #[test]
    fn same_is_equality() {
        let mut rng = Rng(7);
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| rng.pick(&["a", ",", "\n", "\u{ff}"]).as_bytes()[0])
                .collect();
            assert!(same(&bytes, &bytes.clone()));
            if let Some((last, init)) = bytes.split_last() {
                assert!(!same(&bytes, init));
                let mut other = bytes.clone();
                other[init.len()] = last.wrapping_add(1);
                assert!(!same(&bytes, &other));
            }
        }
    }

    #[test]
    fn lines_of_crlf_files() {
        let text = b"source,start,value\r\nA,2024-03-04 08:00,1\r\n\r\nA,2024-03-04 08:15,x\r\n";
        for split in [split(1 << 20, 1), split(64, 4)] {
            assert_eq!(fast(text, split), Err((4, 3)));
        }
        assert_eq!(reference(text), Err((4, 3)));
        // A CRLF header does not make the reader take the whole file as one block.
        let mut text = b"source,start,value\r\n".to_vec();
        for _ in 0..100 {
            text.extend_from_slice(b"A,2024-03-04 08:00,1\r\n");
        }
        let (_, reports) = streamed(&text);
        assert!(reports > 10, "{reports}");
    }

    /// Reads `text` in 64-byte blocks: the history, and how many progress reports came.
    fn streamed(text: &[u8]) -> (History, usize) {
        let mut reports = 0;
        let mut h = History::default();
        read_from(
            "c",
            text,
            window(),
            &mut h,
            &mut |_| reports += 1,
            split(64, 2),
        )
        .unwrap();
        (h, reports)
    }

    /// Lone CR line ends (issue 18, findings 11 and 18): the file streams in blocks and
    /// problems are at their real lines.
    #[test]
    fn lines_of_cr_only_files() {
        let text = b"source,start,value\rA,2024-03-04 08:00,1\r\rA,2024-03-04 08:15,x\r";
        for split in [split(1 << 20, 1), split(64, 4)] {
            assert_eq!(fast(text, split), Err((4, 3)));
        }
        let mut text = b"source,start,value\r".to_vec();
        for i in 0..96 {
            text.extend_from_slice(
                format!("A,2024-03-04 {:02}:{:02},1\r", i / 4, i % 4 * 15).as_bytes(),
            );
        }
        let (h, reports) = streamed(&text);
        assert!(reports > 10, "{reports}");
        assert_eq!(h.values["A"].values.len(), 96);
    }

    /// A record without end is refused after MAX_RECORD bytes, at its line.
    #[test]
    fn a_record_without_end_is_bounded() {
        let mut text = b"source,start,value\nA,2024-03-04 08:00,1\n\"A".to_vec();
        text.resize(MAX_RECORD * 2, b'x');
        let mut h = History::default();
        let e = read_from(
            "u",
            &text[..],
            window(),
            &mut h,
            &mut |_| {},
            split(1 << 20, 2),
        )
        .unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.to_string().contains("longer than 16 MB"), "{e}");
    }

    #[test]
    fn a_record_longer_than_a_block() {
        let long = "x".repeat(5000);
        let text =
            format!("source,start,value\n\"{long}\",2024-03-04 08:00,1\nA,2024-03-04 08:15,2\n");
        let got = fast(text.as_bytes(), split(64, 2));
        assert_eq!(got, reference(text.as_bytes()));
        assert!(got.is_ok());
        let text = format!("start,{long}\n2024-03-04 08:00,1\n");
        assert_eq!(
            fast(text.as_bytes(), split(64, 2)),
            reference(text.as_bytes())
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_named() {
        for (text, col) in [
            (&b"source,start,value\nA\xff,2024-03-04 08:00,1\n"[..], 1),
            (b"source,start,value\nA,2024-03-04 08:00,1\xff\n", 3),
            (b"source,start,value\nA,2024-03-04\xff08:00,1\n", 2),
            (b"start,A,B\xff\n2024-03-04 08:00,1,2\n", 3),
        ] {
            let mut h = History::default();
            let e = read_bytes("u.csv", text, window(), &mut h).unwrap_err();
            let line = if text.starts_with(b"start,A") { 1 } else { 2 };
            assert_eq!((e.line, e.column), (line, col), "{e}");
        }
    }

    /// Found by the history fuzzer: bytes of a BOM at the start of a part were dropped by
    /// the `csv` crate (a part with quotes) but kept by the quote-free splitter. Only the
    /// file's first bytes are a BOM; elsewhere they belong to the text.
    #[test]
    fn a_bom_after_the_header_is_text() {
        let plain = "source,start,value\n\u{feff}A,2024-03-04 08:00,1\nB,2024-03-04 08:00,2\n";
        let quoted = plain.replace("B,", "\"B\",");
        for text in [plain, &quoted] {
            let got = fast(text.as_bytes(), split(1 << 20, 1)).unwrap();
            let names: Vec<&str> = got.0.iter().map(|c| c.0.as_str()).collect();
            assert_eq!(names, ["B", "\u{feff}A"], "{text}");
            for block in [64, 70] {
                assert_eq!(fast(text.as_bytes(), split(block, 3)).unwrap(), got);
            }
        }
    }

    /// Found by the history fuzzer: a block that ended inside a two-byte character of a
    /// long header made the header unreadable, while the whole file read gave the usual
    /// "unknown header" error. Wherever the block ends, the outcome is the same.
    #[test]
    fn a_header_character_across_blocks() {
        let mut text = String::from("start");
        for i in 0..12 {
            text.push_str(&format!(",Fil\u{e9}{i}:Calls"));
        }
        text.push_str("\n2024-03-04 08:00,1,2,3,4,5,6,7,8,9,10,11,12\n");
        let want = fast(text.as_bytes(), split(1 << 20, 1));
        assert!(want.is_ok(), "{want:?}");
        for block in 64..text.len() {
            assert_eq!(
                fast(text.as_bytes(), split(block, 2)),
                want,
                "block {block}"
            );
        }
        let mut bad = text.clone().into_bytes();
        bad.extend_from_slice(b"x");
        bad.splice(0..5, *b"begin");
        let want = fast(&bad, split(1 << 20, 1));
        for block in 64..bad.len() {
            assert_eq!(fast(&bad, split(block, 2)), want, "block {block}");
        }
    }
}
