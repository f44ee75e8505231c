//! Front-end throughput: lexing, and lexing + parsing + checking, of a generated
//! 10,000-line script made of the constructs real scenarios use.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use xbas::syntax::{SourceFile, lexer};

#[path = "script.rs"]
mod script;
use script::generated_script;

fn frontend(c: &mut Criterion) {
    let src = generated_script(10_000);
    let lines = src.lines().count();
    let mut g = c.benchmark_group("frontend");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.bench_function(format!("lex {lines} lines"), |b| {
        b.iter(|| lexer::lex(black_box(&src)))
    });
    g.bench_function(format!("parse+check {lines} lines"), |b| {
        b.iter(|| {
            let f = SourceFile::from_text("gen.bas", black_box(src.as_str()));
            let p = xbas::bind::check(&f);
            assert!(!p.has_errors());
            p
        })
    });
    // Worst cases near the limits: deep parentheses and long operator chains, 1 MB.
    let deep = format!(
        "Sub Main()\n{}End Sub\n",
        format!("Result = {}1{}\n", "(".repeat(99), ")".repeat(99)).repeat(1_000_000 / 210)
    );
    g.throughput(Throughput::Bytes(deep.len() as u64));
    g.sample_size(10);
    g.bench_function("parse 1 MB of 99-deep parentheses", |b| {
        b.iter(|| xbas::bind::check(&SourceFile::from_text("deep.bas", black_box(deep.as_str()))))
    });
    let deep_error = format!("{deep}Sub Other()\nResult = (1 +\nEnd Sub\n");
    g.bench_function("parse 1 MB of 99-deep parentheses, error at the end", |b| {
        b.iter(|| {
            xbas::bind::check(&SourceFile::from_text(
                "deep.bas",
                black_box(deep_error.as_str()),
            ))
        })
    });
    g.finish();
}

criterion_group!(benches, frontend);
criterion_main!(benches);
