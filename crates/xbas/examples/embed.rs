//! A complete embedder of the language library: compiles the script given on the command
//! line (or a built-in one), shares the program between threads and evaluates a day of
//! 15-minute intervals on each, then prints the stored values of the first thread.
//!
//!     cargo run --release -p xbas --example embed -- scripts/threshold.bas

use std::process::ExitCode;

const BUILT_IN: &str =
    "Sub Main()\n  If Weekday = 1 Then Result = 0 Else Result = (Para1 + Para2) * 100\nEnd Sub\n";

fn main() -> ExitCode {
    let program = match std::env::args_os().nth(1) {
        Some(path) => xbas::Program::compile_file(std::path::Path::new(&path)),
        None => xbas::Program::compile(BUILT_IN),
    };
    let program = match program {
        Ok(p) => p,
        Err(e) => {
            eprint!("{}", e.render(false));
            return ExitCode::from(1);
        }
    };
    // Columns of key figures for one day (96 intervals) and the inputs of each interval.
    let offered: Vec<f64> = (0..96).map(|i| f64::from(i % 40)).collect();
    let handled: Vec<f64> = (0..96).map(|i| f64::from(i % 37)).collect();
    let minutes: Vec<i32> = (0..96).map(|i| i * 15).collect();
    // A program is Send + Sync: every thread evaluates its own weekday with it.
    let days: Vec<Result<Vec<i64>, xbas::BatchError>> = std::thread::scope(|s| {
        let workers: Vec<_> = (1..=7)
            .map(|weekday| {
                let (program, offered, handled, minutes) = (&program, &offered, &handled, &minutes);
                s.spawn(move || {
                    let weekdays = vec![weekday; minutes.len()];
                    let batch = xbas::Batch {
                        paras: &[offered, handled],
                        weekday: &weekdays,
                        minutes,
                    };
                    let mut stored = Vec::new();
                    program.eval_batch(&batch, &mut stored).map(|()| stored)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a worker thread panicked"))
            .collect()
    });
    for (day, values) in days.iter().enumerate() {
        match values {
            Ok(v) => println!(
                "weekday {}: {} values, first {:?}",
                day + 1,
                v.len(),
                &v[..4.min(v.len())]
            ),
            Err(e) => {
                eprintln!("weekday {}: {e}", day + 1);
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
