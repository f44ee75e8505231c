//! Issue 7's scenarios S1–S5 and issue 20's S6 (with S5v/S6v, their general-VM variants)
//! over 1,000,000 generated intervals: the native Rust closure (the physical limit),
//! `Runner::eval` per interval and `Program::eval_batch`; the same two for every script of
//! `scripts/` and the vendor shapes of `../shared/conformance` when present (group
//! `repository`; a script that fails on some interval, such as the unguarded average,
//! measures its failing batch); and the compile time of each scenario.
//! The comparison with Lua 5.4, LuaJIT and Rhai lives in the `peers` workspace member
//! (`benches/peers.sh`), so `cargo test` never builds them.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "workload.rs"]
mod workload;
use workload::*;

fn scenarios(c: &mut Criterion) {
    let d = data(N);
    check_agreement(&d);
    let mut out = Vec::with_capacity(N);
    for (name, text, s) in SCENARIOS {
        let p = xbas::Program::compile(text).unwrap();
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        g.throughput(Throughput::Elements(N as u64));
        bench_native_and_xbas(&mut g, s, &p, &d, &mut out);
        g.finish();
    }
    // Issue 20: the repository's scripts (what users run), per interval and in batch.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut g = c.benchmark_group("repository");
    g.sample_size(10);
    g.throughput(Throughput::Elements(N as u64));
    // The vendor documentation's six shapes too, when the shared conformance scripts
    // are beside the repository.
    for dir in ["scripts", "scripts/example", "../shared/conformance"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("bas")))
            .filter(|p| {
                dir != "../shared/conformance"
                    || p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("vendor"))
            })
            .collect();
        files.sort();
        for f in files {
            let text = xbas::syntax::source::SourceFile::read(&f).unwrap().text;
            let p = xbas::Program::compile(&text).unwrap();
            let name = f.strip_prefix(root).unwrap().display().to_string();
            g.bench_function(format!("{name} eval"), |b| {
                b.iter(|| run_eval(&p, black_box(&d), &mut out))
            });
            g.bench_function(format!("{name} eval_batch"), |b| {
                b.iter(|| run_batch(&p, black_box(&d), &mut out))
            });
        }
    }
    g.finish();
    let mut g = c.benchmark_group("compile");
    for (name, text, _) in SCENARIOS {
        g.bench_function(name, |b| {
            b.iter(|| xbas::Program::compile(black_box(text)).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, scenarios);
criterion_main!(benches);
