//! Writes the results table of `benches/peers.sh` into README.md (between the
//! `<!-- peers:start -->` and `<!-- peers:end -->` markers) from criterion's estimates
//! under `target/criterion`: nanoseconds per interval and the ratio to native Rust.

use std::collections::BTreeMap;
use std::path::Path;

const ENGINES: [&str; 9] = [
    "native",
    "xbas eval_batch",
    "xbas eval",
    "xbas VM run + stored",
    "LuaJIT loop inside",
    "LuaJIT per interval",
    "Lua 5.4 loop inside",
    "Lua 5.4 per interval",
    "Rhai per interval",
];

const INTERVALS: f64 = 1_000_000.0;

fn main() {
    let readme = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "README.md".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion");
    // (scenario, engine) -> ns per interval
    let mut ns: BTreeMap<(String, String), f64> = BTreeMap::new();
    let Ok(groups) = std::fs::read_dir(&root) else {
        eprintln!(
            "no criterion results under {}: run benches/peers.sh",
            root.display()
        );
        std::process::exit(1);
    };
    for g in groups.flatten() {
        let Ok(benches) = std::fs::read_dir(g.path()) else {
            continue;
        };
        for b in benches.flatten() {
            let new = b.path().join("new");
            let (Ok(meta), Ok(est)) = (
                std::fs::read_to_string(new.join("benchmark.json")),
                std::fs::read_to_string(new.join("estimates.json")),
            ) else {
                continue;
            };
            let (Ok(meta), Ok(est)) = (
                serde_json::from_str::<serde_json::Value>(&meta),
                serde_json::from_str::<serde_json::Value>(&est),
            ) else {
                continue;
            };
            let (Some(group), Some(func), Some(mean)) = (
                meta["group_id"].as_str(),
                meta["function_id"].as_str(),
                est["median"]["point_estimate"].as_f64(),
            ) else {
                continue;
            };
            if group.starts_with('S') {
                ns.insert((group.to_string(), func.to_string()), mean / INTERVALS);
            }
        }
    }
    let scenarios: Vec<String> = {
        let mut s: Vec<String> = ns.keys().map(|(g, _)| g.clone()).collect();
        s.dedup();
        s
    };
    let mut table = String::from("| scenario |");
    for e in ENGINES {
        table.push_str(&format!(" {e} |"));
    }
    table.push_str("\n|---|");
    table.push_str(&"---:|".repeat(ENGINES.len()));
    table.push('\n');
    for s in &scenarios {
        let native = ns.get(&(s.clone(), "native".into())).copied();
        table.push_str(&format!("| {s} |"));
        for e in ENGINES {
            match (ns.get(&(s.clone(), e.to_string())), native) {
                (Some(v), Some(n)) if e != "native" => {
                    table.push_str(&format!(" {v:.1} ns ({:.1}×) |", v / n))
                }
                (Some(v), _) => table.push_str(&format!(" {v:.1} ns |")),
                (None, _) => table.push_str(" – |"),
            }
        }
        table.push('\n');
    }
    print!("{table}");
    let Ok(text) = std::fs::read_to_string(&readme) else {
        eprintln!("cannot read {readme}");
        std::process::exit(1);
    };
    let (start, end) = ("<!-- peers:start -->", "<!-- peers:end -->");
    let (Some(a), Some(b)) = (text.find(start), text.find(end)) else {
        eprintln!("{readme} has no {start} … {end} markers");
        std::process::exit(1);
    };
    let updated = format!("{}{start}\n{table}{}", &text[..a], &text[b..]);
    if let Err(e) = std::fs::write(&readme, updated) {
        eprintln!("cannot write {readme}: {e}");
        std::process::exit(1);
    }
}
