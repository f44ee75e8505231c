//! Lone carriage returns as line ends. Old Mac exports end lines with `\r` alone; the
//! `csv` crate ends a record there too, but the block reader cuts and counts lines at
//! `\n`, so such a file was read as one block and every problem was at line 1. Reading
//! through [`LoneCr`], a `\r` not followed by `\n` is a `\n`: a CR-only file streams and
//! counts lines like an LF file, and a CRLF file is unchanged. (Inside a quoted field a
//! lone `\r` also becomes `\n`; neither is valid in a source name or a value.)

use std::io::{self, Read};

/// A reader that turns every `\r` not followed by `\n` into `\n`.
pub struct LoneCr<R> {
    inner: R,
    /// A byte read ahead to decide on a `\r` at the end of the last read.
    held: Option<u8>,
}

impl<R: Read> LoneCr<R> {
    pub fn new(inner: R) -> LoneCr<R> {
        LoneCr { inner, held: None }
    }
}

impl<R: Read> Read for LoneCr<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let mut n = 0;
        if let Some(b) = self.held.take() {
            buf[0] = b;
            n = 1;
        }
        if n < buf.len() {
            n += self.inner.read(&mut buf[n..])?;
        }
        let got = &mut buf[..n];
        let mut from = 0;
        while let Some(k) = memchr::memchr(b'\r', &got[from..]) {
            let i = from + k;
            from = i + 1;
            match got.get(i + 1) {
                Some(b'\n') => {}
                Some(_) => got[i] = b'\n',
                None => {
                    // The last byte: look at the next one.
                    let mut next = [0u8];
                    let k = loop {
                        match self.inner.read(&mut next) {
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            r => break r?,
                        }
                    };
                    if k == 0 || next[0] != b'\n' {
                        got[i] = b'\n';
                    }
                    if k == 1 {
                        self.held = Some(next[0]);
                    }
                }
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `text` through the adaptor `step` bytes at a time.
    fn through(text: &[u8], step: usize) -> Vec<u8> {
        let mut r = LoneCr::new(text);
        let mut out = Vec::new();
        let mut buf = vec![0u8; step];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                return out;
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    #[test]
    fn lone_carriage_returns_become_newlines_across_any_reads() {
        let cases: [(&[u8], &[u8]); 6] = [
            (b"a\rb\rc", b"a\nb\nc"),
            (b"a\r\nb\r\n", b"a\r\nb\r\n"),
            (b"a\n\rb\r", b"a\n\nb\n"),
            (b"\r\r\n\r", b"\n\r\n\n"),
            (b"x\r", b"x\n"),
            (b"", b""),
        ];
        for (text, want) in cases {
            for step in 1..=text.len().max(1) + 1 {
                assert_eq!(through(text, step), want, "{text:?} in steps of {step}");
            }
        }
    }
}
