//! Cutting CSV bytes into runs of whole records, so that the parts of one file can be
//! parsed on several threads. With RFC 4180 quoting (a quote inside a quoted field is
//! doubled) a record ends at a newline that follows an even number of quotes since the
//! start of the text: that parity is all a cut needs to know.

use memchr::{memchr_iter, memchr2, memrchr2};

fn even_quotes(bytes: &[u8]) -> bool {
    memchr_iter(b'"', bytes).count() % 2 == 0
}

/// One past the newline that ends the last whole record of `bytes` (which starts at a
/// record boundary), or None when no record ends in it.
pub fn last_record_end(bytes: &[u8]) -> Option<usize> {
    let total_even = even_quotes(bytes);
    let mut after_even = true;
    let mut pos = bytes.len();
    while let Some(i) = memrchr2(b'"', b'\n', &bytes[..pos]) {
        if bytes[i] == b'"' {
            after_even = !after_even;
        } else if total_even == after_even {
            return Some(i + 1);
        }
        pos = i;
    }
    None
}

/// Splits `bytes` (whole records) into at most `parts` runs of whole records of about
/// equal size; returns the run boundaries, from 0 to `bytes.len()`, strictly increasing.
pub fn cut(bytes: &[u8], parts: usize) -> Vec<usize> {
    let mut bounds = vec![0];
    let mut even = true;
    let mut from = 0;
    for k in 1..parts.max(1) {
        let target = bytes.len() / parts * k;
        if target <= from {
            continue;
        }
        if !even_quotes(&bytes[from..target]) {
            even = !even;
        }
        let mut pos = target;
        let mut end = None;
        while let Some(i) = memchr2(b'"', b'\n', &bytes[pos..]).map(|i| i + pos) {
            if bytes[i] == b'"' {
                even = !even;
            } else if even {
                end = Some(i + 1);
                break;
            }
            pos = i + 1;
        }
        match end {
            Some(e) if e < bytes.len() => {
                bounds.push(e);
                from = e;
            }
            _ => break,
        }
    }
    if bytes.len() > from {
        bounds.push(bytes.len());
    }
    bounds
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record end by a plain scan: newlines outside quotes.
    fn ends(bytes: &[u8]) -> Vec<usize> {
        let mut quoted = false;
        let mut out = Vec::new();
        for (i, b) in bytes.iter().enumerate() {
            match b {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => out.push(i + 1),
                _ => {}
            }
        }
        out
    }

    const TEXT: &[u8] =
        b"a,b\n\"x\ny\",1\n\"he said \"\"hi\"\"\n\",2\n\n3,\"\n\n\"\nlast,\"open\nquote";

    #[test]
    fn last_record_end_skips_quoted_newlines() {
        for len in 0..=TEXT.len() {
            let bytes = &TEXT[..len];
            assert_eq!(last_record_end(bytes), ends(bytes).last().copied(), "{len}");
        }
    }

    #[test]
    fn cuts_fall_on_record_ends() {
        let whole = &TEXT[..last_record_end(TEXT).unwrap()];
        let all = ends(whole);
        for parts in 1..12 {
            let b = cut(whole, parts);
            assert_eq!(b.first(), Some(&0));
            assert_eq!(b.last(), Some(&whole.len()));
            assert!(b.windows(2).all(|w| w[0] < w[1]), "{parts}: {b:?}");
            assert!(b.len() <= parts + 1);
            for x in &b[1..] {
                assert!(all.contains(x), "{parts}: {x} is not a record end");
            }
        }
        assert_eq!(cut(b"", 4), vec![0]);
        assert_eq!(cut(b"one line without end", 4), vec![0, 20]);
    }
}
