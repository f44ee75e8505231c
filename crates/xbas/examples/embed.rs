//! A complete embedder: compiles a scenario once and evaluates it for the intervals given
//! on the command line, first one by one, then as a batch.
//!
//!     cargo run -p xbas --example embed -- scripts/default.bas 12 35 0.5
//!
//! Each number is Para1 of one interval (Monday 08:00, 08:15, …). A script that does not
//! compile ends `main` through `?`, which prints its diagnostics as `xbas check` does.

use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: embed SCRIPT.bas [PARA1 …]")?;
    let values: Vec<f64> = args.map(|a| a.parse()).collect::<Result<_, _>>()?;

    let source = xbas::SourceFile::read(std::path::Path::new(&path))?;
    let program = xbas::Program::compile_source(source)?;

    // One interval at a time: a Runner is reusable and allocates nothing per interval.
    let mut runner = program.runner();
    for (i, v) in values.iter().enumerate() {
        let interval = xbas::Interval {
            paras: std::slice::from_ref(v),
            weekday: 2,
            minutes: 480 + 15 * i as i32,
        };
        println!("Para1 = {v}: stored {}", runner.eval(&interval)?);
    }

    // All at once, as columns (the typed kernel runs them when the script allows it).
    let n = values.len();
    let minutes: Vec<i32> = (0..n as i32).map(|i| 480 + 15 * i).collect();
    let batch = xbas::Batch {
        paras: &[&values],
        weekday: &vec![2; n],
        minutes: &minutes,
        dates: &[],
    };
    let mut stored = Vec::new();
    program.eval_batch(&batch, &mut stored)?;
    println!("batch: {stored:?} (kernel: {})", program.has_kernel());
    Ok(())
}
