//! Cutting CSV bytes into runs of whole records, so that the parts of one file can be
//! parsed on several threads. A newline ends a record unless it lies inside a quoted
//! field. The quoting rules are those of the `csv` crate that parses the parts: a quote
//! opens a quoted field only at the start of a field (a quote inside an unquoted field is
//! a plain character); inside, a doubled quote is a quote and a single one closes the
//! field. Only the quotes are visited, so text without quotes is a plain `memchr` scan.

use memchr::{memchr, memrchr};

/// The quoted fields of `bytes` (which starts at a record boundary), in order: from the
/// opening quote to one past the closing one, or to the end of the text when unclosed.
struct Quoted<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for Quoted<'_> {
    type Item = (usize, usize);
    fn next(&mut self) -> Option<(usize, usize)> {
        let b = self.bytes;
        let mut at = self.pos;
        let open = loop {
            let i = at + memchr(b'"', b.get(at..)?)?;
            if i == 0 || matches!(b[i - 1], b',' | b'\n' | b'\r') {
                break i;
            }
            at = i + 1;
        };
        let mut at = open + 1;
        let close = loop {
            match memchr(b'"', &b[at..]) {
                None => break b.len(),
                Some(j) if b.get(at + j + 1) == Some(&b'"') => at += j + 2,
                Some(j) => break at + j + 1,
            }
        };
        self.pos = close;
        Some((open, close))
    }
}

/// The gaps between quoted fields, where newlines end records: `(from, to)` in order.
fn gaps(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = Some(0);
    let mut fields = Quoted { bytes, pos: 0 };
    std::iter::from_fn(move || {
        let start = from?;
        match fields.next() {
            Some((open, close)) => {
                from = Some(close);
                Some((start, open))
            }
            None => {
                from = None;
                Some((start, bytes.len()))
            }
        }
    })
}

/// One past the newline that ends the last whole record of `bytes` (which starts at a
/// record boundary), or None when no record ends in it.
pub fn last_record_end(bytes: &[u8]) -> Option<usize> {
    let mut last = None;
    for (from, to) in gaps(bytes) {
        if let Some(i) = memrchr(b'\n', &bytes[from..to]) {
            last = Some(from + i + 1);
        }
    }
    last
}

/// Splits `bytes` (whole records) into at most `parts` runs of whole records of about
/// equal size; returns the run boundaries, from 0 to `bytes.len()`, strictly increasing.
pub fn cut(bytes: &[u8], parts: usize) -> Vec<usize> {
    let parts = parts.max(1);
    let mut bounds = vec![0];
    let mut gaps = gaps(bytes).peekable();
    for k in 1..parts {
        let target = bytes.len() / parts * k;
        let last = bounds[bounds.len() - 1];
        if target < last {
            // The last cut already passed this target.
            continue;
        }
        // The first newline outside quotes from the target on.
        let mut end = None;
        while let Some(&(from, to)) = gaps.peek() {
            let at = target.max(from);
            if let Some(i) = bytes.get(at..to).and_then(|gap| memchr(b'\n', gap)) {
                end = Some(at + i + 1);
                break;
            }
            gaps.next();
        }
        match end {
            Some(e) if e < bytes.len() => bounds.push(e),
            _ => break,
        }
    }
    if bytes.len() > bounds[bounds.len() - 1] {
        bounds.push(bytes.len());
    }
    bounds
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records the `csv` crate reads (the parser the parts go through).
    fn records(bytes: &[u8]) -> Vec<csv::ByteRecord> {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        rdr.byte_records().map(|r| r.unwrap()).collect()
    }

    /// Whether a record ends at `at` to the `csv` crate: `at` follows a newline, and the
    /// text read with a cut there gives the same records as read whole, also when more
    /// text follows (an open quoted field would swallow it).
    fn is_record_end(bytes: &[u8], at: usize) -> bool {
        let mut more = bytes.to_vec();
        more.extend_from_slice(b"zq\n");
        let mut two = records(&more[..at]);
        two.extend(records(&more[at..]));
        bytes[at - 1] == b'\n' && two == records(&more)
    }

    const TEXT: &[u8] =
        b"a,b\n\"x\ny\",1\n\"he said \"\"hi\"\"\n\",2\n\n3,\"\n\n\"\nlast,\"open\nquote";

    #[test]
    fn last_record_end_skips_quoted_newlines() {
        for len in 0..=TEXT.len() {
            let bytes = &TEXT[..len];
            let want = (1..=len).rev().find(|&at| is_record_end(bytes, at));
            assert_eq!(last_record_end(bytes), want, "{len}");
        }
    }

    #[test]
    fn cuts_fall_on_record_ends() {
        let whole = &TEXT[..last_record_end(TEXT).unwrap()];
        for parts in 1..12 {
            let b = cut(whole, parts);
            assert_eq!(b.first(), Some(&0));
            assert_eq!(b.last(), Some(&whole.len()));
            assert!(b.windows(2).all(|w| w[0] < w[1]), "{parts}: {b:?}");
            assert!(b.len() <= parts + 1);
            for x in &b[1..b.len() - 1] {
                assert!(is_record_end(whole, *x), "{parts}: {x} is not a record end");
            }
        }
        assert_eq!(cut(b"", 4), vec![0]);
        assert_eq!(cut(b"one line without end", 4), vec![0, 20]);
    }

    /// Found by the history fuzzer: a quote inside an unquoted field is a plain character
    /// to the `csv` crate, so counting quotes put a cut inside the quoted field that
    /// followed. Random text of quotes, commas, line breaks and letters: every cut and
    /// every last record end is one where the `csv` crate reads the same records.
    #[test]
    fn cuts_agree_with_the_csv_crate_on_any_quoting() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let alphabet = b"\",\n\ra\"\n";
        for case in 0..5_000 {
            let len = case % 40;
            let text: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    alphabet[(x % alphabet.len() as u64) as usize]
                })
                .collect();
            let end = last_record_end(&text);
            let want = (1..=len).rev().find(|&at| is_record_end(&text, at));
            assert_eq!(end, want, "{:?}", String::from_utf8_lossy(&text));
            let whole = &text[..end.unwrap_or(0)];
            for parts in [2, 3, 5] {
                let b = cut(whole, parts);
                for x in b.iter().skip(1).take(b.len().saturating_sub(2)) {
                    assert!(
                        is_record_end(whole, *x),
                        "{:?} {b:?}",
                        String::from_utf8_lossy(whole)
                    );
                }
            }
        }
    }
}
