//! The history CSV reader on arbitrary bytes: values or an error naming a line, never a
//! panic; every value it keeps is finite. The same bytes read in tiny blocks cut into
//! many parts (the path large files take) must give exactly the same values or error.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use xbas_xlink::history::{History, HistoryError, Split, Window, read_bytes, read_from};

type Outcome = Result<(BTreeMap<String, (Vec<u32>, Vec<u64>)>, u64), HistoryError>;

fn outcome(r: Result<(), HistoryError>, mut h: History) -> Outcome {
    r?;
    h.finish();
    let mut values = BTreeMap::new();
    for (k, c) in h.values {
        assert!(c.values.iter().all(|v| v.is_finite()));
        assert!(c.slots.windows(2).all(|w| w[0] < w[1]));
        values.insert(k, (c.slots, c.values.iter().map(|v| v.to_bits()).collect()));
    }
    Ok((values, h.outside))
}

fuzz_target!(|data: &[u8]| {
    let window = Window { from: 0, to: 200_000_000, interval: 15 };
    let mut h = History::default();
    let whole = outcome(read_bytes("fuzz.csv", data, window, &mut h), h);
    let split = Split { block: 64, parts: 3, min_part: 1 };
    let mut h = History::default();
    let parts = outcome(read_from("fuzz.csv", data, window, &mut h, &mut |_| {}, split), h);
    assert_eq!(whole, parts);
});
