//! The history CSV reader on arbitrary bytes: values or an error naming a line, never a
//! panic; every value it keeps is finite.
#![no_main]
use libfuzzer_sys::fuzz_target;
use xbas::xlink::history::{History, Window, read_bytes};

fuzz_target!(|data: &[u8]| {
    let window = Window { from: 0, to: 200_000_000, interval: 15 };
    let mut h = History::default();
    if read_bytes("fuzz.csv", data, window, &mut h).is_ok() {
        h.finish();
        for c in h.values.values() {
            assert!(c.values.iter().all(|v| v.is_finite()));
            assert!(c.slots.windows(2).all(|w| w[0] < w[1]));
        }
    }
});
