//! xbas against its peers on issue 7's workload (1,000,000 intervals, scenarios S1–S6,
//! and S5v/S6v: S5 and S6 on xbas's general VM),
//! all in one run on the same data: the native Rust closure, xbas per interval and in
//! batch, Lua (5.4 by default, LuaJIT with `--features luajit`) with the loop inside Lua
//! and called per interval from Rust, and Rhai called per interval. Run it with
//! `benches/peers.sh`, which also writes the README table.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mlua::{Function, Lua, Table};

#[path = "../../benches/workload.rs"]
mod workload;
use workload::*;

#[cfg(feature = "luajit")]
const LUA: &str = "LuaJIT";
#[cfg(not(feature = "luajit"))]
const LUA: &str = "Lua 5.4";

/// The scenarios in Lua, as a Lua programmer would write them.
const LUA_FNS: [&str; 6] = [
    "return function(p1, p2, p3, p4, p5, p6, wd, m) return (p1 + p2) * 100 end",
    "return function(p1, p2, p3, p4, p5, p6, wd, m) if wd == 2 then return p1 * 110 elseif wd == 3 then return p1 * 90 else return p1 * 100 end end",
    "return function(p1, p2, p3, p4, p5, p6, wd, m) if m < 360 or m >= 1200 then return 0 else return p1 * 100 end end",
    "return function(p1, p2, p3, p4, p5, p6, wd, m) if p2 == 0 then return 0 else return math.floor(p1 / p2 * 100 + 0.5) end end",
    "local function shift(day, minute)
       if day == 1 or day == 7 then return 0.5
       elseif day >= 2 and day <= 5 then
         if minute < 480 then return 0.8 elseif minute < 1080 then return 1 else return 0.9 end
       else return 0.95 end
     end
     return function(p1, p2, p3, p4, p5, p6, wd, m)
       local offered = p1 + p3
       if offered <= 0 then return 0 end
       local level = p2 / offered
       local backlog = p3
       for i = 1, 4 do
         if backlog <= 0 then break end
         backlog = backlog - offered * 0.25
       end
       if backlog < 0 then backlog = 0 end
       return math.floor(level * 10000 * shift(wd, m)) - math.floor(backlog)
     end",
    "local function weight(split)
       if split == 1 or split == 2 then return 1
       elseif split == 3 then return 0.5
       elseif split == 4 or split == 5 then return 0.75
       else return 0.25 end
     end
     return function(p1, p2, p3, p4, p5, p6, wd, m)
       local v = {p1, p2, p3, p4, p5, p6}
       local total = 0
       for i = 1, 6 do total = total + v[i] * weight(i) end
       local factor
       if wd == 1 or wd == 7 then factor = 0.5
       elseif wd == 2 then factor = 1.2
       elseif wd == 6 then factor = 0.9
       else factor = 1 end
       return math.floor(total * factor * 100 + 0.5)
     end",
];

/// The loop inside Lua: every interval from the input tables into the output table.
const LUA_LOOP: &str = "return function(f, p, wd, m, out, n)
  local p1, p2, p3, p4, p5, p6 = p[1], p[2], p[3], p[4], p[5], p[6]
  for i = 1, n do out[i] = f(p1[i], p2[i], p3[i], p4[i], p5[i], p6[i], wd[i], m[i]) end
end";

/// The scenarios in Rhai.
const RHAI_FNS: [&str; 6] = [
    "fn s(p1, p2, p3, p4, p5, p6, wd, m) { (p1 + p2) * 100.0 }",
    "fn s(p1, p2, p3, p4, p5, p6, wd, m) { if wd == 2 { p1 * 110.0 } else if wd == 3 { p1 * 90.0 } else { p1 * 100.0 } }",
    "fn s(p1, p2, p3, p4, p5, p6, wd, m) { if m < 360 || m >= 1200 { 0.0 } else { p1 * 100.0 } }",
    "fn s(p1, p2, p3, p4, p5, p6, wd, m) { if p2 == 0.0 { 0.0 } else { (p1 / p2 * 100.0).round() } }",
    "fn shift(day, minute) {
       if day == 1 || day == 7 { 0.5 }
       else if day >= 2 && day <= 5 { if minute < 480 { 0.8 } else if minute < 1080 { 1.0 } else { 0.9 } }
       else { 0.95 }
     }
     fn s(p1, p2, p3, p4, p5, p6, wd, m) {
       let offered = p1 + p3;
       if offered <= 0.0 { return 0.0; }
       let level = p2 / offered;
       let backlog = p3;
       for i in 0..4 { if backlog <= 0.0 { break; } backlog -= offered * 0.25; }
       if backlog < 0.0 { backlog = 0.0; }
       (level * 10000.0 * shift(wd, m)).floor() - backlog.floor()
     }",
    "fn weight(split) {
       if split == 1 || split == 2 { 1.0 } else if split == 3 { 0.5 }
       else if split == 4 || split == 5 { 0.75 } else { 0.25 }
     }
     fn s(p1, p2, p3, p4, p5, p6, wd, m) {
       let v = [p1, p2, p3, p4, p5, p6];
       let total = 0.0;
       for i in 0..6 { total += v[i] * weight(i + 1); }
       let factor = if wd == 1 || wd == 7 { 0.5 } else if wd == 2 { 1.2 } else if wd == 6 { 0.9 } else { 1.0 };
       (total * factor * 100.0).round()
     }",
];

fn lua_table(lua: &Lua, v: impl Iterator<Item = f64>) -> Table {
    let t = lua.create_table().unwrap();
    for (i, x) in v.enumerate() {
        t.raw_set(i + 1, x).unwrap();
    }
    t
}

fn peers(c: &mut Criterion) {
    let d = data(N);
    check_agreement(&d);
    let lua = Lua::new();
    let para_tables = lua.create_table().unwrap();
    for (k, c) in d.paras.iter().enumerate() {
        para_tables
            .raw_set(k + 1, lua_table(&lua, c.iter().copied()))
            .unwrap();
    }
    let weekday_table = lua_table(&lua, d.weekday.iter().map(|x| *x as f64));
    let minutes_table = lua_table(&lua, d.minutes.iter().map(|x| *x as f64));
    let out_table = lua.create_table().unwrap();
    let lua_loop: Function = lua.load(LUA_LOOP).eval().unwrap();
    let engine = rhai::Engine::new();
    let mut out = Vec::with_capacity(N);
    for (name, text, s) in SCENARIOS {
        let p = xbas::Program::compile(text).unwrap();
        let f: Function = lua.load(LUA_FNS[s]).eval().unwrap();
        let ast = engine.compile(RHAI_FNS[s]).unwrap();
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        g.throughput(Throughput::Elements(N as u64));
        bench_native_and_xbas(&mut g, s, &p, &d, &mut out);
        g.bench_function(format!("{LUA} loop inside"), |b| {
            b.iter(|| {
                lua_loop
                    .call::<()>((
                        &f,
                        &para_tables,
                        &weekday_table,
                        &minutes_table,
                        &out_table,
                        N,
                    ))
                    .unwrap()
            })
        });
        g.bench_function(format!("{LUA} per interval"), |b| {
            b.iter(|| {
                out.clear();
                for i in 0..N {
                    let [p1, p2, p3, p4, p5, p6] = d.row(i);
                    let v: f64 = f
                        .call((p1, p2, p3, p4, p5, p6, d.weekday[i], d.minutes[i]))
                        .unwrap();
                    out.push(v as i64);
                }
            })
        });
        #[cfg(not(feature = "luajit"))]
        g.bench_function("Rhai per interval", |b| {
            let mut scope = rhai::Scope::new();
            b.iter(|| {
                out.clear();
                for i in 0..N {
                    let [p1, p2, p3, p4, p5, p6] = d.row(i);
                    let v: f64 = engine
                        .call_fn(
                            &mut scope,
                            &ast,
                            "s",
                            (
                                p1,
                                p2,
                                p3,
                                p4,
                                p5,
                                p6,
                                d.weekday[i] as i64,
                                d.minutes[i] as i64,
                            ),
                        )
                        .unwrap();
                    out.push(v as i64);
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, peers);
criterion_main!(benches);
