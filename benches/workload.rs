// The issue-7 workload, shared by `benches/scenarios.rs` and the peers crate
// (`peers/benches/peers.rs` includes this file): generated intervals, the scenario
// scripts and the native Rust closures (the physical limit) with the same semantics.

#![allow(dead_code)]

/// Intervals per measurement.
pub const N: usize = 1_000_000;

/// The scenarios: name, script and which semantics (index into [`NATIVE`] and the
/// peers' functions) it has. S5v and S6v are S5 and S6 with one line that keeps them off
/// the kernel: the general VM on the same work.
pub const SCENARIOS: [(&str, &str, usize); 8] = [
    ("S1 sum", include_str!("scenarios/s1_sum.bas"), 0),
    ("S2 weekday", include_str!("scenarios/s2_weekday.bas"), 1),
    ("S3 window", include_str!("scenarios/s3_window.bas"), 2),
    ("S4 average", include_str!("scenarios/s4_average.bas"), 3),
    ("S5 service", include_str!("scenarios/s5_service.bas"), 4),
    (
        "S5v service (VM)",
        include_str!("scenarios/s5v_service_vm.bas"),
        4,
    ),
    ("S6 weighted", include_str!("scenarios/s6_weighted.bas"), 5),
    (
        "S6v weighted (VM)",
        include_str!("scenarios/s6v_weighted_vm.bas"),
        5,
    ),
];

/// Para columns (S6 reads six).
pub const PARAS: usize = 6;

/// Columns of interval inputs.
pub struct Data {
    pub paras: [Vec<f64>; PARAS],
    pub weekday: Vec<i32>,
    pub minutes: Vec<i32>,
}

/// Para values 0..500 (about 10 % zeros in Para2, the divisor; Para3 0..49), Weekday
/// cycling 1..7, Minutes cycling in 15-minute steps; deterministic.
pub fn data(n: usize) -> Data {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut paras: [Vec<f64>; PARAS] = Default::default();
    for _ in 0..n {
        paras[0].push((next() % 501) as f64);
        paras[1].push(if next() % 10 == 0 {
            0.0
        } else {
            (next() % 500 + 1) as f64
        });
        paras[2].push((next() % 50) as f64);
        for c in &mut paras[3..] {
            c.push((next() % 501) as f64);
        }
    }
    Data {
        paras,
        weekday: (0..n).map(|i| (i % 7) as i32 + 1).collect(),
        minutes: (0..n).map(|i| ((i % 96) * 15) as i32).collect(),
    }
}

/// `As Long` from a Double: VBA rounds half to even; out of range is error 6.
#[inline]
fn long(x: f64) -> Option<i32> {
    let r = x.round_ties_even();
    (r >= i32::MIN as f64 && r <= i32::MAX as f64).then_some(r as i32)
}

/// A scenario written by hand in Rust with the script's semantics (None = error): the
/// Para values, Weekday, Minutes.
pub type Native = fn(&[f64; PARAS], i32, i32) -> Option<i64>;

pub const NATIVE: [Native; 6] = [
    |&[p1, p2, ..], _, _| {
        let (a, b) = (long(p1)?, long(p2)?);
        Some(a.checked_add(b)?.checked_mul(100)? as i64)
    },
    |&[p1, ..], wd, _| {
        let a = long(p1)?;
        let f = match wd {
            2 => 110,
            3 => 90,
            _ => 100,
        };
        Some(a.checked_mul(f)? as i64)
    },
    |&[p1, ..], _, m| {
        let a = long(p1)?;
        if !(360..1200).contains(&m) {
            Some(0)
        } else {
            Some(a.checked_mul(100)? as i64)
        }
    },
    |&[p1, p2, ..], _, _| {
        let (a, b) = (long(p1)?, long(p2)?);
        if b == 0 {
            Some(0)
        } else {
            long(a as f64 / b as f64 * 100.0).map(i64::from)
        }
    },
    |&[p1, p2, p3, ..], wd, m| {
        let offered = p1 + p3;
        if offered <= 0.0 {
            return Some(0);
        }
        let level = p2 / offered;
        let mut backlog = p3;
        for _ in 0..4 {
            if backlog <= 0.0 {
                break;
            }
            backlog -= offered * 0.25;
        }
        if backlog < 0.0 {
            backlog = 0.0;
        }
        let f = match wd {
            1 | 7 => 0.5,
            2..=5 if m < 480 => 0.8,
            2..=5 if m < 1080 => 1.0,
            2..=5 => 0.9,
            _ => 0.95,
        };
        long((level * 10000.0 * f).floor() - backlog.floor()).map(i64::from)
    },
    |p, wd, _| {
        let weight = |split: usize| match split {
            1 | 2 => 1.0,
            3 => 0.5,
            4 | 5 => 0.75,
            _ => 0.25,
        };
        let mut total = 0.0;
        for (i, v) in p.iter().enumerate() {
            total += v * weight(i + 1);
        }
        let factor = match wd {
            1 | 7 => 0.5,
            2 => 1.2,
            6 => 0.9,
            _ => 1.0,
        };
        long(total * factor * 100.0).map(i64::from)
    },
];

impl Data {
    /// The Para values of interval `i`.
    #[inline(always)]
    pub fn row(&self, i: usize) -> [f64; PARAS] {
        std::array::from_fn(|k| self.paras[k][i])
    }
}

/// Runs a native closure over the data (the loop a Rust developer would write).
pub fn run_native(f: Native, d: &Data, out: &mut Vec<i64>) {
    out.clear();
    for i in 0..d.weekday.len() {
        out.push(f(&d.row(i), d.weekday[i], d.minutes[i]).unwrap_or(0));
    }
}

/// Runs `f` on every interval of the data, collecting its values (0 for an error).
fn per_interval(
    d: &Data,
    out: &mut Vec<i64>,
    mut f: impl FnMut(&xbas::Interval) -> Result<i64, xbas::RunError>,
) {
    out.clear();
    for i in 0..d.weekday.len() {
        let paras = d.row(i);
        let iv = xbas::Interval {
            paras: &paras,
            weekday: d.weekday[i],
            minutes: d.minutes[i],
        };
        out.push(f(&iv).unwrap_or(0));
    }
}

/// Runs xbas per interval (`Runner::eval`).
pub fn run_eval(p: &xbas::Program, d: &Data, out: &mut Vec<i64>) {
    let mut r = p.runner();
    per_interval(d, out, |iv| r.eval(iv));
}

/// Runs xbas on the general VM alone, per interval (`Runner::run` + `Runner::stored`):
/// what a script outside the kernel costs.
pub fn run_vm(p: &xbas::Program, d: &Data, out: &mut Vec<i64>) {
    let mut r = p.runner();
    per_interval(d, out, |iv| r.run(iv).and_then(|()| r.stored()));
}

/// Runs xbas over the columns (`Program::eval_batch`).
pub fn run_batch(p: &xbas::Program, d: &Data, out: &mut Vec<i64>) {
    let cols: Vec<&[f64]> = d.paras.iter().map(|c| c.as_slice()).collect();
    let b = xbas::Batch {
        paras: &cols,
        weekday: &d.weekday,
        minutes: &d.minutes,
        dates: &[],
    };
    if p.eval_batch(&b, out).is_err() {
        out.clear();
    }
}

/// Checks that native and xbas agree on the data (so the comparison is of equal work).
pub fn check_agreement(d: &Data) {
    for (name, text, s) in SCENARIOS {
        let p = xbas::Program::compile(text).expect("scenario compiles");
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        run_native(NATIVE[s], d, &mut a);
        run_eval(&p, d, &mut b);
        run_batch(&p, d, &mut c);
        assert_eq!(a, b, "{name}: native and eval differ");
        run_vm(&p, d, &mut b);
        assert_eq!(a, b, "{name}: native and the VM differ");
        assert_eq!(a, c, "{name}: native and eval_batch differ");
    }
}

/// Registers native, `xbas eval` and `xbas eval_batch` for scenario `s` in a group.
pub fn bench_native_and_xbas(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    s: usize,
    p: &xbas::Program,
    d: &Data,
    out: &mut Vec<i64>,
) {
    use std::hint::black_box;
    g.bench_function("native", |b| {
        b.iter(|| run_native(NATIVE[s], black_box(d), out))
    });
    g.bench_function("xbas eval", |b| b.iter(|| run_eval(p, black_box(d), out)));
    g.bench_function("xbas eval_batch", |b| {
        b.iter(|| run_batch(p, black_box(d), out))
    });
    g.bench_function("xbas VM run + stored", |b| {
        b.iter(|| run_vm(p, black_box(d), out))
    });
}
