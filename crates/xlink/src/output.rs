//! The writers of an import's rows: CSV and JSON Lines encoders (run on the workers,
//! see [`Encode`]) and the SQLite database (behind the default feature `sqlite`).

#[cfg(feature = "sqlite")]
use crate::history::format_start;
use crate::history::{Minute, StartText};
use crate::import::Encode;
#[cfg(feature = "sqlite")]
use crate::import::{Options, Progress, Sink, Summary, run};
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
    let target = crate::replace::resolve(out);
    if target.exists() {
        return fill_sqlite(opts, out, &target, busy_timeout, log, progress);
    }
    // A new database is made beside its place and appears only complete; it never
    // replaces a database another import created meanwhile (nor is one ever deleted).
    let new =
        crate::replace::Replacement::new(&target).map_err(|e| format!("{}: {e}", out.display()))?;
    let summary = fill_sqlite(opts, out, new.path(), busy_timeout, log, progress)?;
    new.commit_new().map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => format!(
            "{}: another program created it while this import ran; it was left as it is (run the import again to write into it)",
            out.display()
        ),
        _ => format!("{}: {e}", out.display()),
    })?;
    Ok(summary)
}

/// The import's rows into the database at `path` (`out` names it in messages), in one
/// transaction.
#[cfg(feature = "sqlite")]
fn fill_sqlite(
    opts: &Options,
    out: &std::path::Path,
    path: &std::path::Path,
    busy_timeout: std::time::Duration,
    log: impl FnMut(&Target, Minute, &str) + Send,
    progress: &dyn Progress,
) -> Result<Summary, String> {
    let sql = |e: rusqlite::Error| format!("{}: {e}", out.display());
    let mut conn = rusqlite::Connection::open(path).map_err(sql)?;
    conn.busy_timeout(busy_timeout).map_err(sql)?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS interval_values (
            db TEXT NOT NULL, parent_id INTEGER NOT NULL, queue_id INTEGER NOT NULL,
            value_type_id INTEGER NOT NULL, start TEXT NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (db, queue_id, value_type_id, start));",
    )
    .map_err(sql)?;
    let tx = conn.transaction().map_err(sql)?;
    // The last minute of the range, not its end: "10000-01-01" would sort before
    // "9999-12-31 …" (the range's years are 1–9999, four digits, so text order is time
    // order).
    let from = format_start(opts.window.from);
    let last = format_start(opts.window.to - 1);
    let map =
        crate::map::AcdMap::read(&opts.map).map_err(|e| format!("{}: {e}", opts.map.display()))?;
    for m in map.mappings() {
        let t = &m.target;
        tx.execute(
            "DELETE FROM interval_values WHERE db = ?1 AND queue_id = ?2 AND value_type_id = ?3 AND start >= ?4 AND start <= ?5",
            rusqlite::params![t.db, t.queue, t.value_type, from, last],
        )
        .map_err(sql)?;
    }
    let summary = {
        let mut insert = tx
            .prepare(
                "INSERT OR REPLACE INTO interval_values (db, parent_id, queue_id, value_type_id, start, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(sql)?;
        let mut emit = |r: &crate::import::Row| {
            let t = &r.target;
            insert
                .execute(rusqlite::params![
                    t.db,
                    t.parent,
                    t.queue,
                    t.value_type,
                    format_start(r.start),
                    r.value
                ])
                .map(|_| ())
                .map_err(std::io::Error::other)
        };
        run(opts, Sink::Rows(&mut emit), log, progress).map_err(|e| e.to_string())?
    };
    tx.commit().map_err(sql)?;
    conn.close().map_err(|(_, e)| sql(e))?;
    Ok(summary)
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
