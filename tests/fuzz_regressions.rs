//! Inputs the fuzzers found (tests/fuzz_regressions/, named by target), replayed with the
//! fuzz targets' own assertions so that a fixed finding stays fixed.

use std::path::Path;

fn inputs(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Found by `acd_map`: a byte undefined in Windows-1252, a UTF-8 BOM in front of text
/// that is not UTF-8, and two BOMs were not written back as read.
#[test]
fn acd_map_round_trips_byte_for_byte() {
    let found = inputs("acd_map-");
    assert!(!found.is_empty());
    for (name, bytes) in found {
        let map = xbas::xlink::map::AcdMap::from_bytes(&bytes);
        assert_eq!(map.to_bytes(), bytes, "{name}");
        let _ = xbas::xlink::check::check(&map, &xbas::xlink::check::Context::default());
    }
}

#[test]
fn every_input_runs_through_every_stage_without_panic() {
    for (_, bytes) in inputs("") {
        let src = xbas::syntax::SourceFile::from_bytes("f.bas", &bytes);
        let _ = xbas::syntax::parse(&src);
        let _ = xbas::Program::compile_source(src);
        let mut h = xbas::xlink::history::History::default();
        let window = xbas::xlink::history::Window {
            from: 0,
            to: 200_000_000,
            interval: 15,
        };
        let _ = xbas::xlink::history::read_bytes("f.csv", &bytes, window, &mut h);
    }
}
