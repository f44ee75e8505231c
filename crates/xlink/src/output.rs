//! The writers of an import's rows: CSV and JSON Lines encoders (run on the workers,
//! see [`Encode`]) and the SQLite database (behind the default feature `sqlite`).

#[cfg(feature = "sqlite")]
use crate::history::format_start;
use crate::history::{Minute, StartText};
use crate::import::Encode;
#[cfg(feature = "sqlite")]
use crate::import::{Options, Order, Progress, Sink, Summary, run};
use crate::map::Target;

/// The header line of the CSV output.
pub const CSV_HEADER: &str = "db,parent_id,queue_id,value_type_id,start,value";

/// Appends each row as `before` start `between` value `after`.
fn encode_rows(rows: &[(Minute, i64)], out: &mut Vec<u8>, [before, between, after]: [&str; 3]) {
    let (mut start_text, mut num) = (StartText::default(), itoa::Buffer::new());
    out.reserve(rows.len() * (before.len() + between.len() + after.len() + 24));
    for &(start, value) in rows {
        out.extend_from_slice(before.as_bytes());
        start_text.write(start, out);
        out.extend_from_slice(between.as_bytes());
        out.extend_from_slice(num.format(value).as_bytes());
        out.extend_from_slice(after.as_bytes());
    }
}

/// CSV rows: `db,parent_id,queue_id,value_type_id,start,value`.
pub struct Csv;

impl Encode for Csv {
    fn rows(&self, t: &Target, rows: &[(Minute, i64)], out: &mut Vec<u8>) {
        let db = if t.db.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", t.db.replace('"', "\"\""))
        } else {
            t.db.clone()
        };
        let before = format!("{db},{},{},{},", t.parent, t.queue, t.value_type);
        encode_rows(rows, out, [&before, ",", "\n"]);
    }
}

/// JSON Lines rows, keys in alphabetical order.
pub struct Jsonl;

impl Encode for Jsonl {
    fn rows(&self, t: &Target, rows: &[(Minute, i64)], out: &mut Vec<u8>) {
        let before = format!(
            "{{\"db\":{},\"parent_id\":{},\"queue_id\":{},\"start\":\"",
            serde_json::Value::from(t.db.as_str()),
            t.parent,
            t.queue
        );
        let after = format!(",\"value_type_id\":{}}}\n", t.value_type);
        encode_rows(rows, out, [&before, "\",\"value\":", &after]);
    }
}

/// Runs an import into the SQLite file `out`: table `interval_values`, primary key (db,
/// queue_id, value_type_id, start). The imported range of every mapped queue/value type
/// is replaced in one transaction; on any error nothing is committed.
#[cfg(feature = "sqlite")]
pub fn to_sqlite(
    opts: &Options,
    out: &std::path::Path,
    busy_timeout: std::time::Duration,
    log: impl FnMut(&Target, Minute, &str) + Send,
    progress: &dyn Progress,
) -> Result<Summary, String> {
    // In the table's order: a new table is written page by page in it, and SQLite
    // appends rows that come in it to an existing table's b-tree without searching it.
    let opts = &Options {
        order: Order::Key,
        ..opts.clone()
    };
    let target = crate::replace::resolve(out);
    if target.exists() {
        return fill_sqlite(opts, out, &target, false, busy_timeout, log, progress);
    }
    // A new database is made beside its place and appears only complete; it never
    // replaces a database another import created meanwhile (nor is one ever deleted).
    let new =
        crate::replace::Replacement::new(&target).map_err(|e| format!("{}: {e}", out.display()))?;
    let summary = fill_new(opts, out, new.path(), busy_timeout, log, progress)?;
    new.commit_new().map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => format!(
            "{}: another program created it while this import ran; it was left as it is (run the import again to write into it)",
            out.display()
        ),
        _ => format!("{}: {e}", out.display()),
    })?;
    Ok(summary)
}

/// The page cache of a bulk load, in KiB (SQLite's default is 2 MB): dirty pages that do
/// not fit are written out, and into the rollback journal, in the middle of the load.
/// 64 MB gave the same times as 16 MB on the bench (with twice the peak RSS).
#[cfg(feature = "sqlite")]
const CACHE_KIB: i64 = 16 << 10;

/// Opens the database at `path` for an import and makes its table if it has none: a
/// `new` file is not yet in its place (it is renamed there only once complete), so it is
/// loaded without a journal or syncs, with 16 KB pages, and its table has no rowid (one
/// B-tree, the primary key's, instead of two); an existing file keeps its journal and
/// settings, so that a failure or a kill leaves it as it was.
#[cfg(feature = "sqlite")]
fn open(
    path: &std::path::Path,
    new: bool,
    busy_timeout: std::time::Duration,
) -> rusqlite::Result<rusqlite::Connection> {
    let conn = rusqlite::Connection::open(path)?;
    conn.busy_timeout(busy_timeout)?;
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    if new {
        conn.execute_batch(
            "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;",
        )?;
    }
    let table = "CREATE TABLE IF NOT EXISTS interval_values (
            db TEXT NOT NULL, parent_id INTEGER NOT NULL, queue_id INTEGER NOT NULL,
            value_type_id INTEGER NOT NULL, start TEXT NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (db, queue_id, value_type_id, start))";
    let rowid = if new { " WITHOUT ROWID;" } else { ";" };
    conn.execute_batch(&format!("{table}{rowid}"))?;
    Ok(conn)
}

/// The import's rows into the new database at `path` (`out` names it in messages): SQLite
/// makes the file and its empty table, and the rows go straight into the table's pages
/// ([`crate::pages`]), unless the file is not as expected or a db name is too long for
/// them (then SQLite inserts the rows).
#[cfg(feature = "sqlite")]
fn fill_new(
    opts: &Options,
    out: &std::path::Path,
    path: &std::path::Path,
    busy_timeout: std::time::Duration,
    log: impl FnMut(&Target, Minute, &str) + Send,
    progress: &dyn Progress,
) -> Result<Summary, String> {
    let sql = |e: rusqlite::Error| format!("{}: {e}", out.display());
    let conn = open(path, true, busy_timeout).map_err(sql)?;
    let root: u32 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'interval_values'",
            [],
            |r| r.get(0),
        )
        .map_err(sql)?;
    conn.close().map_err(|(_, e)| sql(e))?;
    let table = crate::pages::Table::open(path, root, crate::pages::LOCK_BYTE).ok();
    let targets = crate::map::AcdMap::read(&opts.map).map(|m| m.mappings());
    let mut table = match (table, targets) {
        (Some(t), Ok(targets)) if targets.iter().all(|m| t.takes(&m.target)) => t,
        _ => return fill_sqlite(opts, out, path, true, busy_timeout, log, progress),
    };
    let mut emit = |r: &crate::import::Row| table.push(r.target, r.start, r.value);
    let summary = run(opts, Sink::Rows(&mut emit), log, progress).map_err(|e| e.to_string())?;
    table
        .finish()
        .map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(summary)
}

/// The import's rows into the database at `path` (`out` names it in messages), in one
/// transaction through prepared statements of many rows ([`Inserts`]), the file opened
/// by [`open`]. A new file comes here only when its pages cannot be written directly
/// ([`fill_new`]).
///
/// Measured on the 10-million-row bench history (5 million rows out), against 1.6–1.8 s
/// for CSV: into a new file 13.1 s before these settings, 4.7–5.1 s with them (4 KB
/// pages: 5.7–6.3 s); into an existing one 23.3 s before, 9.1–9.7 s with them. Written
/// page by page, a new file takes about as long as CSV.
#[cfg(feature = "sqlite")]
fn fill_sqlite(
    opts: &Options,
    out: &std::path::Path,
    path: &std::path::Path,
    new: bool,
    busy_timeout: std::time::Duration,
    log: impl FnMut(&Target, Minute, &str) + Send,
    progress: &dyn Progress,
) -> Result<Summary, String> {
    let sql = |e: rusqlite::Error| format!("{}: {e}", out.display());
    let mut conn = open(path, new, busy_timeout).map_err(sql)?;
    let tx = conn.transaction().map_err(sql)?;
    // The last minute of the range, not its end: "10000-01-01" would sort before
    // "9999-12-31 …" (the range's years are 1–9999, four digits, so text order is time
    // order).
    let from = format_start(opts.window.from);
    let last = format_start(opts.window.to - 1);
    let map =
        crate::map::AcdMap::read(&opts.map).map_err(|e| format!("{}: {e}", opts.map.display()))?;
    if !new {
        for m in map.mappings() {
            let t = &m.target;
            tx.execute(
                "DELETE FROM interval_values WHERE db = ?1 AND queue_id = ?2 AND value_type_id = ?3 AND start >= ?4 AND start <= ?5",
                rusqlite::params![t.db, t.queue, t.value_type, from, last],
            )
            .map_err(sql)?;
        }
    }
    let summary = {
        let mut rows = Inserts::new(&tx).map_err(sql)?;
        let mut emit = |r: &crate::import::Row| rows.push(r).map_err(std::io::Error::other);
        let summary = run(opts, Sink::Rows(&mut emit), log, progress).map_err(|e| e.to_string())?;
        rows.flush().map_err(sql)?;
        summary
    };
    tx.commit().map_err(sql)?;
    conn.close().map_err(|(_, e)| sql(e))?;
    Ok(summary)
}

/// Rows per INSERT statement. One statement of many rows keeps its table cursor from row
/// to row, so rows that come in key order are appended without a search of the tree from
/// its root (SQLite's `cursorOnLastPage`); it also runs the statement's code once for
/// them all, and binds their mapping's target once. Measured on the bench's 5 million
/// rows into a new file: one row per statement 9.7 s, 128 rows 5.2–6.4 s, 512 rows
/// 5.9–6.3 s, 32 rows 5.4-5.7 s (then binding the target once per statement).
#[cfg(feature = "sqlite")]
const ROWS_PER_INSERT: usize = 32;

/// The rows of an import on their way into `interval_values`, [`ROWS_PER_INSERT`] rows
/// of one target at a time.
#[cfg(feature = "sqlite")]
struct Inserts<'c> {
    /// The statement for many rows: the target is `?1`–`?4`, a row's start and value
    /// are `?5` and `?6` for the first, `?7` and `?8` for the next…
    many: rusqlite::Statement<'c>,
    one: rusqlite::Statement<'c>,
    /// The target of the pending rows, and the rows not yet inserted: start, value.
    target: Option<Target>,
    pending: Vec<(Minute, i64)>,
    text: StartText,
    start: Vec<u8>,
}

#[cfg(feature = "sqlite")]
impl<'c> Inserts<'c> {
    fn new(tx: &'c rusqlite::Transaction) -> rusqlite::Result<Inserts<'c>> {
        let insert = "INSERT INTO interval_values (db, parent_id, queue_id, value_type_id, start, value) VALUES ";
        let many: Vec<String> = (0..ROWS_PER_INSERT)
            .map(|k| format!("(?1, ?2, ?3, ?4, ?{}, ?{})", 5 + 2 * k, 6 + 2 * k))
            .collect();
        Ok(Inserts {
            many: tx.prepare(&format!("{insert}{}", many.join(", ")))?,
            one: tx.prepare(&format!("{insert}(?1, ?2, ?3, ?4, ?5, ?6)"))?,
            target: None,
            pending: Vec::with_capacity(ROWS_PER_INSERT),
            text: StartText::default(),
            start: Vec::with_capacity(16),
        })
    }

    fn push(&mut self, r: &crate::import::Row) -> rusqlite::Result<()> {
        if self.target.as_ref() != Some(r.target) {
            self.flush()?;
            self.target = Some(r.target.clone());
        }
        self.pending.push((r.start, r.value));
        if self.pending.len() == ROWS_PER_INSERT {
            self.insert(true)?;
        }
        Ok(())
    }

    /// Inserts the pending rows: with the statement of many rows when they fill it.
    fn insert(&mut self, many: bool) -> rusqlite::Result<()> {
        let Inserts {
            target,
            pending,
            text,
            start,
            ..
        } = self;
        let (Some(t), false) = (target, pending.is_empty()) else {
            return Ok(());
        };
        let stmt = if many { &mut self.many } else { &mut self.one };
        stmt.raw_bind_parameter(1, &t.db)?;
        stmt.raw_bind_parameter(2, t.parent)?;
        stmt.raw_bind_parameter(3, t.queue)?;
        stmt.raw_bind_parameter(4, t.value_type)?;
        for (k, &(at, value)) in pending.iter().enumerate() {
            let p = if many { 5 + 2 * k } else { 5 };
            start.clear();
            text.write(at, start);
            // ASCII digits by construction: checked, not converted (`from_utf8_lossy`
            // cost 3.6 % of the import's instructions).
            let text = std::str::from_utf8(start)
                .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
            stmt.raw_bind_parameter(p, text)?;
            stmt.raw_bind_parameter(p + 1, value)?;
            if !many {
                stmt.raw_execute()?;
            }
        }
        if many {
            stmt.raw_execute()?;
        }
        pending.clear();
        Ok(())
    }

    /// Inserts the rows left.
    fn flush(&mut self) -> rusqlite::Result<()> {
        self.insert(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::format_start;

    fn targets() -> Vec<Target> {
        [
            "DB:0:1:2",
            "Zürich \"Nord\", 2:10:-3:4",
            "a\\b\t\u{1}:1:2:3",
        ]
        .iter()
        .map(|t| Target::parse(t).unwrap())
        .collect()
    }

    const ROWS: &[(Minute, i64)] = &[
        (0, 0),
        (45_000 * 1440 + 15, -7),
        (45_000 * 1440 + 1425, i64::MAX),
    ];

    #[test]
    fn jsonl_rows_are_serde_json_objects() {
        for t in targets() {
            let mut out = Vec::new();
            Jsonl.rows(&t, ROWS, &mut out);
            let want: String = ROWS
                .iter()
                .map(|&(start, value)| {
                    let j = serde_json::json!({
                        "db": t.db, "parent_id": t.parent, "queue_id": t.queue,
                        "value_type_id": t.value_type, "start": format_start(start), "value": value,
                    });
                    format!("{j}\n")
                })
                .collect();
            assert_eq!(String::from_utf8(out).unwrap(), want);
        }
    }

    #[test]
    fn csv_rows_quote_the_db_name() {
        let mut out = Vec::new();
        Csv.rows(&targets()[1], &ROWS[1..2], &mut out);
        let want = format!(
            "\"Zürich \"\"Nord\"\", 2\",10,-3,4,{},-7\n",
            format_start(ROWS[1].0)
        );
        assert_eq!(String::from_utf8(out).unwrap(), want);
        let mut out = Vec::new();
        Csv.rows(&targets()[0], ROWS, &mut out);
        let text = String::from_utf8(out).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let got: Vec<Vec<String>> = r
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(
            got[2],
            [
                "DB",
                "0",
                "1",
                "2",
                &format_start(ROWS[2].0),
                &i64::MAX.to_string()
            ]
        );
    }
}
