//! `xbas import` end to end (spec §4): forms of history, range borders, missing values,
//! --fill, --interval, host-variable types, outputs, errors that leave no output file.

mod common;

use std::path::Path;
use std::process::Output;

use common::xbas;

fn setup(name: &str, map: &str, scripts: &[(&str, &str)], history: &[(&str, &str)]) -> common::Dir {
    let dir = common::dir(&format!("import-{name}"));
    dir.file("acd_map.ini", map);
    dir.files(scripts);
    dir.files(history);
    dir
}

fn import(dir: &Path, history: &[&str], extra: &[&str]) -> Output {
    let map = dir.join("acd_map.ini");
    let mut args: Vec<String> = vec![
        "import".into(),
        "--map".into(),
        map.display().to_string(),
        "--history".into(),
    ];
    args.extend(history.iter().map(|h| dir.join(h).display().to_string()));
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    xbas(&refs)
}

use common::stdout;

const SUM2: &str = "Dim Result As Long\r\nDim Para1 As Long\r\nDim Para2 As Long\r\nSub Main()\r\n  Result = (Para1 + Para2) * 100\r\nEnd Sub\r\n";

#[test]
fn vendor_doc_example_long_form_with_missing_values_and_borders() {
    let dir = setup(
        "vendor",
        "iWFM R4 Hamburg:1:1002:1003=InvisionAcd1:Service 1:Calls\r\niWFM R4 Hamburg:1:1002:1003=InvisionAcd2:Service 2:Calls\r\niWFM R4 Hamburg:1:1002:1003=$1.BAS\r\nR4-System:0:1108:1023=Avaya CMS:1:Split:Test:Holdtime\r\nR4-System:0:1108:1023=$522.BAS\r\n",
        &[
            ("$1.BAS", SUM2),
            (
                "$522.BAS",
                "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
            ),
        ],
        &[(
            "h.csv",
            "source,start,value\nInvisionAcd1:Service 1:Calls,2024-03-03 23:45,99\nInvisionAcd1:Service 1:Calls,2024-03-04 00:00,10\nInvisionAcd2:Service 2:Calls,2024-03-04 00:00,20\nInvisionAcd1:Service 1:Calls,2024-03-04 00:15,7\nAvaya CMS:1:Split:Test:Holdtime,2024-03-05 23:45,1.25\nAvaya CMS:1:Split:Test:Holdtime,2024-03-06 00:00,5\n",
        )],
    );
    let out = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-05"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout(&out),
        "db,parent_id,queue_id,value_type_id,start,value\n\
iWFM R4 Hamburg,1,1002,1003,2024-03-04 00:00,3000\n\
iWFM R4 Hamburg,1,1002,1003,2024-03-04 00:15,700\n\
R4-System,0,1108,1023,2024-03-05 23:45,125\n"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 record(s) outside the range"), "{err}");
}

#[test]
fn wide_form_fill_interval_30_and_weekend_scripts() {
    let dir = setup(
        "wide",
        "DB:0:1:2=A:Calls\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = Para1 * 100 + Weekday * 10000 + Minutes\r\nEnd Sub\r\n",
        )],
        &[(
            "w.csv",
            "start,A:Calls\n2024-03-09 23:30,1\n2024-03-10T00:30:00,2\n",
        )],
    );
    let out = import(
        &dir,
        &["w.csv"],
        &[
            "--from",
            "2024-03-09",
            "--to",
            "2024-03-10",
            "--interval",
            "30",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Saturday 23:30 (weekday 7, minute 1410), Sunday 00:30 (weekday 1, minute 30).
    assert_eq!(
        stdout(&out),
        "db,parent_id,queue_id,value_type_id,start,value\nDB,0,1,2,2024-03-09 23:30,71510\nDB,0,1,2,2024-03-10 00:30,10230\n"
    );
    let out = import(
        &dir,
        &["w.csv"],
        &[
            "--from",
            "2024-03-09",
            "--to",
            "2024-03-10",
            "--interval",
            "30",
            "--fill",
        ],
    );
    assert_eq!(stdout(&out).lines().count(), 1 + 96);
}

#[test]
fn para_as_long_rounds_and_undeclared_result_truncates() {
    let dir = setup(
        "types",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\nDB:0:1:3=S:Q:Calls\r\nDB:0:1:3=$2.BAS\r\n",
        &[
            (
                "$1.BAS",
                "Dim Para1 As Long\r\nSub Main()\r\n  Result = Para1\r\nEnd Sub\r\n",
            ),
            (
                "$2.BAS",
                "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
            ),
        ],
        &[(
            "h.csv",
            "source,start,value\nS:Q:Calls,2024-03-04 08:00,12.5\nS:Q:Calls,2024-03-04 08:15,0.58\n",
        )],
    );
    let out = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-04"],
    );
    let text = stdout(&out);
    assert!(text.contains("DB,0,1,2,2024-03-04 08:00,12\n"), "{text}");
    assert!(text.contains("DB,0,1,2,2024-03-04 08:15,1\n"), "{text}");
    assert!(text.contains("DB,0,1,3,2024-03-04 08:00,1250\n"), "{text}");
    assert!(text.contains("DB,0,1,3,2024-03-04 08:15,57\n"), "{text}");
}

#[test]
fn jsonl_output_file_and_byte_identical_reimport() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/example");
    let out_dir = std::env::temp_dir().join(format!("xbas-import-out-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut files = Vec::new();
    for (name, n) in [("a.csv", 1), ("b.csv", 2), ("c.jsonl", 3)] {
        let out = out_dir.join(name);
        let o = xbas(&[
            "import",
            "--map",
            root.join("acd_map.ini").to_str().unwrap(),
            "--history",
            root.join("history.csv").to_str().unwrap(),
            "--from",
            "2024-03-04",
            "--to",
            "2024-03-10",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{n}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        files.push(std::fs::read(&out).unwrap());
    }
    assert_eq!(files[0], files[1], "two imports differ");
    let first: serde_json::Value =
        serde_json::from_slice(files[2].split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["db"], "WFM");
    assert_eq!(first["start"], "2024-03-04 06:00");
    assert!(first["value"].is_i64());
}

fn assert_fails_without_output(dir: &Path, history: &str, needle: &str) {
    let out_file = dir.join("out.csv");
    std::fs::write(&out_file, "previous\n").unwrap();
    let o = import(
        dir,
        &[history],
        &[
            "--from",
            "2024-03-04",
            "--to",
            "2024-03-04",
            "--out",
            out_file.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(needle), "{needle}: {err}");
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        "previous\n",
        "the previous output was touched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn bad_input_gives_exit_1_its_line_and_no_output() {
    let dir = setup(
        "bad",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = 100 / Para1\r\nEnd Sub\r\n",
        )],
        &[
            ("header.csv", "when,what\n1,2\n"),
            (
                "grid.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,1\nS:Q:Calls,2024-03-04 08:10,1\n",
            ),
            (
                "value.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,1\nS:Q:Calls,2024-03-04 08:15,1,5\n",
            ),
            (
                "number.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,1.000,5\n",
            ),
            (
                "word.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,lots\n",
            ),
            (
                "date.csv",
                "source,start,value\nS:Q:Calls,2024-02-30 08:00,1\n",
            ),
            (
                "zero.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,4\nS:Q:Calls,2024-03-04 08:15,0\n",
            ),
        ],
    );
    assert_fails_without_output(&dir, "header.csv", "unknown header");
    assert_fails_without_output(
        &dir,
        "grid.csv",
        "grid.csv:3:2: `2024-03-04 08:10` is off the 15-minute grid",
    );
    assert_fails_without_output(&dir, "value.csv", "value.csv:3");
    assert_fails_without_output(&dir, "number.csv", "number.csv:2");
    assert_fails_without_output(&dir, "word.csv", "word.csv:2:3: `lots` is not a number");
    assert_fails_without_output(&dir, "date.csv", "date.csv:2:2");
    assert_fails_without_output(
        &dir,
        "zero.csv",
        "runtime error 11: Division by zero in $1.BAS line 2 (Para1=0",
    );
}

#[test]
fn keep_going_writes_the_rest_and_exits_1() {
    let dir = setup(
        "keep",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = 100 / Para1\r\nEnd Sub\r\n",
        )],
        &[(
            "h.csv",
            "source,start,value\nS:Q:Calls,2024-03-04 08:00,4\nS:Q:Calls,2024-03-04 08:15,0\nS:Q:Calls,2024-03-04 08:30,5\n",
        )],
    );
    let o = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-04", "--keep-going"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "db,parent_id,queue_id,value_type_id,start,value\nDB,0,1,2,2024-03-04 08:00,25\nDB,0,1,2,2024-03-04 08:30,20\n"
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("failed: mapping DB:0:1:2 at 2024-03-04 08:15")
    );
}

#[test]
fn map_problems_stop_the_import_before_anything_runs() {
    let dir = setup(
        "mapbad",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\nDB:0:1:3=S:Q:Calls\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = Para1 + Para2\r\nEnd Sub\r\n",
        )],
        &[(
            "h.csv",
            "source,start,value\nS:Q:Calls,2024-03-04 08:00,4\n",
        )],
    );
    let o = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-04"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("acd_map.ini:3: no-script"), "{err}");
    let dir2 = setup(
        "mapparas",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = Para1 + Para2\r\nEnd Sub\r\n",
        )],
        &[(
            "h.csv",
            "source,start,value\nS:Q:Calls,2024-03-04 08:00,4\n",
        )],
    );
    let o = import(
        &dir2,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-04"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("acd_map.ini:2: para-count"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn sqlite_rows(db: &Path) -> Vec<(String, i64, String, i64)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut st = conn.prepare("SELECT db, queue_id, start, value FROM interval_values ORDER BY db, queue_id, value_type_id, start").unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn sqlite_reimport_replaces_the_range_and_keeps_the_rest() {
    let dir = setup(
        "sqlite",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = 100 / Para1\r\nEnd Sub\r\n",
        )],
        &[
            (
                "a.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,4\nS:Q:Calls,2024-03-05 08:00,5\n",
            ),
            (
                "b.csv",
                "source,start,value\nS:Q:Calls,2024-03-05 09:00,10\n",
            ),
            (
                "bad.csv",
                "source,start,value\nS:Q:Calls,2024-03-04 08:00,0\n",
            ),
        ],
    );
    let db = dir.join("values.sqlite");
    let d = db.to_str().unwrap();
    let o = import(
        &dir,
        &["a.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-05", "--out", d],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        sqlite_rows(&db),
        vec![
            ("DB".into(), 1, "2024-03-04 08:00".into(), 25),
            ("DB".into(), 1, "2024-03-05 08:00".into(), 20)
        ]
    );
    // Re-importing 2024-03-05 replaces that day's rows and keeps 2024-03-04.
    let o = import(
        &dir,
        &["b.csv"],
        &["--from", "2024-03-05", "--to", "2024-03-05", "--out", d],
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        sqlite_rows(&db),
        vec![
            ("DB".into(), 1, "2024-03-04 08:00".into(), 25),
            ("DB".into(), 1, "2024-03-05 09:00".into(), 10)
        ]
    );
    // A failing import leaves every row as it was.
    let o = import(
        &dir,
        &["bad.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-05", "--out", d],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(sqlite_rows(&db).len(), 2);
}

#[test]
fn a_failing_import_into_a_new_sqlite_file_leaves_no_file() {
    let dir = setup(
        "sqlite-new",
        "DB:0:1:2=S:Q:Calls\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = 100 / Para1\r\nEnd Sub\r\n",
        )],
        &[(
            "bad.csv",
            "source,start,value\nS:Q:Calls,2024-03-04 08:00,0\n",
        )],
    );
    let db = dir.join("new.sqlite");
    let o = import(
        &dir,
        &["bad.csv"],
        &[
            "--from",
            "2024-03-04",
            "--to",
            "2024-03-04",
            "--out",
            db.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("runtime error 11"));
    assert!(!db.exists(), "a half-made database was left behind");
}

/// Ten mappings run in parallel still come out in map order, then by start, with the
/// printed text in the same order, and identically on every run.
#[test]
fn parallel_mappings_keep_map_order_and_logs() {
    let mut map = String::new();
    let mut scripts = Vec::new();
    for q in 0..10 {
        // Queue ids descend, so an order by queue id would differ from map order.
        let id = 100 - q;
        map.push_str(&format!(
            "DB:0:{id}:1=S:Q{}:Calls\r\nDB:0:{id}:1=${q}.BAS\r\n",
            q % 3
        ));
        scripts.push((
            format!("${q}.BAS"),
            format!(
                "Sub Main()\r\n  Result = Para1 * {q}\r\n  Print \"q{q}\"; Para1\r\nEnd Sub\r\n"
            ),
        ));
    }
    let mut history = String::from("source,start,value\n");
    for i in 0..300 {
        for s in 0..3 {
            history.push_str(&format!(
                "S:Q{s}:Calls,2024-03-04 {:02}:{:02},{}\n",
                i * 15 / 60 % 24,
                i * 15 % 60,
                i + s
            ));
        }
    }
    let refs: Vec<(&str, &str)> = scripts
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = setup("parallel", &map, &refs, &[("h.csv", &history)]);
    let run = |n: usize| {
        let log = dir.join(format!("log{n}.txt"));
        let o = import(
            &dir,
            &["h.csv"],
            &[
                "--from",
                "2024-03-04",
                "--to",
                "2024-03-06",
                "--log",
                log.to_str().unwrap(),
                // 300 quarter hours wrap round one day: the later value of a start wins.
                "--duplicates",
                "last",
            ],
        );
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        (stdout(&o), std::fs::read_to_string(log).unwrap())
    };
    let (csv, log) = run(1);
    // 300 records per source, but only 96 distinct starts in one day.
    let lines: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(lines.len(), 10 * 96);
    for (q, chunk) in lines.chunks(96).enumerate() {
        let id = 100 - q;
        assert!(
            chunk
                .iter()
                .all(|l| l.starts_with(&format!("DB,0,{id},1,"))),
            "{q}"
        );
        assert!(
            chunk.windows(2).all(|w| w[0] < w[1]),
            "starts out of order in {q}"
        );
    }
    let log_lines: Vec<&str> = log.lines().collect();
    assert_eq!(log_lines.len(), 10 * 96);
    assert!(
        log_lines[0].starts_with("DB:0:100:1 2024-03-04 00:00: q0"),
        "{}",
        log_lines[0]
    );
    assert!(log_lines[96].contains(": q1 "), "{}", log_lines[96]);
    for _ in 0..3 {
        assert_eq!(run(2), (csv.clone(), log.clone()));
    }
}

/// An import killed with SIGKILL while it writes into an existing SQLite file: the file
/// holds exactly its previous rows afterwards (the rollback journal undoes the rest).
#[cfg(unix)]
#[test]
fn sqlite_import_killed_midway_keeps_the_previous_rows() {
    let slow = "Sub Main()\r\n  Dim i As Long, x As Long\r\n  For i = 1 To 2000\r\n    x = x + 1\r\n  Next\r\n  Result = Para1 + x\r\nEnd Sub\r\n";
    let map = common::eight_queues();
    let history = common::february();
    let dir = setup("sigkill", &map, &[("$1.BAS", slow)], &[("h.csv", &history)]);
    let db = dir.join("values.sqlite");
    let d = db.to_str().unwrap();
    let o = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-02-01", "--to", "2024-02-02", "--out", d],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let before = sqlite_rows(&db);
    assert_eq!(before.len(), 8 * 2 * 96);
    // The whole month: the first two days' rows would be replaced.
    let map_path = dir.join("acd_map.ini");
    let mut child = common::cmd()
        .args(["import", "--map", map_path.to_str().unwrap(), "--history"])
        .arg(dir.join("h.csv"))
        .args(["--from", "2024-02-01", "--to", "2024-02-28", "--out", d])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the transaction has begun (its journal exists), then a little more.
    let journal = dir.join("values.sqlite-journal");
    let t0 = std::time::Instant::now();
    while !journal.exists() && t0.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(journal.exists(), "the import never started writing");
    std::thread::sleep(std::time::Duration::from_millis(150));
    child.kill().unwrap(); // SIGKILL on unix
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the import finished before it was killed"
    );
    assert_eq!(sqlite_rows(&db), before);
}

/// Counts what an import reports as done, per phase.
#[derive(Default)]
struct Counted {
    phase: std::sync::Mutex<&'static str>,
    evaluated: std::sync::atomic::AtomicU64,
    total: std::sync::atomic::AtomicU64,
}

impl xbas_xlink::import::Progress for Counted {
    fn begin(&self, phase: &'static str, total: u64) {
        *self.phase.lock().unwrap() = phase;
        if phase == "evaluating" {
            self.total
                .store(total, std::sync::atomic::Ordering::Relaxed);
        }
    }
    fn advance(&self, n: u64) {
        if *self.phase.lock().unwrap() == "evaluating" {
            self.evaluated
                .fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// A kernel script that fails after its first batch block (a division by zero in the
/// last interval) is run again interval by interval; the progress counts each interval
/// once, not the block again (it overshot its total before).
#[test]
fn progress_counts_each_interval_once_when_a_batch_falls_back() {
    let n = 70_000; // more than one batch block of 65,536
    let mut history = String::from("start,ACD:Q:A,ACD:Q:B\n");
    for i in 0..n {
        let (d, m) = (i / 96, i % 96 * 15);
        let day = 45_292 + d; // 2024-01-01 as days since 1899-12-30
        let (y, mo, dd) = xbas::runtime::datetime::ymd_from_serial(day as f64).unwrap();
        let date = format!("{y:04}-{mo:02}-{dd:02}");
        let b = if i == n - 1 { 0 } else { 1 };
        history.push_str(&format!(
            "{date} {:02}:{:02},{},{b}\n",
            m / 60,
            m % 60,
            i % 500
        ));
    }
    let script = "Dim Result As Long\nDim Para1 As Long\nDim Para2 As Long\n\nSub Main()\n  Result = (Para1 / Para2) * 100\nEnd Sub\n";
    let dir = setup(
        "progress",
        "WFM:0:1:1=ACD:Q:A\nWFM:0:1:1=ACD:Q:B\nWFM:0:1:1=$1.BAS\n",
        &[("$1.BAS", script)],
        &[("h.csv", &history)],
    );
    let program = xbas::Program::compile(script).unwrap();
    assert!(program.has_kernel(), "the test needs the batch path");
    let opts = common::import_options(&dir, "h.csv", true);
    let counted = Counted::default();
    let (summary, rows) = common::import_rows(&opts, &counted);
    assert_eq!(summary.failures.len(), 1, "{:?}", summary.failures);
    assert_eq!(rows, n - 1);
    let total = counted.total.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(total, n as u64);
    assert_eq!(
        counted.evaluated.load(std::sync::atomic::Ordering::Relaxed),
        total
    );
}

/// A history held in a spill file (`--in-memory` values, here far fewer than the history
/// has) imports exactly as one held in memory: rows, summary, logs and errors, with
/// several files in both forms, records out of order, values given twice (across files
/// too) under every `--duplicates` policy, sources no mapping uses, gaps, records outside
/// the range, kernel and VM scripts, and sources shared by mappings.
#[test]
fn a_history_spilled_to_a_file_imports_as_one_in_memory() {
    let map = "DB:0:1:1=S:A\r\nDB:0:1:1=S:B\r\nDB:0:1:1=$1.BAS\r\n\
               DB:0:2:1=S:C\r\nDB:0:2:1=$2.BAS\r\n\
               DB:0:3:1=S:B\r\nDB:0:3:1=S:D\r\nDB:0:3:1=S:A\r\nDB:0:3:1=$3.BAS\r\n\
               DB:0:4:1=S:E\r\nDB:0:4:1=$4.BAS\r\n";
    let vm = "Sub Main()\r\n  Dim s As String\r\n  Result = Para1 * 7 + Weekday\r\n  Print \"c\"; Para1\r\nEnd Sub\r\n";
    let three = "Dim Result As Long\r\nSub Main()\r\n  Result = Para1 - Para2 * 2 + Para3 + Minutes\r\nEnd Sub\r\n";
    // A small deterministic generator (no dependency): xorshift.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    let start = |i: u64| {
        let (d, m) = (3 + i / 96, i % 96 * 15);
        format!("2024-03-{d:02} {:02}:{:02}", m / 60, m % 60)
    };
    let sources = ["S:A", "S:B", "S:C", "S:D", "S:E", "S:unused"];
    let mut files: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut clean = Vec::new();
    for f in 0..3 {
        let mut text = String::from("source,start,value\n");
        let mut dup_free = String::from("source,start,value\n");
        for _ in 0..400 {
            // Days 3 to 7 of March; the range is 4 to 6, so some are outside.
            let (s, i) = (sources[next(6) as usize], next(5 * 96));
            let v = format!("{}.{}", next(1000), next(4) * 25);
            let line = format!("{s},{},{v}\n", start(i));
            text.push_str(&line);
            // The wide file has S:D.
            if s != "S:D" && seen.insert((s, i)) {
                dup_free.push_str(&line);
            }
        }
        files.push((format!("h{f}.csv"), text));
        clean.push((format!("c{f}.csv"), dup_free));
    }
    let mut wide = String::from("start,S:D,S:unused\n");
    for i in (0..5 * 96).step_by(3) {
        wide.push_str(&format!("{},{},\n", start(i), next(50)));
    }
    files.push(("w.csv".into(), wide.clone()));
    let mut all: Vec<(&str, &str)> = files
        .iter()
        .chain(&clean)
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    all.push(("$1.BAS", SUM2));
    all.push(("$2.BAS", vm));
    all.push(("$3.BAS", three));
    all.push((
        "$4.BAS",
        "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
    ));
    let dir = setup("spill", map, &all, &[]);
    let run = |history: &[&str], policy: &str, hold: &str| {
        let log = dir.join(format!("log-{policy}-{hold}.txt"));
        let o = import(
            &dir,
            history,
            &[
                "--from",
                "2024-03-04",
                "--to",
                "2024-03-06",
                "--duplicates",
                policy,
                "--in-memory",
                hold,
                "--log",
                log.to_str().unwrap(),
            ],
        );
        let log = std::fs::read_to_string(log).unwrap_or_default();
        (
            o.status.code(),
            stdout(&o),
            String::from_utf8_lossy(&o.stderr).to_string(),
            log,
        )
    };
    let dirty = ["h0.csv", "h1.csv", "w.csv", "h2.csv"];
    for policy in ["error", "first", "last", "sum"] {
        let memory = run(&dirty, policy, "12000000");
        if policy != "error" {
            assert_eq!(memory.0, Some(0), "{}", memory.2);
            assert!(memory.1.lines().count() > 500, "{}", memory.1);
            assert!(memory.2.contains("resolved"), "{}", memory.2);
        } else {
            assert_eq!(memory.0, Some(1), "{}", memory.2);
        }
        for hold in ["0", "1", "37", "500"] {
            let spilled = run(&dirty, policy, hold);
            if policy == "error" {
                // Which of the duplicates is named first may differ: in memory the first
                // by source name, spilled the first of the sources as they are read back.
                // A pipe gets the header as the history is read, never a row.
                let header = "db,parent_id,queue_id,value_type_id,start,value\n".to_string();
                assert_eq!((spilled.0, &spilled.1), (Some(1), &header));
                assert!(spilled.2.contains(" is given "), "{}", spilled.2);
            } else {
                assert_eq!(spilled, memory, "--duplicates {policy} --in-memory {hold}");
            }
        }
    }
    // Without duplicates every policy gives one result, in memory or not.
    let clean = ["c0.csv", "w.csv", "c1.csv", "c2.csv"];
    let memory = run(&clean, "error", "12000000");
    assert_eq!(memory.0, Some(0), "{}", memory.2);
    for hold in ["0", "5", "300"] {
        assert_eq!(run(&clean, "error", hold), memory, "--in-memory {hold}");
    }
}

/// SQLite gets the rows CSV gets, whatever their number per mapping (rows go in by
/// statements of many rows, the rest one by one): into a new file, and again into that
/// file once it exists, with mappings in an order that is not the table's key order.
#[test]
fn sqlite_holds_exactly_the_rows_of_the_csv_output() {
    let map = "B:7:30:1=S:A\r\nB:7:30:1=$1.BAS\r\n\
               A:0:20:2=S:B\r\nA:0:20:2=$1.BAS\r\n\
               A:0:20:1=S:C\r\nA:0:20:1=$1.BAS\r\n\
               A:5:10:1=S:A\r\nA:5:10:1=S:C\r\nA:5:10:1=$2.BAS\r\n";
    let mut history = String::from("source,start,value\n");
    // 97, 32 and 5 intervals: more than one statement's rows, exactly one, fewer.
    for (s, n) in [("S:A", 97), ("S:B", 32), ("S:C", 5)] {
        for i in 0..n {
            history.push_str(&format!(
                "{s},2024-03-{:02} {:02}:{:02},{i}\n",
                4 + i / 96,
                i % 96 / 4,
                i % 4 * 15
            ));
        }
    }
    let dir = setup(
        "sqlite-rows",
        map,
        &[
            (
                "$1.BAS",
                "Sub Main()\r\n  Result = Para1 * 3 + 1\r\nEnd Sub\r\n",
            ),
            ("$2.BAS", SUM2),
        ],
        &[("h.csv", &history)],
    );
    let range = ["--from", "2024-03-04", "--to", "2024-03-05"];
    let expected = csv_rows(&dir, &range);
    assert_eq!(expected.len(), 97 + 32 + 5 + 97);
    let db = dir.join("rows.sqlite");
    for _ in 0..2 {
        import_into(&dir, &range, &db);
        assert_eq!(all_sqlite_rows(&db), expected);
    }
}

/// The rows of the CSV import of `dir`'s h.csv over `range`, sorted.
fn csv_rows(dir: &Path, range: &[&str]) -> Vec<Vec<String>> {
    let csv = import(dir, &["h.csv"], range);
    assert_eq!(csv.status.code(), Some(0));
    let mut rows: Vec<Vec<String>> = stdout(&csv)
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    rows.sort();
    rows
}

/// Imports `dir`'s h.csv over `range` into `out`, which must succeed.
fn import_into(dir: &Path, range: &[&str], out: &Path) {
    let mut args = range.to_vec();
    args.extend(["--out", out.to_str().unwrap()]);
    let o = import(dir, &["h.csv"], &args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
}

/// Every row of an import's SQLite table as the CSV output has it, sorted, once SQLite's
/// integrity check has passed.
fn all_sqlite_rows(db: &Path) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut st = conn
        .prepare("SELECT db, parent_id, queue_id, value_type_id, start, value FROM interval_values")
        .unwrap();
    let mut rows: Vec<Vec<String>> = st
        .query_map([], |r| {
            Ok(vec![
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?.to_string(),
                r.get::<_, i64>(2)?.to_string(),
                r.get::<_, i64>(3)?.to_string(),
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?.to_string(),
            ])
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    rows
}

/// A new SQLite file's table is written page by page (`xbas_xlink::pages`), so its leaves
/// are full but for the last (SQLite's own inserts leave most of them partly empty); a
/// db name too long for those pages goes through SQLite's inserts instead. Both files
/// hold the CSV output's rows and pass SQLite's integrity check.
#[test]
fn a_new_sqlite_file_is_written_page_by_page_unless_a_db_name_is_too_long() {
    let long = "W".repeat(5_000);
    for (name, db) in [("pages", "WFM"), ("long-db", long.as_str())] {
        let map = format!(
            "{db}:0:2:1=S:A\r\n{db}:0:2:1=$1.BAS\r\n{db}:0:1:1=S:A\r\n{db}:0:1:1=$1.BAS\r\n"
        );
        let mut history = String::from("source,start,value\n");
        for i in 0..6_000 {
            let (day, minute) = (i / 96, i % 96 * 15);
            history.push_str(&format!(
                "S:A,2024-{:02}-{:02} {:02}:{:02},{i}\n",
                1 + day / 28,
                1 + day % 28,
                minute / 60,
                minute % 60
            ));
        }
        let dir = setup(
            &format!("sqlite-{name}"),
            &map,
            &[(
                "$1.BAS",
                "Sub Main()\r\n  Result = Para1 * 3 - 7\r\nEnd Sub\r\n",
            )],
            &[("h.csv", &history)],
        );
        let range = ["--from", "2024-01-01", "--to", "2024-12-31"];
        let expected = csv_rows(&dir, &range);
        assert_eq!(expected.len(), 12_000);
        let db_file = dir.join("new.sqlite");
        import_into(&dir, &range, &db_file);
        assert_eq!(all_sqlite_rows(&db_file), expected, "{name}");
        let conn = rusqlite::Connection::open(&db_file).unwrap();
        let (leaves, part_empty): (i64, i64) = conn
            .query_row(
                "SELECT count(*), sum(unused > 100) FROM dbstat \
                 WHERE name = 'interval_values' AND pagetype = 'leaf'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        if name == "pages" {
            assert!(
                leaves > 10 && part_empty <= 1,
                "{leaves} leaves, {part_empty} partly empty"
            );
        }
    }
}

/// A mapped source the history never names (a typo in acd_map.ini) is reported per
/// mapping, not only as a mapping with no rows (issue 21).
#[test]
fn a_mapped_source_absent_from_the_history_is_named() {
    let dir = setup(
        "absent-source",
        "DB:0:1:2=ACD1:Support:Offered\r\nDB:0:1:2=$1.BAS\r\nDB:0:1:3=ACD1:Suport:Offered\r\nDB:0:1:3=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
        )],
        &[(
            "h.csv",
            "source,start,value\nACD1:Support:Offered,2024-03-04 00:00,10\n",
        )],
    );
    let out = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-05"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("DB:0:1:3 reads `ACD1:Suport:Offered`, which has no value in the range"),
        "{err}"
    );
    assert!(!err.contains("`ACD1:Support:Offered`"), "{err}");
}

/// An output name with an unknown extension is a usage error that lists every kind the
/// import writes (issue 21: the message forgot `.sqlite`).
#[test]
fn an_unknown_output_kind_lists_the_known_ones() {
    let dir = setup(
        "out-kind",
        "DB:0:1:2=ACD1:Support:Offered\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
        )],
        &[("h.csv", "source,start,value\n")],
    );
    let out_path = dir.join("o.txt");
    let out = import(
        &dir,
        &["h.csv"],
        &[
            "--from",
            "2024-03-04",
            "--to",
            "2024-03-05",
            "--out",
            out_path.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("(use .csv, .jsonl, or .sqlite or .db for SQLite)"),
        "{err}"
    );
    assert!(!out_path.exists());
}

/// A range without data is said, not only a lone CSV header (issue 21, point 11).
#[test]
fn a_range_without_data_is_a_warning() {
    let dir = setup(
        "empty-range",
        "DB:0:1:2=ACD1:Support:Offered\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
        )],
        &[(
            "h.csv",
            "source,start,value\nACD1:Support:Offered,2024-03-04 00:00,10\n",
        )],
    );
    let out = import(
        &dir,
        &["h.csv"],
        &["--from", "2025-01-01", "--to", "2025-01-02"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning: no interval of the range has a value of a mapped source"),
        "{err}"
    );
    assert!(err.contains("(1 record(s) outside the range)"), "{err}");
    let full = import(
        &dir,
        &["h.csv"],
        &["--from", "2024-03-04", "--to", "2024-03-04"],
    );
    assert!(!String::from_utf8_lossy(&full.stderr).contains("warning: no interval"));
}

/// Issue 21, point 7: `--verbose` prints the scripts' text above the progress bar; it no
/// longer hides the bar. On a terminal both show.
#[cfg(unix)]
#[test]
fn verbose_keeps_the_progress_bar_on_a_terminal() {
    use expectrl::Expect;
    let dir = setup(
        "verbose-bar",
        "DB:0:1:2=ACD1:Support:Offered\r\nDB:0:1:2=$1.BAS\r\n",
        &[(
            "$1.BAS",
            "Sub Main()\r\n  Print \"seen\"\r\n  Result = Para1 * 100\r\nEnd Sub\r\n",
        )],
        &[(
            "h.csv",
            "source,start,value\nACD1:Support:Offered,2024-03-04 08:00,3\n",
        )],
    );
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_xbas"));
    cmd.args(["import", "--map"])
        .arg(dir.join("acd_map.ini"))
        .arg("--history")
        .arg(dir.join("h.csv"))
        .args([
            "--from",
            "2024-03-04",
            "--to",
            "2024-03-04",
            "--verbose",
            "--out",
        ])
        .arg(dir.join("o.csv"))
        .env("TERM", "xterm");
    let mut p = expectrl::Session::spawn(cmd).unwrap();
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    let before = p.expect("seen").unwrap().before().to_vec();
    p.expect("imported 1 mappings").unwrap();
    assert!(
        String::from_utf8_lossy(&before).contains("reading history"),
        "no progress bar: {}",
        String::from_utf8_lossy(&before)
    );
}
