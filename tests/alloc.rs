//! `Runner::eval` allocates nothing on the heap for scripts that build no strings or
//! arrays (issue 3): counted with a global allocator over many evaluations after warm-up.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    /// Allocations made by this thread (tests run on several threads at once).
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    /// Bytes this thread allocated and has not freed (frees on other threads aside).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count() {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
}

fn live(delta: isize) {
    let _ = LIVE.try_with(|c| c.set(c.get() + delta));
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        live(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        live(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        live(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_per_eval(src: &str) -> usize {
    let program = xbas::Program::compile(src).unwrap();
    let mut runner = program.runner();
    runner.set_date(Some(45292.0));
    let paras = [12.5, 3.0];
    let mut interval = xbas::Interval {
        paras: &paras,
        weekday: 2,
        minutes: 0,
    };
    for m in 0..10 {
        interval.minutes = m * 15;
        runner.eval(&interval).unwrap();
    }
    let before = allocations();
    let mut sum = 0;
    for m in 0..1000 {
        interval.minutes = (m % 96) * 15;
        interval.weekday = (m % 7) + 1;
        sum += runner.eval(&interval).unwrap();
    }
    let after = allocations();
    assert_ne!(sum, 0);
    after - before
}

#[test]
fn numeric_scripts_do_not_allocate_per_eval() {
    let scripts = [
        include_str!("../scripts/default.bas"),
        include_str!("../scripts/weekday.bas"),
        include_str!("../scripts/time_window.bas"),
        include_str!("../scripts/threshold.bas"),
        include_str!("../scripts/average.bas"),
        // Procedures, loops, Select Case, ByRef, typed locals.
        "Dim Result As Long\nFunction Sq(ByVal X As Double) As Double\n  Sq = X * X\nEnd Function\n\
Sub Add(ByRef T As Double, ByVal V As Double)\n  T = T + V\nEnd Sub\n\
Sub Main()\n  Dim I As Long, T As Double\n  For I = 1 To 10\n    Select Case I Mod 3\n      Case 0: Add T, Sq(Para1)\n\
      Case Else: T = T + Para2\n    End Select\n  Next\n  If Weekday = 1 Or Minutes < 60 Then T = T * 2\n  Result = T\nEnd Sub\n",
    ];
    for s in scripts {
        assert_eq!(allocations_per_eval(s), 0, "allocations in:\n{s}");
    }
}

#[test]
fn the_counter_sees_allocations() {
    // A script that builds strings must show allocations, or the test above proves nothing.
    let n = allocations_per_eval(
        "Sub Main()\n  Dim S\n  S = \"x\" & Para1\n  Result = Len(S)\nEnd Sub\n",
    );
    assert!(n >= 1000, "only {n} allocations counted");
}

/// Issue 18, finding 16: every parse leaked the expression parser (a `Recursive::declare`
/// cloned into its own definition is an `Rc` cycle), about 1 KB per line typed at the
/// REPL: 100 MB of piped input took 11 GB. Compiling and dropping a program a thousand
/// times leaves nothing behind.
#[test]
fn compiling_again_and_again_keeps_no_memory() {
    let src = "Sub Main()\n  x = Len(\"a\" & (1 + 2) * 3)\n  If x > 1 Then Result = f(x, 2)\nEnd Sub\nFunction f(a, b)\n  f = a + b\nEnd Function\n";
    drop(xbas::Program::compile(src).unwrap());
    let before = LIVE.with(Cell::get);
    for _ in 0..1000 {
        drop(xbas::Program::compile(src).unwrap());
        assert!(xbas::syntax::open_blocks("If x Then\n  y = (1 + 2)\n") > 0);
    }
    let kept = LIVE.with(Cell::get) - before;
    assert!(kept < 16 << 10, "{kept} bytes kept after 1000 compilations");
}
