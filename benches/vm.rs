//! Per-interval evaluation with `Runner::eval` on the vendor scenarios (the full
//! comparison with native Rust, Lua and Rhai is issue 7's), and the same scripts through
//! the general VM (`Runner::run` + `stored`), so one run shows what the kernel gains.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use xbas::{Interval, Program};

/// Interval `i` of the generated inputs.
fn interval(i: usize, paras: &[f64; 2]) -> Interval<'_> {
    Interval {
        paras,
        weekday: (i % 7) as i32 + 1,
        minutes: ((i % 96) * 15) as i32,
    }
}

fn eval(c: &mut Criterion) {
    let scripts = [
        ("default", include_str!("../scripts/default.bas")),
        ("weekday", include_str!("../scripts/weekday.bas")),
        ("time_window", include_str!("../scripts/time_window.bas")),
        ("average", include_str!("../scripts/average.bas")),
    ];
    let n = 10_000usize;
    let paras: Vec<[f64; 2]> = (0..n)
        .map(|i| {
            [
                (i % 500) as f64,
                if i % 10 == 0 { 0.0 } else { (i % 37) as f64 },
            ]
        })
        .collect();
    let mut g = c.benchmark_group("eval");
    g.throughput(Throughput::Elements(n as u64));
    for (name, src) in scripts {
        let program = Program::compile(src).unwrap();
        g.bench_function(format!("{name} x{n}"), |b| {
            let mut runner = program.runner();
            runner.set_date(Some(45292.0));
            b.iter(|| {
                let mut sum = 0i64;
                for (i, p) in paras.iter().enumerate() {
                    sum += runner.eval(black_box(&interval(i, p))).unwrap_or(0);
                }
                sum
            })
        });
        g.bench_function(format!("{name} x{n} general VM"), |b| {
            let mut runner = program.runner();
            runner.set_date(Some(45292.0));
            b.iter(|| {
                let mut sum = 0i64;
                for (i, p) in paras.iter().enumerate() {
                    if runner.run(black_box(&interval(i, p))).is_ok() {
                        sum += runner.stored().unwrap_or(0);
                    }
                }
                sum
            })
        });
    }
    g.finish();
}

criterion_group!(benches, eval);
criterion_main!(benches);
