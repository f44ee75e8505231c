//! The acd_map.ini reader on arbitrary bytes: it never panics, an unchanged map is written
//! back byte for byte, and checking it reports problems instead of failing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use xbas_xlink::map::AcdMap;

fuzz_target!(|data: &[u8]| {
    let map = AcdMap::from_bytes(data);
    assert_eq!(map.to_bytes(), data, "round trip");
    let _ = xbas_xlink::check::check(&map, &xbas_xlink::check::Context::default());
    let _ = map.mappings();
});
