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
        let map = xbas_xlink::map::AcdMap::from_bytes(&bytes);
        assert_eq!(map.to_bytes(), bytes, "{name}");
        let _ = xbas_xlink::check::check(&map, &xbas_xlink::check::Context::default());
    }
}

/// Found by `run`: a `Sub Main` with parameters, called by the host without arguments,
/// indexed a by-reference argument that was never passed (a panic). It is now an error.
#[test]
fn main_with_parameters_is_an_error_not_a_panic() {
    let found = inputs("run-");
    assert!(!found.is_empty());
    let mains = [
        "Sub Main(X)\n  Result = 1\nEnd Sub\n",
        "Sub Main(ByVal X As Long)\n  Result = X\nEnd Sub\n",
    ];
    let texts = found
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .chain(mains.iter().map(|s| s.to_string()));
    for text in texts {
        let Ok(p) = xbas::Program::compile(&text) else {
            continue;
        };
        let interval = xbas::Interval {
            paras: &[1.0, 2.0],
            weekday: 2,
            minutes: 0,
        };
        let e = p.runner().eval(&interval).unwrap_err();
        assert_eq!(e.error.number, 449, "{text}: {}", e.error.description);
    }
}

#[test]
fn every_input_runs_through_every_stage_without_panic() {
    for (_, bytes) in inputs("") {
        let src = xbas::syntax::SourceFile::from_bytes("f.bas", &bytes);
        let _ = xbas::bind::check(&src);
        let _ = xbas::Program::compile_source(src);
        let mut h = xbas_xlink::history::History::default();
        let window = xbas_xlink::history::Window {
            from: 0,
            to: 200_000_000,
            interval: 15,
        };
        let _ = xbas_xlink::history::read_bytes("f.csv", &bytes, window, &mut h);
    }
}

/// Found by `history`: a header longer than a block, with a two-byte character across the
/// block's end, failed as "not UTF-8" when read in small blocks and as an unknown header
/// when read whole; and a quote inside an unquoted field (a plain character to the `csv`
/// crate) made the quote count cut a quoted field in two; and the `csv` crate dropped BOM
/// bytes at the start of a part, where they are text. Read whole or in 64-byte blocks
/// cut into parts, the outcome agrees.
#[test]
fn history_reads_the_same_in_any_blocks() {
    use xbas_xlink::history::{History, Split, Window, read_bytes, read_from};
    let found = inputs("history-");
    assert!(!found.is_empty());
    let window = Window {
        from: 0,
        to: 200_000_000,
        interval: 15,
    };
    for (name, bytes) in found {
        let mut whole = History::default();
        let a = read_bytes("f.csv", &bytes, window, &mut whole);
        let split = Split {
            block: 64,
            parts: 3,
            min_part: 1,
        };
        let mut parts = History::default();
        let b = read_from("f.csv", &bytes[..], window, &mut parts, &mut |_| {}, split);
        assert_eq!(a, b, "{name}");
        whole.finish();
        parts.finish();
        let mut keys: Vec<_> = whole.values.keys().collect();
        keys.sort();
        for k in keys {
            let (x, y) = (&whole.values[k], &parts.values.get(k));
            assert_eq!(Some(&x.slots), y.map(|c| &c.slots), "{name} {k}");
            assert_eq!(Some(&x.values), y.map(|c| &c.values), "{name} {k}");
        }
        assert_eq!(whole.values.len(), parts.values.len(), "{name}");
    }
}
