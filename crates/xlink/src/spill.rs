//! Where a history too large for memory waits until a mapping needs it: an anonymous
//! temporary file of runs of (interval number, value) pairs, 12 bytes a value, indexed by
//! source, so that the import holds only the sources of the mappings it is evaluating
//! (memory grows with the sources in use and the imported range, not with the rows).
//! Runs of one source are kept in the order they were read, so a source read back is the
//! column it would have been in memory.

use super::history::Column;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Mutex;

/// Bytes gathered before one write to the file.
const WRITE_BUFFER: usize = 1 << 20;

/// The temporary file and where each source's runs are in it.
pub struct Spill {
    file: Mutex<File>,
    /// Encoded runs not yet written, and the file's length before them.
    pending: Vec<u8>,
    written: u64,
    /// Per source, its runs: offset in the file and number of values.
    runs: HashMap<String, Vec<(u64, usize)>>,
}

impl Spill {
    /// A new, empty spill file in the system's temporary folder (`TMPDIR`, `TEMP`), which
    /// is deleted when the spill is dropped, or by the system if the process dies.
    pub fn new() -> std::io::Result<Spill> {
        Ok(Spill {
            file: Mutex::new(tempfile::tempfile()?),
            pending: Vec::with_capacity(WRITE_BUFFER + (64 << 10)),
            written: 0,
            runs: HashMap::new(),
        })
    }

    /// Appends a run of `name`'s values (slots and values side by side).
    pub fn write(&mut self, name: &str, slots: &[u32], values: &[f64]) -> std::io::Result<()> {
        if slots.is_empty() {
            return Ok(());
        }
        let at = self.written + self.pending.len() as u64;
        match self.runs.get_mut(name) {
            Some(runs) => runs.push((at, slots.len())),
            None => {
                self.runs.insert(name.to_string(), vec![(at, slots.len())]);
            }
        }
        self.pending.reserve(slots.len() * 12);
        for s in slots {
            self.pending.extend_from_slice(&s.to_le_bytes());
        }
        for v in values {
            self.pending.extend_from_slice(&v.to_bits().to_le_bytes());
        }
        if self.pending.len() >= WRITE_BUFFER {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes what is gathered to the file.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let file = self
            .file
            .get_mut()
            .map_err(|_| std::io::Error::other("the spill file's lock is poisoned"))?;
        file.seek(SeekFrom::Start(self.written))?;
        file.write_all(&self.pending)?;
        self.written += self.pending.len() as u64;
        self.pending.clear();
        Ok(())
    }

    /// How many values `name` has in the file.
    pub fn count(&self, name: &str) -> usize {
        self.runs
            .get(name)
            .map_or(0, |r| r.iter().map(|(_, n)| n).sum())
    }

    /// Appends `name`'s values, in the order they were written, to `col` (call
    /// [`Spill::flush`] after the last write first). Threads may read at once: each read
    /// holds the file only while it reads one run.
    pub fn read(&self, name: &str, col: &mut Column) -> std::io::Result<()> {
        let Some(runs) = self.runs.get(name) else {
            return Ok(());
        };
        let n = self.count(name);
        col.slots.reserve_exact(n);
        col.values.reserve_exact(n);
        let mut bytes = Vec::new();
        for &(at, len) in runs {
            if at + (len as u64) * 12 > self.written {
                return Err(std::io::Error::other(
                    "a run of the spill file was read before it was written",
                ));
            }
            bytes.resize(len * 12, 0);
            {
                let mut file = self
                    .file
                    .lock()
                    .map_err(|_| std::io::Error::other("the spill file's lock is poisoned"))?;
                file.seek(SeekFrom::Start(at))?;
                file.read_exact(&mut bytes)?;
            }
            let (slots, values) = bytes.split_at(len * 4);
            col.slots.extend(
                slots
                    .chunks_exact(4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            );
            col.values.extend(values.chunks_exact(8).map(|b| {
                f64::from_bits(u64::from_le_bytes([
                    b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                ]))
            }));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_come_back_in_order_per_source() {
        let mut s = Spill::new().unwrap();
        s.write("a", &[1, 2], &[1.5, -2.0]).unwrap();
        s.write("b", &[7], &[f64::MAX]).unwrap();
        s.write("a", &[0], &[0.25]).unwrap();
        s.flush().unwrap();
        let mut a = Column::default();
        s.read("a", &mut a).unwrap();
        assert_eq!(a.slots, [1, 2, 0]);
        assert_eq!(a.values, [1.5, -2.0, 0.25]);
        let mut b = Column::default();
        s.read("b", &mut b).unwrap();
        assert_eq!((b.slots, b.values), (vec![7], vec![f64::MAX]));
        assert_eq!((s.count("a"), s.count("c")), (3, 0));
    }

    #[test]
    fn reading_before_flushing_is_an_error_not_garbage() {
        let mut s = Spill::new().unwrap();
        s.write("a", &[1], &[1.0]).unwrap();
        assert!(s.read("a", &mut Column::default()).is_err());
    }
}
