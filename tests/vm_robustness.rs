//! The VM on odd inputs: every script of the repository run with extreme, non-finite and
//! random Para values, every weekday and boundary minutes, must end in a value or a
//! runtime error — never a panic.

use std::path::Path;
use xbas::{Interval, Program};

fn scripts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["scripts", "tests/scripts", "../shared/conformance"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "bas") {
                out.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    out
}

#[test]
fn odd_inputs_never_panic() {
    let specials = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        2.5,
        32767.5,
        -32768.5,
        2147483647.0,
        -2147483649.0,
        1e300,
        -1e300,
        f64::MIN_POSITIVE,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        123456789.123,
    ];
    let mut state = 0x2545F4914F6CDD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut runs = 0;
    for src in scripts() {
        let Ok(program) = Program::compile(&src) else {
            continue;
        };
        let mut runner = program.runner();
        runner.set_date(Some(45292.0));
        runner.set_limits(xbas::vm::Limits {
            max_steps: 200_000,
            max_depth: 500,
            max_time: None,
        });
        for k in 0..60 {
            let paras: Vec<f64> = (0..4)
                .map(|_| {
                    let r = next();
                    if r % 3 == 0 {
                        specials[(r >> 8) as usize % specials.len()]
                    } else {
                        (r >> 11) as f64 / 1e6 - 4e6
                    }
                })
                .collect();
            let interval = Interval {
                paras: &paras,
                weekday: (k % 7) + 1,
                minutes: [0, 359, 360, 1199, 1200, 1439][k as usize % 6],
            };
            let _ = runner.eval(&interval);
            runs += 1;
        }
    }
    assert!(runs > 1000, "only {runs} runs");
}

/// A flag set from another thread stops an endless loop (the REPL's Ctrl-C), and the
/// error cannot be trapped by `On Error Resume Next`.
#[test]
fn the_interrupt_flag_stops_a_loop() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let p = xbas::Program::compile("Sub Main()\n  On Error Resume Next\n  Do\n  Loop\nEnd Sub\n")
        .unwrap();
    let mut r = p.runner();
    r.set_limits(xbas::vm::Limits {
        max_steps: u64::MAX,
        ..Default::default()
    });
    let flag = Arc::new(AtomicBool::new(false));
    r.set_interrupt(flag.clone());
    let setter = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        flag.store(true, Ordering::Relaxed);
    });
    let e = r
        .eval(&xbas::Interval {
            paras: &[],
            weekday: 1,
            minutes: 0,
        })
        .unwrap_err();
    setter.join().unwrap();
    assert!(e.error.description.contains("interrupted"), "{e:?}");
}

/// Issue 18, finding 14: a run's wall time is bounded by `Limits::max_time` (each run
/// anew) and by the host's deadline; neither can be trapped by `On Error Resume Next`.
#[test]
fn time_limits_stop_a_loop_each_run_anew() {
    use std::time::{Duration, Instant};
    let p = xbas::Program::compile(
        "Sub Main()\n  On Error Resume Next\n  If Para1 > 0 Then\n    Do\n    Loop\n  End If\n  Result = 7\nEnd Sub\n",
    )
    .unwrap();
    let mut r = p.runner();
    r.set_limits(xbas::vm::Limits {
        max_steps: u64::MAX,
        max_time: Some(Duration::from_millis(50)),
        ..Default::default()
    });
    let at = |p: f64| {
        move |r: &mut xbas::vm::Runner| {
            r.eval(&xbas::Interval {
                paras: &[p],
                weekday: 1,
                minutes: 0,
            })
        }
    };
    for _ in 0..2 {
        let t = Instant::now();
        let e = at(1.0)(&mut r).unwrap_err();
        assert!(t.elapsed() < Duration::from_secs(5));
        assert!(t.elapsed() >= Duration::from_millis(50));
        assert!(
            e.error.description.contains("time limit of 0.05 s"),
            "{e:?}"
        );
        // The next run has its own 50 ms.
        assert_eq!(at(0.0)(&mut r).unwrap(), 7);
    }
    r.set_deadline(Some(Instant::now() + Duration::from_millis(20)));
    r.set_limits(xbas::vm::Limits {
        max_steps: u64::MAX,
        max_time: Some(Duration::from_secs(60)),
        ..Default::default()
    });
    let e = at(1.0)(&mut r).unwrap_err();
    assert!(e.error.description.contains("deadline passed"), "{e:?}");
}
