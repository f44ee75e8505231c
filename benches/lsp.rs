//! `xbas lsp` as an editor sees it: how long after a change to a generated 10,000-line
//! script its diagnostics arrive (the binary over stdio: framing, the debounce, the
//! analysis with every lint, the conversion to LSP positions). Issue 23: under 100 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;
use std::time::{Duration, Instant};

#[path = "../tests/common/lsp.rs"]
mod client;
#[path = "script.rs"]
mod script;

fn lsp(c: &mut Criterion) {
    let text = script::generated_script(10_000);
    let lines = text.lines().count();
    let uri = "file:///nowhere/generated.bas";
    let mut client = client::Client::start(std::process::Command::new(env!("CARGO_BIN_EXE_xbas")));
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "xbas", "version": 0, "text": text}}),
    );
    let first = client.diagnostics_of(uri, 0);
    assert!(
        first.iter().all(|d| d["severity"] != 1),
        "the generated script has errors: {first:?}"
    );
    let mut version = 0i64;
    let mut g = c.benchmark_group("lsp");
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(5));
    // The server's part of it: the analysis of one version, in this process.
    g.bench_function(format!("analysis, {lines} lines"), |b| {
        b.iter(|| {
            let src = xbas::syntax::SourceFile::from_text("generated.bas", text.as_str());
            xbas::ide::Analysis::new(src, &[])
        })
    });
    g.bench_function(format!("change to diagnostics, {lines} lines"), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                version += 1;
                // Type a space at the start of line 3, or take it back.
                let end = if version % 2 == 1 { 0 } else { 1 };
                let new = if version % 2 == 1 { " " } else { "" };
                let t = Instant::now();
                client.notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [
                        {"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": end}}, "text": new}
                    ]}),
                );
                let _ = client.diagnostics_of(uri, version);
                total += t.elapsed();
            }
            total
        })
    });
    g.finish();
    client.shutdown();
}

criterion_group!(benches, lsp);
criterion_main!(benches);
