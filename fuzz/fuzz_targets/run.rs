//! Compile and run whatever compiles (seeded with the repository's scripts, so most inputs
//! are valid programs), with a small step budget, odd Para values and every entry point:
//! no panic; values or runtime errors only; the kernel agrees with the VM.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = xbas::syntax::SourceFile::from_bytes("fuzz.bas", data);
    let Ok(program) = xbas::Program::compile_source(src) else {
        return;
    };
    let mut runner = program.runner();
    runner.set_limits(xbas::vm::Limits { max_steps: 20_000, max_depth: 200 });
    let paras = [12.5, 0.0, -3.0, 1e10, f64::NAN];
    for (i, weekday) in [1, 2, 7].into_iter().enumerate() {
        let iv = xbas::Interval { paras: &paras[i..], weekday, minutes: 15 * i as i32 };
        let fast = runner.eval(&iv).map_err(|e| e.error.number);
        let slow = runner.run(&iv).and_then(|_| runner.stored()).map_err(|e| e.error.number);
        assert_eq!(fast, slow);
    }
    // eval_batch runs with the default step budget: only kernel scripts (no loops) here.
    if !program.has_kernel() {
        return;
    }
    let mut out = Vec::new();
    let cols: Vec<&[f64]> = vec![&[1.0, 2.5, 0.0], &[0.0, 4.0, 3.0]];
    let _ = program.eval_batch(
        &xbas::Batch { paras: &cols, weekday: &[1, 2, 3], minutes: &[0, 15, 1425], dates: &[] },
        &mut out,
    );
});
