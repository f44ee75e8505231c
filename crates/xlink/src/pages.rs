//! The `interval_values` table of a new SQLite output file, written page by page. SQLite
//! makes the file and the empty table; the import's rows, which come in primary-key order,
//! are then laid into the table's b-tree bottom up: full leaves as the rows come, the
//! interior pages above them at the end, the top one in the table's root page. The file
//! format is SQLite's own documentation (<https://www.sqlite.org/fileformat2.html>):
//! a `WITHOUT ROWID` table is one index b-tree whose records hold the primary key's
//! columns first, then the others in table order.
//!
//! Why by hand, when SQLite writes every other database xbas touches: inserting costs
//! SQLite about 2,900 instructions a row even in key order (a seek for the uniqueness
//! check, record compares, and a general rebalance of three sibling pages each time a
//! leaf fills, since its cheap append split serves only rowid tables). On the 10-million-
//! row bench history (5 million rows out) that made a new file 3.0–3.3× the CSV import;
//! written here, a row is a record of about 40 bytes copied into a page. SQLite still
//! checks every file in the tests (`PRAGMA integrity_check`, and the rows it reads back
//! against the ones it inserts itself), and an existing database is always written by
//! SQLite.

use std::cmp::Ordering;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::history::{Minute, StartText};
use crate::map::Target;

/// The page types of an index b-tree.
const LEAF: u8 = 0x0a;
const INTERIOR: u8 = 0x02;

/// Where SQLite's lock-byte page lies in every database file: the page holding this byte
/// offset is never used (file format, section 1.3).
pub const LOCK_BYTE: u64 = 0x4000_0000;

/// The cells of one page, in key order: their bytes one after the other, and where each
/// ends.
#[derive(Default)]
struct Cells {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Cells {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &[u8] {
        let from = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[from..self.ends[i]]
    }

    fn push(&mut self, cell: &[u8]) {
        self.bytes.extend_from_slice(cell);
        self.ends.push(self.bytes.len());
    }

    /// Takes the last cell off, into `out`.
    fn pop_into(&mut self, out: &mut Vec<u8>) {
        if self.ends.pop().is_some() {
            let from = self.ends.last().copied().unwrap_or(0);
            out.clear();
            out.extend_from_slice(&self.bytes[from..]);
            self.bytes.truncate(from);
        }
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
    }

    /// The page bytes these cells take with a page header of `header` bytes.
    fn used(&self, header: usize) -> usize {
        header + self.bytes.len() + 2 * self.ends.len()
    }
}

/// Lays a page out: the header, the cell pointers in key order, the cells at the end of
/// the page (no free blocks, no fragments).
fn lay_out(kind: u8, cells: &Cells, right: u32, page: &mut [u8]) {
    page.fill(0);
    let header = if kind == LEAF { 8 } else { 12 };
    let content = page.len() - cells.bytes.len();
    page[0] = kind;
    page[3..5].copy_from_slice(&(cells.len() as u16).to_be_bytes());
    // 65,536 (an empty page of the largest size) is written as 0.
    page[5..7].copy_from_slice(&(content as u16).to_be_bytes());
    if kind == INTERIOR {
        page[8..12].copy_from_slice(&right.to_be_bytes());
    }
    page[content..].copy_from_slice(&cells.bytes);
    let mut from = content;
    for (i, &end) in cells.ends.iter().enumerate() {
        let at = header + 2 * i;
        page[at..at + 2].copy_from_slice(&(from as u16).to_be_bytes());
        from = content + end;
    }
}

/// Appends SQLite's variable-length integer (1–9 bytes, big-endian, seven bits a byte
/// but all eight in the ninth).
fn put_varint(out: &mut Vec<u8>, v: u64) {
    if v >> 56 != 0 {
        let mut b = [0u8; 9];
        b[8] = v as u8;
        let mut w = v >> 8;
        for x in b[..8].iter_mut().rev() {
            *x = (w & 0x7f) as u8 | 0x80;
            w >>= 7;
        }
        out.extend_from_slice(&b);
        return;
    }
    let mut b = [0u8; 8];
    let (mut n, mut w) = (0, v);
    loop {
        b[n] = (w & 0x7f) as u8 | 0x80;
        n += 1;
        w >>= 7;
        if w == 0 {
            break;
        }
    }
    b[0] &= 0x7f;
    out.extend(b[..n].iter().rev());
}

/// An integer's serial type and its bytes (the fewest that hold it, as SQLite chooses;
/// 0 and 1 take none in schema format 4).
fn int_field(v: i64) -> (u8, [u8; 8], usize) {
    let u = if v < 0 { !v } else { v } as u64;
    let (serial, n) = match (v, u) {
        (0, _) => (8, 0),
        (1, _) => (9, 0),
        (_, 0..=0x7f) => (1, 1),
        (_, 0..=0x7fff) => (2, 2),
        (_, 0..=0x7f_ffff) => (3, 3),
        (_, 0..=0x7fff_ffff) => (4, 4),
        (_, 0..=0x7fff_ffff_ffff) => (5, 6),
        _ => (6, 8),
    };
    (serial, v.to_be_bytes(), n)
}

/// The parts of a row's record that its target fixes.
struct Fixed {
    target: Target,
    /// Serial types of db, queue_id, value_type_id (before the start's).
    serials: Vec<u8>,
    /// The bytes of db, queue_id, value_type_id.
    key: Vec<u8>,
    /// parent_id's serial type and bytes.
    parent: (u8, [u8; 8], usize),
}

impl Fixed {
    fn new(target: &Target) -> Fixed {
        let (mut serials, mut key) = (Vec::new(), target.db.as_bytes().to_vec());
        put_varint(&mut serials, 2 * target.db.len() as u64 + 13);
        for id in [target.queue, target.value_type] {
            let (serial, bytes, n) = int_field(id);
            serials.push(serial);
            key.extend_from_slice(&bytes[8 - n..]);
        }
        Fixed {
            target: target.clone(),
            serials,
            key,
            parent: int_field(target.parent),
        }
    }
}

/// The most bytes a record may have here: SQLite keeps a larger one of an index page
/// partly in overflow pages, which this writer does not write, and a page holds at least
/// four cells.
fn max_record(page_size: usize) -> usize {
    ((page_size - 12) * 64 / 255 - 23).min((page_size - 12) / 4 - 15)
}

/// The new table's b-tree, being written.
pub struct Table {
    out: BufWriter<File>,
    page_size: usize,
    root: u32,
    /// Pages in the file so far.
    pages: u32,
    /// The lock-byte page's number, skipped.
    lock_page: u64,
    change_counter: u32,
    /// The leaf being filled.
    leaf: Cells,
    /// The record that did not fit in `leaf`, which is then full and waits until another
    /// record comes: that one starts the next leaf and this one goes up between them.
    held: Option<Vec<u8>>,
    /// The leaves written, and the records between them (one fewer).
    children: Vec<u32>,
    between: Cells,
    fixed: Option<Fixed>,
    last_start: Minute,
    text: StartText,
    record: Vec<u8>,
    cell: Vec<u8>,
    page: Vec<u8>,
}

/// Why a file is not one this writer fills (then SQLite inserts the rows).
fn unlike(what: &str) -> io::Error {
    io::Error::other(format!("not a new database as expected: {what}"))
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Table {
    /// Opens the database at `path`, just made by SQLite with the empty table whose root
    /// is page `root`, the file's last. `lock_byte` is [`LOCK_BYTE`] but in tests. Fails
    /// (and nothing is written) when the file is not laid out as such a new database is.
    pub fn open(path: &Path, root: u32, lock_byte: u64) -> io::Result<Table> {
        let mut file = File::options().read(true).write(true).open(path)?;
        let mut header = [0u8; 100];
        file.read_exact(&mut header)?;
        let page_size = match u16::from_be_bytes([header[16], header[17]]) {
            1 => 65_536,
            n => usize::from(n),
        };
        let pages = be32(&header, 28);
        let change_counter = be32(&header, 24);
        let checks = [
            (&header[..16] == b"SQLite format 3\0", "its header"),
            ((512..=65_536).contains(&page_size), "its page size"),
            (header[20] == 0, "reserved bytes in its pages"),
            (be32(&header, 44) == 4, "its schema format"),
            (be32(&header, 52) == 0, "auto-vacuum"),
            (be32(&header, 56) == 1, "its text encoding"),
            (be32(&header, 36) == 0, "free pages"),
            (change_counter == be32(&header, 92), "its page count"),
            (pages == root && root >= 2, "the table's root page"),
            (
                file.metadata()?.len() == u64::from(pages) * page_size as u64,
                "its length",
            ),
        ];
        if let Some((_, what)) = checks.iter().find(|(ok, _)| !ok) {
            return Err(unlike(what));
        }
        let mut page = vec![0u8; page_size];
        file.seek(SeekFrom::Start(u64::from(root - 1) * page_size as u64))?;
        file.read_exact(&mut page)?;
        if page[0] != LEAF || page[3..5] != [0, 0] {
            return Err(unlike("its table is not empty"));
        }
        file.seek(SeekFrom::Start(u64::from(pages) * page_size as u64))?;
        Ok(Table {
            out: BufWriter::with_capacity(1 << 20, file),
            page_size,
            root,
            pages,
            lock_page: lock_byte / page_size as u64 + 1,
            change_counter,
            leaf: Cells::default(),
            held: None,
            children: Vec::new(),
            between: Cells::default(),
            fixed: None,
            last_start: 0,
            text: StartText::default(),
            record: Vec::new(),
            cell: Vec::new(),
            page,
        })
    }

    /// Whether this writer takes the rows of `target` (its records fit in a page).
    pub fn takes(&self, target: &Target) -> bool {
        // db, a 16-byte start, four integers of at most 8 bytes, a header of at most 24.
        target.db.len() + 16 + 32 + 24 <= max_record(self.page_size)
    }

    /// Adds a row; rows come in primary-key order, each after the one before.
    pub fn push(&mut self, target: &Target, start: Minute, value: i64) -> io::Result<()> {
        let order = self.fixed.as_ref().map(|f| {
            let o = f.target.key().cmp(&target.key());
            (o, f.target.parent == target.parent)
        });
        match order {
            Some((Ordering::Equal, true)) if start > self.last_start => {}
            Some((Ordering::Less, _)) | None => {
                if !self.takes(target) {
                    return Err(io::Error::other("a db name too long for a page"));
                }
                self.fixed = Some(Fixed::new(target));
            }
            _ => {
                return Err(io::Error::other(
                    "rows out of primary-key order (an internal error: nothing was written)",
                ));
            }
        }
        self.last_start = start;
        let Table {
            fixed: Some(f),
            record,
            text,
            cell,
            ..
        } = self
        else {
            return Ok(());
        };
        let (serial, bytes, n) = int_field(value);
        record.clear();
        record.push(0);
        record.extend_from_slice(&f.serials);
        let start_at = record.len();
        record.push(0);
        record.push(f.parent.0);
        record.push(serial);
        record[0] = record.len() as u8;
        record.extend_from_slice(&f.key);
        let text_at = record.len();
        text.write(start, record);
        // "YYYY-MM-DD HH:MM": 16 bytes, a one-byte serial type (and so a one-byte header
        // length) for any year of up to 44 digits.
        let text_len = record.len() - text_at;
        if text_len > 57 {
            return Err(io::Error::other(format!(
                "a start too far in time ({start})"
            )));
        }
        record[start_at] = (2 * text_len + 13) as u8;
        record.extend_from_slice(&f.parent.1[8 - f.parent.2..]);
        record.extend_from_slice(&bytes[8 - n..]);
        cell.clear();
        put_varint(cell, record.len() as u64);
        cell.extend_from_slice(record);
        self.add_cell()
    }

    /// Puts `self.cell` (a leaf cell of `self.record`) into the leaves.
    fn add_cell(&mut self) -> io::Result<()> {
        if let Some(held) = self.held.take() {
            self.write_leaf()?;
            self.between.push(&held);
        } else if self.leaf.used(8) + self.cell.len() + 2 > self.page_size {
            self.held = Some(self.record.clone());
            return Ok(());
        }
        self.leaf.push(&self.cell);
        Ok(())
    }

    /// Writes the full leaf as the next page of the file.
    fn write_leaf(&mut self) -> io::Result<()> {
        let at = self.next_page()?;
        lay_out(LEAF, &self.leaf, 0, &mut self.page);
        self.out.write_all(&self.page)?;
        self.children.push(at);
        self.leaf.clear();
        Ok(())
    }

    /// The number of the page written next at the end of the file (past the lock-byte
    /// page, which is written as zeros).
    fn next_page(&mut self) -> io::Result<u32> {
        self.pages = self
            .pages
            .checked_add(1)
            .ok_or_else(|| io::Error::other("the database would pass SQLite's page limit"))?;
        if u64::from(self.pages) == self.lock_page {
            self.page.fill(0);
            self.out.write_all(&self.page)?;
            return self.next_page();
        }
        Ok(self.pages)
    }

    /// Writes the pages above the leaves and the root, and the file's page count.
    pub fn finish(mut self) -> io::Result<()> {
        if let Some(held) = self.held.take() {
            // The full leaf's last record goes up, the held one is the last leaf alone.
            let mut up = Vec::new();
            self.leaf.pop_into(&mut up);
            let skip = varint_len(&up);
            self.write_leaf()?;
            self.between.push(&up[skip..]);
            self.cell.clear();
            put_varint(&mut self.cell, held.len() as u64);
            self.cell.extend_from_slice(&held);
            self.leaf.push(&self.cell);
        }
        if self.leaf.len() == 0 && self.children.is_empty() {
            return Ok(());
        }
        let top = if self.children.is_empty() {
            (LEAF, std::mem::take(&mut self.leaf), 0)
        } else {
            self.write_leaf()?;
            let (mut children, mut between) = (
                std::mem::take(&mut self.children),
                std::mem::take(&mut self.between),
            );
            loop {
                let mut level = self.level(&children, &mut between);
                if level.len() == 1 {
                    let (cells, right) = level.remove(0);
                    break (INTERIOR, cells, right);
                }
                children.clear();
                for (cells, right) in &level {
                    let at = self.next_page()?;
                    lay_out(INTERIOR, cells, *right, &mut self.page);
                    self.out.write_all(&self.page)?;
                    children.push(at);
                }
            }
        };
        let mut file = self.out.into_inner().map_err(|e| e.into_error())?;
        lay_out(top.0, &top.1, top.2, &mut self.page);
        file.seek(SeekFrom::Start(
            u64::from(self.root - 1) * self.page_size as u64,
        ))?;
        file.write_all(&self.page)?;
        // The page count is valid while the change counter equals "version valid for".
        let counter = self.change_counter.wrapping_add(1).to_be_bytes();
        for (at, bytes) in [(24, counter), (28, self.pages.to_be_bytes()), (92, counter)] {
            file.seek(SeekFrom::Start(at))?;
            file.write_all(&bytes)?;
        }
        file.flush()
    }

    /// One interior level over `children` with the records `between` them: its pages
    /// (cells and right-most child), and in `between` the records between those pages.
    fn level(&self, children: &[u32], between: &mut Cells) -> Vec<(Cells, u32)> {
        let (mut pages, mut up) = (Vec::new(), Cells::default());
        let (mut page, mut cell) = (Cells::default(), Vec::new());
        for (i, &child) in children.iter().enumerate().take(between.len()) {
            let record = between.get(i);
            interior_cell(&mut cell, child, record);
            if page.used(12) + cell.len() + 2 <= self.page_size {
                page.push(&cell);
            } else {
                pages.push((std::mem::take(&mut page), child));
                up.push(record);
            }
        }
        if page.len() == 0 {
            // The last record went up and left the last child alone: the page before
            // gives its last cell (child c, record r) and takes c as its right-most child;
            // r goes up instead, the one that went up comes down.
            if let (Some((before, right)), Some(&last)) = (pages.last_mut(), children.last()) {
                let mut r = Vec::new();
                before.pop_into(&mut r);
                let c = u32::from_be_bytes([r[0], r[1], r[2], r[3]]);
                let mut down = Vec::new();
                up.pop_into(&mut down);
                interior_cell(&mut cell, *right, &down);
                page.push(&cell);
                *right = c;
                up.push(&r[4 + varint_len(&r[4..])..]);
                pages.push((page, last));
                *between = up;
                return pages;
            }
        }
        pages.push((page, children.last().copied().unwrap_or(0)));
        *between = up;
        pages
    }
}

/// An interior cell: the left child, then the record with its length.
fn interior_cell(out: &mut Vec<u8>, child: u32, record: &[u8]) {
    out.clear();
    out.extend_from_slice(&child.to_be_bytes());
    put_varint(out, record.len() as u64);
    out.extend_from_slice(record);
}

/// The length of the varint at the start of `b`.
fn varint_len(b: &[u8]) -> usize {
    b.iter()
        .take(8)
        .position(|x| x & 0x80 == 0)
        .map_or(9, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    const TABLE: &str = "CREATE TABLE interval_values (
        db TEXT NOT NULL, parent_id INTEGER NOT NULL, queue_id INTEGER NOT NULL,
        value_type_id INTEGER NOT NULL, start TEXT NOT NULL, value INTEGER NOT NULL,
        PRIMARY KEY (db, queue_id, value_type_id, start)) WITHOUT ROWID";

    type Rows = Vec<(Target, Minute, i64)>;

    /// A new database at `path` as the import makes it, with pages of `page_size`
    /// bytes; its table's root page.
    fn new_database(path: &Path, page_size: usize) -> u32 {
        let _ = std::fs::remove_file(path);
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA page_size = {page_size}; PRAGMA journal_mode = OFF; {TABLE};"
        ))
        .unwrap();
        conn.query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'interval_values'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    }

    fn write(path: &Path, page_size: usize, rows: &Rows, lock_byte: u64) {
        let root = new_database(path, page_size);
        let mut table = Table::open(path, root, lock_byte).unwrap();
        for (t, start, value) in rows {
            table.push(t, *start, *value).unwrap();
        }
        table.finish().unwrap();
    }

    /// The rows as SQLite reads them, with their types, after its integrity check.
    fn read(path: &Path) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{}", path.display());
        let mut st = conn
            .prepare(
                "SELECT quote(db), parent_id, typeof(parent_id), queue_id, value_type_id, \
                 quote(start), value, typeof(value) FROM interval_values",
            )
            .unwrap();
        st.query_map([], |r| {
            Ok((0..8)
                .map(|i| {
                    r.get::<_, rusqlite::types::Value>(i)
                        .map(|v| format!("{v:?}"))
                })
                .collect::<Result<Vec<_>, _>>()?
                .join(" "))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    /// The same rows inserted by SQLite into a database of its own.
    fn inserted(path: &Path, page_size: usize, rows: &Rows) -> Vec<String> {
        new_database(path, page_size);
        let mut conn = Connection::open(path).unwrap();
        let tx = conn.transaction().unwrap();
        for (t, start, value) in rows {
            tx.execute(
                "INSERT INTO interval_values VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    t.db,
                    t.parent,
                    t.queue,
                    t.value_type,
                    crate::history::format_start(*start),
                    value
                ],
            )
            .unwrap();
        }
        tx.commit().unwrap();
        read(path)
    }

    /// Rows of targets in key order (db names that sort by bytes, ids of every size and
    /// sign, values of every integer width), `n` in all, starts 15 minutes apart.
    fn rows(n: usize) -> Rows {
        let targets: Vec<Target> = [
            "A:1:-9223372036854775808:0",
            "A:0:-129:1",
            "A:-1:0:-1",
            "Zürich \"Nord\":127:128:32768",
            "Zürich \"Nord\":-8388609:128:2147483648",
            "z:9223372036854775807:1:2",
        ]
        .iter()
        .map(|t| Target::parse(t).unwrap())
        .collect();
        let values = [
            0,
            1,
            -1,
            127,
            -128,
            255,
            32_767,
            -32_769,
            8_388_607,
            -8_388_609,
            2_147_483_647,
            -2_147_483_649,
            140_737_488_355_327,
            -140_737_488_355_329,
            i64::MAX,
            i64::MIN,
        ];
        let per = n.div_ceil(targets.len()).max(1);
        (0..n)
            .map(|i| {
                let start = 1_000_000 + 15 * (i % per) as Minute;
                (targets[i / per].clone(), start, values[i % values.len()])
            })
            .collect()
    }

    /// Every number of rows from none to a few pages' worth, and trees of three and four
    /// levels (512-byte pages hold about ten rows): each page boundary, where a held
    /// record or a lone last child is moved, comes up. SQLite reads back what it inserts.
    #[test]
    fn sqlite_reads_the_rows_it_would_have_inserted() {
        let d = tempfile::tempdir().unwrap();
        let (ours, theirs) = (d.path().join("ours.sqlite"), d.path().join("theirs.sqlite"));
        let counts = (0..=260).chain([1_000, 1_001, 1_234, 4_321, 12_345]);
        for n in counts {
            let rows = rows(n);
            write(&ours, 512, &rows, LOCK_BYTE);
            assert_eq!(read(&ours), inserted(&theirs, 512, &rows), "{n} rows");
        }
        for n in [0, 1, 500, 5_000] {
            let rows = rows(n);
            write(&ours, 16_384, &rows, LOCK_BYTE);
            assert_eq!(read(&ours), inserted(&theirs, 16_384, &rows), "{n} rows");
        }
        // SQLite goes on writing the table: a later import replaces rows in it.
        let conn = Connection::open(&ours).unwrap();
        conn.execute_batch(
            "DELETE FROM interval_values WHERE db = 'A'; \
             INSERT INTO interval_values VALUES ('B', 1, 2, 3, '2024-01-01 00:00', 4);",
        )
        .unwrap();
        drop(conn);
        assert_eq!(read(&ours).len(), 5_000 - 3 * 834 + 1);
    }

    #[test]
    fn varints_are_sqlites() {
        // Eight bytes hold 56 bits; the ninth byte is the low eight of 57 and more.
        let cases: [(u64, &[u8]); 8] = [
            (0, &[0]),
            (0x7f, &[0x7f]),
            (0x80, &[0x81, 0x00]),
            (0x3fff, &[0xff, 0x7f]),
            (0x4000, &[0x81, 0x80, 0x00]),
            (
                (1 << 56) - 1,
                &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
            ),
            (
                1 << 56,
                &[0x80, 0xc0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00],
            ),
            (u64::MAX, &[0xff; 9]),
        ];
        for (v, want) in cases {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            assert_eq!(out, want, "{v:#x}");
            assert_eq!(varint_len(&out), want.len());
        }
    }

    /// Rows out of the table's order, or a file not as new as expected, are refused.
    #[test]
    fn what_would_make_a_wrong_file_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("t.sqlite");
        let root = new_database(&path, 4096);
        let mut table = Table::open(&path, root, LOCK_BYTE).unwrap();
        let rows = rows(12);
        table.push(&rows[1].0, rows[1].1, 0).unwrap();
        for (t, start) in [(&rows[0].0, rows[0].1), (&rows[1].0, rows[1].1)] {
            let e = table.push(t, start, 0).unwrap_err();
            assert!(e.to_string().contains("out of primary-key order"), "{e}");
        }
        let mut parent = rows[1].0.clone();
        parent.parent += 1;
        assert!(table.push(&parent, rows[1].1 + 15, 0).is_err());
        let long = Target::parse(&format!("{}:1:2:3", "x".repeat(1_000))).unwrap();
        assert!(!table.takes(&long));
        assert!(table.takes(&rows[11].0));
        // A table with a row, a table with a rowid.
        Connection::open(&path)
            .unwrap()
            .execute_batch("INSERT INTO interval_values VALUES ('A', 1, 2, 3, 'x', 4)")
            .unwrap();
        assert!(Table::open(&path, root, LOCK_BYTE).is_err());
        let _ = std::fs::remove_file(&path);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&TABLE.replace(" WITHOUT ROWID", ""))
            .unwrap();
        drop(conn);
        let e = Table::open(&path, 2, LOCK_BYTE).err().unwrap();
        assert!(e.to_string().contains("not a new database"), "{e}");
    }

    /// The lock-byte page (at 1 GiB) is left unused: SQLite moves it to 64 KiB for a run
    /// of this test in a process of its own (the setting is the whole process's), and its
    /// integrity check names a page that should not be used.
    #[test]
    fn the_lock_byte_page_is_skipped() {
        const AT: u64 = 64 << 10;
        if std::env::var_os("XBAS_TEST_LOCK_BYTE").is_none() {
            let exe = std::env::current_exe().unwrap();
            let out = std::process::Command::new(exe)
                .args(["--exact", "pages::tests::the_lock_byte_page_is_skipped"])
                .env("XBAS_TEST_LOCK_BYTE", "1")
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{text}");
            assert!(text.contains("1 passed"), "{text}");
            return;
        }
        // SAFETY: a test control that takes one unsigned int, in a process running only
        // this test.
        let old = unsafe {
            rusqlite::ffi::sqlite3_test_control(
                rusqlite::ffi::SQLITE_TESTCTRL_PENDING_BYTE,
                AT as std::ffi::c_uint,
            )
        };
        assert_eq!(old as u64, LOCK_BYTE);
        let d = tempfile::tempdir().unwrap();
        let (ours, theirs) = (d.path().join("ours.sqlite"), d.path().join("theirs.sqlite"));
        // 5,000 rows of 512-byte pages: past page 129, the lock-byte page.
        let rows = rows(5_000);
        write(&ours, 512, &rows, AT);
        assert!(std::fs::metadata(&ours).unwrap().len() > AT + 512);
        assert_eq!(read(&ours), inserted(&theirs, 512, &rows));
        // Written as if it were not there, the file fails SQLite's check.
        write(&ours, 512, &rows, LOCK_BYTE);
        let conn = Connection::open(&ours).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_ne!(check, "ok");
    }
}
