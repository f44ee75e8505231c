//! The whole front end (decoding, lexer, parser, blocks, checks) on arbitrary bytes, and
//! rendering every diagnostic: no panic, no hang, no stack overflow.
#![no_main]
use libfuzzer_sys::fuzz_target;
use xbas::syntax::SourceFile;

fuzz_target!(|data: &[u8]| {
    let src = SourceFile::from_bytes("fuzz.bas", data);
    let parsed = xbas::bind::check(&src);
    for d in parsed.diagnostics.iter().take(20) {
        let _ = d.render(&src, false);
        let _ = d.to_json(&src);
    }
    let _ = xbas::syntax::open_blocks(&src.text);
});
