//! `xbas import` end to end on a generated history of 10 million rows (40 sources ×
//! 250,000 15-minute intervals, 20 mappings of the S1 script over 2 sources each),
//! against the floor: the `csv` crate alone reading the same file and parsing its numbers. The history is
//! generated once into `target/bench-import/` (about 345 MB).

use criterion::{Criterion, criterion_group};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SOURCES: usize = 40;
const INTERVALS: usize = 250_000;

/// The 10-million-row history of the benchmark.
fn prepare() -> PathBuf {
    generate("bench-import", SOURCES, INTERVALS, 2)
}

/// Writes (once) `target/<name>/`: a long-form history of `sources` × `intervals` rows
/// (15-minute intervals from 2018-01-01) and a map of 20 mappings of the S1 script, each
/// over `per_mapping` sources in turn.
fn generate(name: &str, sources: usize, intervals: usize, per_mapping: usize) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(name);
    let history = dir.join("history.csv");
    if history.exists() {
        return dir;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let mut map = String::new();
    for m in 0..20 {
        let q = 1000 + m;
        for k in 0..per_mapping {
            map.push_str(&format!(
                "WFM:0:{q}:1=ACD:Q{}:Calls\r\n",
                per_mapping * m + k
            ));
        }
        map.push_str(&format!("WFM:0:{q}:1=$1.BAS\r\n"));
    }
    std::fs::write(dir.join("acd_map.ini"), map).unwrap();
    std::fs::write(dir.join("$1.BAS"), include_str!("scenarios/s1_sum.bas")).unwrap();
    let tmp = dir.join("history.csv.part");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp).unwrap());
    writeln!(w, "source,start,value").unwrap();
    let start = chrono_free_start();
    for i in 0..intervals {
        let (d, m) = (i / 96, i % 96 * 15);
        let when = format!("{} {:02}:{:02}", day_text(start + d as i64), m / 60, m % 60);
        for s in 0..sources {
            writeln!(w, "ACD:Q{s}:Calls,{when},{}", (i + s) % 500).unwrap();
        }
    }
    w.flush().unwrap();
    drop(w);
    std::fs::rename(tmp, &history).unwrap();
    dir
}

/// 2018-01-01 as days since 1970-01-01.
fn chrono_free_start() -> i64 {
    17532
}

/// Days since 1970-01-01 as YYYY-MM-DD (civil-from-days).
fn day_text(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    format!("{y:04}-{m:02}-{d:02}")
}

fn import(c: &mut Criterion) {
    let dir = prepare();
    let history = dir.join("history.csv");
    let out = dir.join("out.csv");
    let mut g = c.benchmark_group("import 10M rows");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(60));
    g.bench_function("csv crate: read and parse numbers", |b| {
        b.iter_custom(|iters| {
            let t = Instant::now();
            for _ in 0..iters {
                let mut r = csv::Reader::from_path(&history).unwrap();
                let mut rec = csv::ByteRecord::new();
                let mut sum = 0.0;
                while r.read_byte_record(&mut rec).unwrap() {
                    sum += std::str::from_utf8(&rec[2])
                        .unwrap()
                        .parse::<f64>()
                        .unwrap();
                }
                std::hint::black_box(sum);
            }
            t.elapsed()
        })
    });
    g.bench_function("xbas history reader", |b| {
        let window = xbas_xlink::history::Window {
            from: 0,
            to: i64::MAX / 2,
            interval: 15,
        };
        b.iter(|| {
            let mut h = xbas_xlink::history::History::default();
            xbas_xlink::history::read_file(&history, window, &mut h, &mut |_| {}).unwrap();
            h.finish();
            std::hint::black_box(h.values.len())
        })
    });
    // One `xbas import` of the history into `out`, which is removed first (outside the
    // time measured).
    let import_into = |out: &Path, iters: u64| {
        let mut spent = Duration::ZERO;
        for _ in 0..iters {
            let _ = std::fs::remove_file(out);
            let t = Instant::now();
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_xbas"))
                .args(["import", "--map"])
                .arg(dir.join("acd_map.ini"))
                .arg("--history")
                .arg(&history)
                .args(["--from", "2018-01-01", "--to", "2025-12-31", "--out"])
                .arg(out)
                .stderr(std::process::Stdio::null())
                .status()
                .unwrap();
            spent += t.elapsed();
            assert!(status.success());
        }
        spent
    };
    g.bench_function("xbas import", |b| {
        b.iter_custom(|iters| import_into(&out, iters))
    });
    // Into a new SQLite file each time (the bound: at most 3x the CSV import).
    let db = dir.join("out.sqlite");
    g.bench_function("xbas import into SQLite", |b| {
        b.iter_custom(|iters| import_into(&db, iters))
    });
    g.finish();
}

criterion_group!(benches, import);

/// `XBAS_BENCH_100M=1 cargo bench --bench import` only writes the 100-million-row history
/// (400 sources × 250,000 intervals, 3.7 GB; 20 mappings of 20 sources) for the
/// memory measurement of the closing notes, and prints where it is.
fn main() {
    if std::env::var_os("XBAS_BENCH_100M").is_some() {
        println!(
            "{}",
            generate("bench-import-100m", 400, INTERVALS, 20).display()
        );
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
