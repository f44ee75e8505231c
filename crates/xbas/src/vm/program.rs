//! The embedding API: compile a script once into a [`Program`], make a
//! [`Runner`], evaluate intervals.
//!
//! ```
//! let program = xbas::Program::compile("Sub Main()\n  Result = (Para1 + Para2) * 100\nEnd Sub\n")?;
//! let mut run = program.runner();
//! let stored = run.eval(&xbas::Interval { paras: &[1.5, 2.0], weekday: 2, minutes: 480 })?;
//! assert_eq!(stored, 350);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::batch::{self, Columns};
use super::kernel::{Fail, IN_CODE, eval_one, failure, registers};
use super::{Fault, Limits, Vm};
use crate::compile::bytecode::{HostFrom, HostWrite, Module, Proc};
use crate::compile::columns::Plan;
use crate::compile::kernel::NotKernel;
use crate::compile::pipeline;
pub use crate::compile::pipeline::CompileError;
use crate::compile::scalar::Code;
use crate::diagnostic::{Diagnostic, Span};
use crate::runtime::error::{self as e, VbaError};
use crate::runtime::ops::Num;
use crate::runtime::value::Value;
use crate::syntax::SourceFile;
use std::fmt;

/// The date of a run that is given none (`xbas run`, the REPL and `'!` directives without
/// `date=`): 2024-01-01, a Monday, as the default `Weekday` 2 says.
pub const DEFAULT_DATE: f64 = 45292.0;

/// The inputs of one interval: the mapping's key figures (Para1..N), the day of the
/// week (Sunday = 1) and the start in minutes since midnight.
#[derive(Debug, Clone, Copy)]
pub struct Interval<'a> {
    pub paras: &'a [f64],
    pub weekday: i32,
    pub minutes: i32,
}

/// A compiled script.
#[derive(Debug, Clone)]
pub struct Program {
    pub(crate) module: Module,
    source: SourceFile,
    global_defaults: Vec<Value>,
    written_globals: Vec<u32>,
    /// The host values a run writes, worked out once.
    host: Vec<HostWrite>,
    proc_defaults: Vec<Vec<Value>>,
    /// The typed numeric kernel of `Main`, when the script is within its subset.
    kernel: Option<Code>,
    /// Why `Main` is outside the kernel's subset, when it is.
    not_kernel: Option<NotKernel>,
    /// The kernel lowered to column operations, for `eval_batch`.
    columns: Option<Plan>,
}

// A compiled program is shared by the import's worker threads: it must stay `Send + Sync`.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Program>();
};

/// Many intervals at once, as columns: `paras[n][i]` is Para(n+1) of interval `i`
/// (a missing column counts as 0), `weekday[i]` and `minutes[i]` as in [`Interval`], and
/// `dates[i]` the day of interval `i` as a date serial (what `Now` and `Date` report, as
/// [`Runner::set_date`] sets it for [`Runner::eval`]); empty `dates` means
/// [`DEFAULT_DATE`] for every interval.
#[derive(Debug, Clone, Copy)]
pub struct Batch<'a> {
    pub paras: &'a [&'a [f64]],
    pub weekday: &'a [i32],
    pub minutes: &'a [i32],
    pub dates: &'a [f64],
}

/// The first interval of a batch that failed, with its error.
#[derive(Debug, Clone)]
pub struct BatchError {
    pub index: usize,
    pub error: RunError,
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "interval {}: {}", self.index, self.error)
    }
}

impl std::error::Error for BatchError {}

/// A runtime error that ended a run, with where it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct RunError {
    pub error: VbaError,
    /// The procedure it happened in.
    pub procedure: String,
    /// The source span of the failing operation.
    pub span: Span,
    /// 1-based line and column of the span's start.
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "runtime error {}: {} (line {}, column {}, in {})",
            self.error.number, self.error.description, self.line, self.column, self.procedure
        )
    }
}

impl std::error::Error for RunError {}

impl RunError {
    /// The report `xbas run` prints: number, message, location, source line, inputs.
    pub fn report(&self, program: &Program, interval: &Interval) -> String {
        let mut out = self.describe(&program.source);
        out.push_str(&format!(
            "  inputs: {}\n",
            describe_inputs(interval, program.para_count())
        ));
        out
    }

    /// The headline and, when the error has a place, the source line with the span
    /// underlined; `src` is the text the span points into.
    pub fn describe(&self, src: &SourceFile) -> String {
        let text = src.line_text(self.line);
        let headline = if self.error.is_host_stop() {
            format!("error: {}", self.error.description)
        } else {
            format!("error {}: {}", self.error.number, self.error.description)
        };
        let mut out = headline + "\n";
        if self.line > 0 {
            let (end_line, end_col) = src.line_col(self.span.end);
            let width = if end_line == self.line {
                end_col.saturating_sub(self.column).max(1)
            } else {
                1
            };
            let within = if self.procedure.is_empty() {
                String::new()
            } else {
                format!(" (in {})", self.procedure)
            };
            out.push_str(&format!(
                "  --> {}:{}:{}{within}\n   |\n{:>3}| {}\n   | {}{}\n",
                src.name,
                self.line,
                self.column,
                self.line,
                text,
                " ".repeat(self.column.saturating_sub(1)),
                "^".repeat(width),
            ));
        }
        out
    }
}

fn describe_inputs(i: &Interval, paras: usize) -> String {
    let mut parts: Vec<String> = (0..paras.max(i.paras.len()))
        .map(|k| {
            format!(
                "Para{}={}",
                k + 1,
                i.paras
                    .get(k)
                    .map_or("0".to_string(), |v| crate::runtime::value::format_float(
                        *v, 15
                    ))
            )
        })
        .collect();
    parts.push(format!("Weekday={}", i.weekday));
    parts.push(format!("Minutes={}", i.minutes));
    parts.join(" ")
}

/// The number of intervals of a batch whose columns agree in length.
fn check_batch(batch: &Batch) -> Result<usize, BatchError> {
    let n = batch.weekday.len();
    if batch.minutes.len() != n
        || batch.paras.iter().any(|c| c.len() != n)
        || !(batch.dates.is_empty() || batch.dates.len() == n)
    {
        return Err(BatchError {
            index: 0,
            error: host_error(
                e::INVALID_CALL,
                format!(
                    "the batch's columns differ in length (weekday {n}, minutes {}, dates {}, paras {:?})",
                    batch.minutes.len(),
                    batch.dates.len(),
                    batch.paras.iter().map(|c| c.len()).collect::<Vec<_>>()
                ),
            ),
        });
    }
    Ok(n)
}

fn host_error(number: i32, description: String) -> RunError {
    RunError {
        error: VbaError::with(number, description),
        procedure: "<host>".into(),
        span: Span::default(),
        line: 0,
        column: 0,
    }
}

impl Program {
    /// Compiles script text (UTF-8). Errors are the front end's diagnostics.
    pub fn compile(source: &str) -> Result<Program, CompileError> {
        Program::compile_source(SourceFile::from_text("<script>", source))
    }

    /// Compiles a decoded source file.
    pub fn compile_source(source: SourceFile) -> Result<Program, CompileError> {
        Program::build(source, true, None)
    }

    /// Compiles a REPL session: no `Sub Main` needed, and the undeclared variables of
    /// procedure `immediate` (if any) are module-level and need no declaration even
    /// under `Option Explicit`, as in VBA's immediate window.
    pub fn compile_session(
        source: SourceFile,
        immediate: Option<&str>,
    ) -> Result<Program, CompileError> {
        Program::build(source, false, immediate)
    }

    fn build(
        source: SourceFile,
        require_main: bool,
        immediate: Option<&str>,
    ) -> Result<Program, CompileError> {
        let c = pipeline::compile(source, require_main, immediate)?;
        Ok(Program {
            module: c.module,
            source: c.source,
            global_defaults: c.global_defaults,
            written_globals: c.written_globals,
            host: c.host,
            proc_defaults: c.proc_defaults,
            kernel: c.kernel,
            not_kernel: c.not_kernel,
            columns: c.columns,
        })
    }

    /// The same program with the general VM's plain stack code, without its
    /// superinstructions: the tests run every script both ways, so a superinstruction
    /// that differs from the instructions it stands for is seen.
    #[doc(hidden)]
    pub fn without_superinstructions(&self) -> Program {
        let mut p = self.clone();
        crate::compile::fuse::unfuse(&mut p.module);
        p
    }

    /// The same program without its regions (`Op::Region`), superinstructions kept: the
    /// tests check the superinstructions of procedures that have a region this way.
    #[doc(hidden)]
    pub fn without_regions(&self) -> Program {
        let mut p = self.clone();
        crate::compile::fuse::unregion(&mut p.module);
        p
    }

    /// Whether a procedure runs its tail as typed register code (a region).
    #[doc(hidden)]
    pub fn has_regions(&self) -> bool {
        self.module.procs.iter().any(|p| p.region.is_some())
    }

    /// How many compilations this process has started (successful or not): lets a test
    /// check that an import compiles each script once.
    pub fn compilations() -> usize {
        pipeline::compilations()
    }

    /// Reads, decodes and compiles a file.
    pub fn compile_file(path: &std::path::Path) -> Result<Program, CompileError> {
        match SourceFile::read(path) {
            Ok(src) => Program::compile_source(src),
            Err(err) => {
                let source = SourceFile::from_text(path.display().to_string(), "");
                let d = Diagnostic::error(
                    "E0002",
                    format!("cannot read {}: {err}", path.display()),
                    Span::new(0, 0),
                );
                Err(CompileError {
                    source: Box::new(source),
                    diagnostics: vec![d],
                })
            }
        }
    }

    /// A runner: reusable state for evaluating many intervals.
    pub fn runner(&self) -> Runner<'_> {
        Runner {
            program: self,
            vm: Vm::new(&self.module),
            date: Some(DEFAULT_DATE),
            regs: self.kernel.as_ref().map(registers).unwrap_or_default(),
            errors: std::collections::BTreeMap::new(),
            vm_runs: 0,
        }
    }

    /// Whether `Main` runs on the typed numeric kernel (assignments and `If` blocks over
    /// Integer/Long/Double variables) rather than the general VM; both give the same
    /// values and errors.
    pub fn has_kernel(&self) -> bool {
        self.kernel.is_some()
    }

    /// Why `Main` runs on the general VM: the first construct outside the kernel's subset
    /// and where it is (None when [`Program::has_kernel`]).
    pub fn why_not_kernel(&self) -> Option<&NotKernel> {
        self.not_kernel.as_ref()
    }

    /// Evaluates many intervals: `out` is cleared and receives the stored value of each
    /// interval in order — the same values and errors as [`Runner::eval`] per interval.
    /// On an error, `out` holds the values of the intervals before the failing one.
    ///
    /// ```
    /// let program = xbas::Program::compile("Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Result = Para1 * 100\nEnd Sub\n")?;
    /// let mut out = Vec::new();
    /// program.eval_batch(&xbas::Batch { paras: &[&[1.0, 2.5, 3.5]], weekday: &[2, 2, 2], minutes: &[0, 15, 30], dates: &[] }, &mut out)?;
    /// assert_eq!(out, [100, 200, 400]); // As Long rounds half to even
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn eval_batch(&self, batch: &Batch, out: &mut Vec<i64>) -> Result<(), BatchError> {
        out.clear();
        let n = check_batch(batch)?;
        out.reserve(n);
        let mut runner = self.runner();
        let mut paras = vec![0.0; batch.paras.len()];
        let mut slow = |i: usize, runner: &mut Runner, out: &mut Vec<i64>| {
            for (k, c) in batch.paras.iter().enumerate() {
                paras[k] = c[i];
            }
            let interval = Interval {
                paras: &paras,
                weekday: batch.weekday[i],
                minutes: batch.minutes[i],
            };
            runner.set_date(Some(batch.dates.get(i).copied().unwrap_or(DEFAULT_DATE)));
            runner
                .run(&interval)
                .and_then(|_| runner.stored())
                .map(|v| out.push(v))
                .map_err(|error| BatchError { index: i, error })
        };
        let ran = self.by_blocks(batch, |start, len, cols| {
            if !cols.any_failed() {
                cols.emit(len, out);
                return Ok(());
            }
            for i in 0..len {
                if cols.failed(i) {
                    slow(start + i, &mut runner, out)?;
                } else {
                    out.push(cols.value(i));
                }
            }
            Ok(())
        })?;
        if !ran {
            for i in 0..n {
                slow(i, &mut runner, out)?;
            }
        }
        Ok(())
    }

    /// The kernel's column run alone, without the VM behind it: `out` receives, per
    /// interval, the kernel's value, or None where the kernel gives up (an interval
    /// [`Program::eval_batch`] runs again on the VM). False when the script has no
    /// kernel. For tests that must see the fast path fail, not its fallback.
    pub fn eval_batch_kernel(
        &self,
        batch: &Batch,
        out: &mut Vec<Option<i64>>,
    ) -> Result<bool, BatchError> {
        out.clear();
        check_batch(batch)?;
        self.by_blocks(batch, |_, len, cols| {
            out.extend((0..len).map(|i| (!cols.failed(i)).then(|| cols.value(i))));
            Ok(())
        })
    }

    /// Runs the kernel over `batch` a block at a time, handing each block's columns to
    /// `block(start, len, columns)`; false (and nothing run) without a kernel.
    fn by_blocks(
        &self,
        batch: &Batch,
        mut block: impl FnMut(usize, usize, &Columns) -> Result<(), BatchError>,
    ) -> Result<bool, BatchError> {
        let Some(mut cols) = self.columns.as_ref().map(Columns::new) else {
            return Ok(false);
        };
        let n = batch.weekday.len();
        let mut cut: Vec<&[f64]> = Vec::with_capacity(batch.paras.len());
        let reads = cols.reads();
        let mut start = 0;
        while start < n {
            batch::prefetch_ahead(&reads, batch, start);
            let len = (n - start).min(batch::BLOCK);
            cut.clear();
            cut.extend(batch.paras.iter().map(|c| &c[start..start + len]));
            cols.run(
                &cut,
                &batch.weekday[start..start + len],
                &batch.minutes[start..start + len],
                len,
            );
            block(start, len, &cols)?;
            start += len;
        }
        Ok(true)
    }

    /// The highest N of the ParaN the script uses.
    pub fn para_count(&self) -> usize {
        self.module.paras.len()
    }

    pub fn source(&self) -> &SourceFile {
        &self.source
    }

    /// `Main`'s kernel as register code, when it has one (for the disassembler).
    pub fn kernel_code(&self) -> Option<&Code> {
        self.kernel.as_ref()
    }

    /// `Main`'s kernel as column operations, when it has one (for the disassembler).
    pub fn column_plan(&self) -> Option<&Plan> {
        self.columns.as_ref()
    }

    /// The compiled module (for the disassembler).
    pub fn module(&self) -> &Module {
        &self.module
    }

    fn run_error(&self, f: Fault) -> RunError {
        let p: &Proc = if f.proc == u32::MAX {
            &self.module.init
        } else {
            &self.module.procs[f.proc as usize]
        };
        let span = p.spans.get(f.pc).copied().unwrap_or_default();
        let (line, column) = self.source.line_col(span.start);
        RunError {
            error: f.error,
            procedure: p.name.clone(),
            span,
            line,
            column,
        }
    }
}

/// Evaluates intervals of one program. Every evaluation starts from fresh module state.
pub struct Runner<'p> {
    program: &'p Program,
    vm: Vm,
    /// The interval's date (serial) for `Date`/`Now`; None: the wall clock.
    date: Option<f64>,
    /// The kernel's registers.
    regs: Vec<f64>,
    /// The errors of the kernel's instructions as the VM reported them, by instruction
    /// and error number (only those that failed: at most two per instruction).
    errors: std::collections::BTreeMap<Fail, Memo>,
    /// Intervals `eval` ran again on the VM.
    vm_runs: usize,
}

/// What the VM reported for a failing kernel instruction (see [`Runner::eval`]).
enum Memo {
    /// Not the instruction's own error: ask the VM every time.
    Vm,
    Known(Box<RunError>),
}

impl Memo {
    /// What to keep of the VM's result `r` for kernel failure `fail`: the error only
    /// when it is that very error, raised inside the script with VBA's own message.
    fn of(fail: Fail, r: &Result<i64, RunError>) -> Memo {
        match r {
            Err(e)
                if e.error.number == fail.number
                    && e.error.description == e::message(fail.number)
                    && e.procedure != "<host>" =>
            {
                Memo::Known(Box::new(e.clone()))
            }
            _ => Memo::Vm,
        }
    }
}

impl<'p> Runner<'p> {
    /// Sets the date `Now`, `Date` and `Time` report (the interval's start is this date
    /// plus its minutes); None uses the wall clock. A new runner has [`DEFAULT_DATE`].
    pub fn set_date(&mut self, serial: Option<f64>) {
        self.date = serial;
    }

    pub fn set_limits(&mut self, limits: Limits) {
        self.vm.limits = limits;
    }

    /// Runs `Main` for one interval and returns the stored value.
    /// Scripts within the numeric kernel's subset run there; an interval the kernel
    /// cannot finish (an error) is run again on the VM, which reports it.
    ///
    /// Where the kernel evaluates in the VM's order ([`Code::in_order`]), the instruction
    /// that fails and the error it computes (6 or 11) say where the VM fails: what the
    /// VM reported the first time is kept and given again when that instruction fails
    /// with that error, instead of running the VM (an error interval costs about what a
    /// value does). It is kept only when the VM reported that very error inside the
    /// script with VBA's own message, so nothing that depends on the interval is.
    pub fn eval(&mut self, interval: &Interval) -> Result<i64, RunError> {
        if let Some(k) = self.program.kernel.as_ref() {
            match eval_one::<false>(k, &mut self.regs, interval) {
                Ok(v) => {
                    self.vm.host.output.clear();
                    return Ok(v);
                }
                Err(IN_CODE) if k.in_order => return self.failed_at(interval),
                Err(_) => self.vm_runs += 1,
            }
        }
        self.run(interval).and_then(|()| self.stored())
    }

    /// [`Runner::eval`] of an interval where a kernel instruction failed: the kernel
    /// runs again to say which, then the error kept for it, or the VM's (then kept when
    /// it is that very error).
    #[cold]
    #[inline(never)]
    fn failed_at(&mut self, interval: &Interval) -> Result<i64, RunError> {
        let fail = self.program.kernel.as_ref().and_then(|k| {
            let at = eval_one::<true>(k, &mut self.regs, interval).err()?;
            failure(&k.ins, &self.regs, at)
        });
        let Some(fail) = fail else {
            self.vm_runs += 1;
            return self.run(interval).and_then(|()| self.stored());
        };
        if let Some(Memo::Known(e)) = self.errors.get(&fail) {
            self.vm.host.output.clear();
            return Err((**e).clone());
        }
        let r = self.run(interval).and_then(|()| self.stored());
        self.vm_runs += 1;
        self.errors
            .entry(fail)
            .or_insert_with(|| Memo::of(fail, &r));
        r
    }

    /// How many intervals [`Runner::eval`] ran on the VM because the kernel failed (a
    /// test's view of the errors it gives again without the VM).
    #[doc(hidden)]
    pub fn vm_runs(&self) -> usize {
        self.vm_runs
    }

    /// The typed kernel's value for one interval, without the VM behind it: None when the
    /// script has no kernel or the kernel gives up on this interval (where
    /// [`Runner::eval`] runs the VM). For tests that must see the fast path fail.
    pub fn eval_kernel(&mut self, interval: &Interval) -> Option<i64> {
        let k = self.program.kernel.as_ref()?;
        eval_one::<false>(k, &mut self.regs, interval).ok()
    }

    /// Runs `Main` for one interval; output and variables stay readable afterwards.
    pub fn run(&mut self, interval: &Interval) -> Result<(), RunError> {
        self.prepare(interval)?;
        let m = &self.program.module;
        let main = m.main.unwrap_or(0);
        self.enter(main)
    }

    /// Runs the procedure `name` (no arguments) for one interval, after setting the
    /// module-level variables named in `state` (the REPL's session variables; names are
    /// lower case, names the program does not have are skipped).
    pub fn call(
        &mut self,
        name: &str,
        interval: &Interval,
        state: &[(String, Value)],
    ) -> Result<(), RunError> {
        self.prepare(interval)?;
        let m = &self.program.module;
        self.vm.dirty = true;
        for (key, value) in state {
            let Some(i) = m
                .globals
                .iter()
                .position(|g| g.name.eq_ignore_ascii_case(key))
            else {
                continue;
            };
            let g = &m.globals[i];
            // A value that no longer fits the variable's declared type is dropped.
            let fits = match value {
                Value::Array(_) => g.array || g.ty == crate::syntax::ast::TypeName::Variant,
                _ => !g.array,
            };
            if !fits {
                continue;
            }
            let v = match value {
                Value::Array(_) => Ok(value.clone()),
                _ => crate::runtime::value::let_coerce(value.clone(), g.ty),
            };
            if let Ok(v) = v {
                self.vm.globals[i] = v;
            }
        }
        let key = name.to_lowercase();
        let Some(id) = m.procs.iter().position(|p| p.name.to_lowercase() == key) else {
            return Err(RunError {
                error: VbaError::with(e::NOT_DEFINED, format!("no procedure `{name}`")),
                procedure: "<host>".into(),
                span: Span::default(),
                line: 0,
                column: 0,
            });
        };
        self.enter(id as u32)
    }

    /// A flag that stops the run with "interrupted" when set from another thread
    /// (Ctrl-C); it is looked at every few thousand steps.
    pub fn set_interrupt(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
        self.vm.interrupt = Some(flag);
    }

    /// A deadline no run goes on past: a run still going then stops with "time limit"
    /// (looked at every few thousand steps), as with [`Limits::max_time`].
    pub fn set_deadline(&mut self, until: Option<std::time::Instant>) {
        self.vm.until = until;
    }

    fn enter(&mut self, id: u32) -> Result<(), RunError> {
        let prog = self.program;
        // A procedure that is one region runs it without a frame on the stack machine.
        if self.vm.whole_region(&prog.module, &prog.proc_defaults, id) {
            return Ok(());
        }
        self.vm
            .call_entry(&prog.module, &prog.proc_defaults, id)
            .map_err(|f| prog.run_error(f))?;
        Ok(())
    }

    /// Fresh state for one interval: globals reset, module arrays made, host values set.
    fn prepare(&mut self, interval: &Interval) -> Result<(), RunError> {
        let prog = self.program;
        let m = &prog.module;
        self.vm.reset(&prog.global_defaults, &prog.written_globals);
        self.vm.host.option_base = m.option_base;
        self.vm.host.now = None;
        self.vm.host.start = self.date.map(|d| (d, interval.minutes));
        // Module-level arrays are made before every run (fresh state); most scripts have none.
        if m.init.code.len() > 1 {
            self.vm
                .call_entry(m, &prog.proc_defaults, u32::MAX)
                .map_err(|f| prog.run_error(f))?;
        }
        // The host values, written in place where they fit their variables' types.
        for h in &prog.host {
            let n = match h.from {
                HostFrom::Para(i) => Num::D(interval.paras.get(i).copied().unwrap_or(0.0)),
                HostFrom::Weekday => Num::I(interval.weekday as i64, true),
                HostFrom::Minutes => Num::I(interval.minutes as i64, true),
            };
            let done = match self.vm.globals.get_mut(h.slot as usize) {
                Some(g) => n.store_into(h.ty, g),
                None => false,
            };
            if !done {
                self.coerce_host(h, n)?;
            }
        }
        Ok(())
    }

    /// Writes a host value that does not fit its variable in place: the general
    /// coercion, which reports an overflow as the host's error.
    #[cold]
    #[inline(never)]
    fn coerce_host(&mut self, h: &HostWrite, n: Num) -> Result<(), RunError> {
        let m = &self.program.module;
        let name = m
            .globals
            .get(h.slot as usize)
            .map_or("", |g| g.name.as_str());
        let v = crate::runtime::value::let_coerce(n.value(), h.ty).map_err(|error| {
            let description = format!("{} (host value for {name})", error.description);
            host_error(error.number, description)
        })?;
        if let Some(g) = self.vm.globals.get_mut(h.slot as usize) {
            *g = v;
        }
        Ok(())
    }

    /// The stored value of `Result` after a run: integral types as they are,
    /// other numbers truncated toward zero, Empty as 0, anything else error 13.
    pub fn stored(&self) -> Result<i64, RunError> {
        let m = &self.program.module;
        let v = &self.vm.globals[m.result as usize];
        let fail = |n: i32| RunError {
            error: VbaError::with(
                n,
                format!("{} (storing Result = {})", e::message(n), v.display()),
            ),
            procedure: "<host>".into(),
            span: Span::default(),
            line: 0,
            column: 0,
        };
        crate::runtime::store::stored(v).map_err(fail)
    }

    /// Text written by `Print`, `Debug.Print` and `MsgBox` during the last run.
    pub fn output(&self) -> &str {
        &self.vm.host.output
    }

    /// A module-level variable after the last run (case-insensitive name).
    pub fn global(&self, name: &str) -> Option<&Value> {
        let key = name.to_lowercase();
        let m = &self.program.module;
        m.globals
            .iter()
            .position(|g| g.name.to_lowercase() == key)
            .map(|i| &self.vm.globals[i])
    }

    /// Every module-level variable with its value.
    pub fn globals(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.program
            .module
            .globals
            .iter()
            .zip(&self.vm.globals)
            .map(|(g, v)| (g.name.as_str(), v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::bytecode::Fast;
    use crate::syntax::ast::TypeName;

    /// What `prepare` writes for a host value (a Double ParaN, a Long Weekday or
    /// Minutes) into a variable declared `ty` without the general coercion; None where
    /// that coercion runs (and reports an overflow).
    fn host_value(ty: TypeName, v: &Value) -> Option<Value> {
        let mut slot = Value::Empty;
        Num::of(v)?.store_into(ty, &mut slot).then_some(slot)
    }

    /// Runs `fast` and `slow` over 500 varied intervals, asserting that they agree;
    /// gives the fast runner's count of typed forms and regions that gave up.
    fn agree(fast: &Program, slow: &Program, src: &str) -> (u64, u64) {
        let (mut a_run, mut b_run) = (fast.runner(), slow.runner());
        for i in 0..500usize {
            let paras = [
                (i % 97) as f64,
                (i % 13) as f64 * 1.5,
                (i % 7) as f64,
                (i % 5) as f64,
                (i % 3) as f64,
                (i % 11) as f64,
            ];
            let iv = Interval {
                paras: &paras,
                weekday: (i % 7) as i32 + 1,
                minutes: ((i % 96) * 15) as i32,
            };
            let a = a_run.run(&iv).and_then(|()| a_run.stored());
            let b = b_run.run(&iv).and_then(|()| b_run.stored());
            assert_eq!(a, b, "interval {i} of {src}");
        }
        (a_run.vm.fast_misses, a_run.vm.region_misses)
    }

    /// The typed register forms of the general VM (`Fused::fast`, trees included) give
    /// what the plain stack code gives, and on plain numbers never fall back to the
    /// general path, which would hide a form that always gives up.
    #[test]
    fn typed_register_forms_run_and_agree_with_the_plain_code() {
        let scripts = [
            include_str!("../../../../benches/scenarios/s1_sum.bas"),
            include_str!("../../../../benches/scenarios/s3_window.bas"),
            include_str!("../../../../benches/scenarios/s4_average.bas"),
            include_str!("../../../../benches/scenarios/s5v_service_vm.bas"),
            include_str!("../../../../benches/scenarios/s6v_weighted_vm.bas"),
            // Variants (the untyped tree), Integer arithmetic, a Double store into a
            // Long, a Long into an Integer, and a comparison of expressions.
            "Dim Result\nSub Main()\n  Dim a, b As Integer, c As Double, d As Integer\n  \
             a = Para1 * 2 + Para2\n  b = Weekday * 3 - 1\n  c = (a - b) / 4\n  \
             d = Weekday + 1\n  If a * 2 > b + c Then Result = a * b + c Else Result = c - a\n\
             End Sub",
            // A typed tree into a Variant keeps its static kind (Long, not Double).
            "Dim Result\nSub Main()\n  Dim a As Long, b As Long, v, w\n  a = Weekday: b = 2\n  \
             v = (a + b) * 3\n  w = (a + 0.5) * b\n  \
             If TypeName(v) = \"Long\" And TypeName(w) = \"Double\" Then Result = v Else Result = -1\n\
             End Sub",
        ];
        for src in scripts {
            // The superinstructions alone (regions would run most of these scripts).
            let program = Program::compile(src).expect("compiles").without_regions();
            let forms = program
                .module()
                .procs
                .iter()
                .flat_map(|p| &p.fused)
                .filter(|f| f.fast != Fast::None)
                .count();
            assert!(forms > 0, "no typed form in {src}");
            let (fast_misses, _) = agree(&program, &program.without_superinstructions(), src);
            assert_eq!(fast_misses, 0, "a typed form fell back in {src}");
        }
    }

    /// The general VM's regions: S1–S6v's Mains are typed register code after their
    /// first statement the kernel does not take (S5v and S6v: a String local), they
    /// agree with the plain stack code on every interval and never give up on these
    /// inputs; one that starts after a statement the kernel does not take reads the
    /// locals that statement left.
    #[test]
    fn regions_run_and_agree_with_the_plain_code() {
        let scripts = [
            include_str!("../../../../benches/scenarios/s1_sum.bas"),
            include_str!("../../../../benches/scenarios/s2_weekday.bas"),
            include_str!("../../../../benches/scenarios/s3_window.bas"),
            include_str!("../../../../benches/scenarios/s4_average.bas"),
            include_str!("../../../../benches/scenarios/s5v_service_vm.bas"),
            include_str!("../../../../benches/scenarios/s6v_weighted_vm.bas"),
            // A String used first: the region starts after it, with `n` and `x` loaded.
            "Dim Result As Long\nDim Para1 As Double\nSub Main()\n  Dim s As String, n As Long, x As Double\n  \
             n = 3: x = Para1 / 2\n  s = \"v\" & n\n  n = n + Len(s)\n  \
             If x > 10 Then Result = x * n Else Result = n - x\nEnd Sub",
            // The same with a local array assigned before the region starts.
            "Dim Result As Long\nSub Main()\n  Dim v(1 To 3) As Double, s As String, i As Long\n  \
             v(1) = Para1: v(2) = Para2\n  s = \"x\" & Weekday\n  v(3) = Weekday\n  \
             For i = 1 To 3\n    Result = Result + v(i) * i\n  Next i\nEnd Sub",
            // A Sub that is one region and stores a global on some paths only: the
            // global is loaded, so the other paths write back what it held.
            "Dim Result As Long\nDim g As Long\nSub Mark()\n  If Para1 > 250 Then g = 1\nEnd Sub\n\
             Sub Main()\n  Dim s As String\n  g = 7\n  Mark\n  s = \"a\" & g\n  \
             Result = g + Len(s)\nEnd Sub",
            // A region whose `Exit Sub` flag is zeroed each run (it clears `Err`): a
            // flag left set by the run before would clear it on the other path too.
            "Dim Result As Long\nDim g As Long\nSub Mark()\n  If Para1 > 50 Then g = 1: Exit Sub\n  \
             g = 2\nEnd Sub\nSub Main()\n  On Error Resume Next\n  Dim s As String\n  s = \"x\"\n  \
             Err.Raise 5\n  Mark\n  Result = Err.Number * 10 + g\nEnd Sub",
        ];
        for src in scripts {
            let program = Program::compile(src).expect("compiles");
            assert!(program.has_regions(), "no region in {src}");
            let plain = program.without_superinstructions();
            assert!(!plain.has_regions());
            let (_, region_misses) = agree(&program, &plain, src);
            assert_eq!(region_misses, 0, "a region gave up in {src}");
        }
    }

    /// A procedure that is all region runs without a frame (`Vm::whole_region`), its
    /// locals made only when the region reads them; were they missing, the region would
    /// give up there and run again from `Op::Region`, with the same values: so this
    /// asks `whole_region` itself.
    #[test]
    fn a_whole_region_makes_the_locals_it_reads() {
        let reads = "Dim Result As Long\nSub Main()\n  Dim n As Long\n  \
                     If Para1 > 1 Then n = 2\n  Result = n + 1\nEnd Sub\n";
        let s5v = include_str!("../../../../benches/scenarios/s5v_service_vm.bas");
        for (src, locals) in [(reads, true), (s5v, false)] {
            let p = Program::compile(src).expect("compiles");
            let main = p.module.main.expect("a Main");
            let region = p.module.procs[main as usize].region.as_deref();
            assert_eq!(region.map(|r| r.locals), Some(locals), "{src}");
            let plain = p.without_regions();
            let (mut r, mut plain) = (p.runner(), plain.runner());
            for x in [0.0, 5.0] {
                let iv = Interval {
                    paras: &[x, 3.0, 1.0],
                    weekday: 3,
                    minutes: 600,
                };
                r.prepare(&iv).expect("host values");
                assert!(r.vm.whole_region(&p.module, &p.proc_defaults, main));
                let got = r.stored();
                assert_eq!(got, plain.run(&iv).and_then(|()| plain.stored()));
            }
        }
    }

    /// Kernel code naming more registers than the small file holds runs on a checked
    /// one, with the VM's values; code that fits gets the small file.
    #[test]
    fn kernels_beyond_the_small_register_file_run_on_a_checked_one() {
        use crate::compile::scalar::SMALL;
        let sum: String = (1..=300).map(|k| format!(" + {k}.5")).collect();
        let big = format!("Dim Result As Long\nSub Main()\n  Result = Para1{sum}\nEnd Sub\n");
        let small = "Dim Result As Long\nSub Main()\n  Result = Para1 + 1.5\nEnd Sub\n";
        for (src, fits) in [(big.as_str(), false), (small, true)] {
            let program = Program::compile(src).expect("compiles");
            let code = program.kernel_code().expect("a kernel");
            assert_eq!(code.file == SMALL, fits, "{} registers", code.regs);
            let mut r = program.runner();
            let mut vm = program.runner();
            for x in [0.0, 7.0, 1e6] {
                let iv = Interval {
                    paras: &[x],
                    weekday: 1,
                    minutes: 0,
                };
                let want = vm.run(&iv).and_then(|()| vm.stored()).ok();
                assert!(want.is_some());
                assert_eq!(r.eval_kernel(&iv), want, "{x}");
            }
        }
    }

    /// Where the VM raises an error, the region gives up with nothing written and the
    /// plain code raises it at its own line.
    #[test]
    fn a_region_that_fails_leaves_the_error_to_the_plain_code() {
        let program = Program::compile(
            "Dim Result As Long\nDim Total As Long\nDim Para1 As Long\nSub Main()\n  \
             Total = 7\n  Result = Para1 * 2\n  Result = Result * 1000\nEnd Sub",
        )
        .expect("compiles");
        assert!(program.has_regions());
        let mut r = program.runner();
        let ok = Interval {
            paras: &[100.0],
            weekday: 2,
            minutes: 0,
        };
        assert_eq!(r.run(&ok).and_then(|()| r.stored()).ok(), Some(200_000));
        assert_eq!(r.vm.region_misses, 0);
        let big = Interval {
            paras: &[2_000_000.0],
            weekday: 2,
            minutes: 0,
        };
        let err = r.run(&big).expect_err("Long overflow");
        assert_eq!((err.error.number, err.line), (6, 7));
        assert_eq!(r.vm.region_misses, 1);
        // What the plain code ran before the error is there; nothing from the region.
        assert_eq!(r.global("Total"), Some(&Value::Long(7)));
        assert_eq!(r.global("Result"), Some(&Value::Long(4_000_000)));
    }

    /// Where the VM raises an error (an overflow), the typed form gives up with nothing
    /// written and the general path reports it.
    #[test]
    fn a_typed_form_that_overflows_falls_back_to_the_error() {
        let program = Program::compile(
            "Dim Result As Long\nDim Para1 As Long\nSub Main()\n  Dim x As Integer\n  \
             x = Para1 * 2\n  Result = x\nEnd Sub",
        )
        .expect("compiles")
        .without_regions();
        let mut r = program.runner();
        let ok = Interval {
            paras: &[100.0],
            weekday: 2,
            minutes: 0,
        };
        assert_eq!(r.run(&ok).and_then(|()| r.stored()).ok(), Some(200));
        assert_eq!(r.vm.fast_misses, 0);
        let big = Interval {
            paras: &[20000.0],
            weekday: 2,
            minutes: 0,
        };
        let err = r.run(&big).expect_err("Integer overflow");
        assert_eq!(err.error.number, 6);
        assert_eq!(r.vm.fast_misses, 1);
    }

    /// The per-interval shortcut for host values gives what the general Let-coercion
    /// gives, or leaves the value to it (so its overflow error is the one reported).
    #[test]
    fn host_value_is_let_coerce() {
        let mut values: Vec<Value> = [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -2.5,
            2.4999,
            1e300,
            -1e300,
            2147483647.4,
            2147483647.5,
            -2147483648.5,
            -2147483648.4,
            f64::NAN,
            f64::INFINITY,
        ]
        .into_iter()
        .map(Value::Double)
        .collect();
        values.extend([0, 1, -1, i32::MAX, i32::MIN].map(Value::Long));
        for ty in [TypeName::Variant, TypeName::Double, TypeName::Long] {
            for v in &values {
                if let Some(q) = host_value(ty, v) {
                    let want = crate::runtime::value::let_coerce(v.clone(), ty);
                    assert_eq!(
                        format!("{:?}", want.map_err(|e| e.number)),
                        format!("{:?}", Ok::<_, i32>(q)),
                        "{ty:?} {v:?}"
                    );
                }
            }
        }
        assert_eq!(
            host_value(TypeName::Long, &Value::Double(2147483647.5)),
            None
        );
        assert_eq!(host_value(TypeName::Long, &Value::Double(f64::NAN)), None);
    }

    /// The host values go where the script declared them, each as its type takes it
    /// (spec 1.1): the plan made once per program writes in place where it can and
    /// coerces the rest, and a value that does not fit is the host's error 6.
    #[test]
    fn host_values_are_written_as_their_variables_are_declared() {
        let src = "Dim Para1 As Double, Para2 As Long, Para3 As Integer, Para5 As String\n\
                   Dim Weekday As Byte, Minutes As Integer\n\
                   Sub Main()\n  Result = 0\nEnd Sub\n";
        let p = Program::compile(src).unwrap();
        let plan: Vec<_> = p.host.iter().map(|h| (h.from, h.ty)).collect();
        assert_eq!(
            plan,
            [
                (HostFrom::Para(0), TypeName::Double),
                (HostFrom::Para(1), TypeName::Long),
                (HostFrom::Para(2), TypeName::Integer),
                (HostFrom::Para(4), TypeName::String),
                (HostFrom::Weekday, TypeName::Byte),
                (HostFrom::Minutes, TypeName::Integer),
            ]
        );
        let mut r = p.runner();
        let paras = [2.5, 2.5, 3.5, 9.0, 0.25];
        let iv = Interval {
            paras: &paras,
            weekday: 7,
            minutes: 1425,
        };
        // Twice: the second run writes over the first one's values in place.
        for _ in 0..2 {
            r.run(&iv).unwrap();
            let got = |n: &str| r.global(n).cloned();
            assert_eq!(got("Para1"), Some(Value::Double(2.5)));
            assert_eq!(got("Para2"), Some(Value::Long(2)));
            assert_eq!(got("Para3"), Some(Value::Int(4)));
            assert_eq!(got("Para5"), Some(Value::str("0.25")));
            assert_eq!(got("Weekday"), Some(Value::Byte(7)));
            assert_eq!(got("Minutes"), Some(Value::Int(1425)));
        }
        let e = r
            .run(&Interval {
                paras: &[0.0, 0.0, 40000.0],
                ..iv
            })
            .unwrap_err();
        assert_eq!((e.error.number, e.procedure.as_str()), (6, "<host>"));
        assert!(
            e.error.description.ends_with("(host value for Para3)"),
            "{e}"
        );
        let e = r.run(&Interval { weekday: -1, ..iv }).unwrap_err();
        assert!(
            e.error.description.ends_with("(host value for Weekday)"),
            "{e}"
        );
        // Undeclared, they are Variants: a Double and Longs.
        let p = Program::compile("Sub Main()\n  Result = Para2 + Weekday + Minutes\nEnd Sub\n")
            .unwrap();
        let mut r = p.runner();
        assert_eq!(r.run(&iv).and_then(|()| r.stored()), Ok(1434));
        assert_eq!(r.global("Para2"), Some(&Value::Double(2.5)));
        assert_eq!(r.global("Weekday"), Some(&Value::Long(7)));
    }

    /// A `CompileError` returned with `?` from `main` prints the rendered diagnostics
    /// (its `Debug`), not a dump of its fields; as a miette diagnostic it is its first
    /// error (issue 21, point 12).
    #[test]
    fn a_compile_error_reads_well_through_question_mark_and_miette() {
        let e = Program::compile("Sub Main()\n  Result = 1 +\nEnd Sub\n").unwrap_err();
        let debug = format!("{e:?}");
        assert!(
            debug.contains("E0200") && debug.contains("Result = 1 +"),
            "{debug}"
        );
        assert!(!debug.contains("CompileError") && !debug.contains("diagnostics:"));
        assert!(format!("{e}").contains(":2:"), "{e}");
        use miette::Diagnostic as _;
        assert_eq!(e.code().map(|c| c.to_string()).as_deref(), Some("E0200"));
        let labels: Vec<_> = e.labels().into_iter().flatten().collect();
        assert_eq!(labels.len(), 1);
        assert!(e.source_code().is_some());
        let err: Box<dyn std::error::Error> = Box::new(e);
        assert!(err.to_string().contains("error[E0200]"));
    }

    /// `Batch::dates` is what `Now`/`Date` report in `eval_batch`, as `set_date` is for
    /// `eval`; no dates means the default date, never the clock.
    /// A failing kernel instruction gives the error the VM reported there the first
    /// time, without the VM: one VM run per instruction and error (6 and 11 apart),
    /// the same error each time; a kernel out of the VM's order (an `IIf` runs first)
    /// asks the VM every time.
    #[test]
    fn an_error_seen_at_a_kernel_instruction_is_given_again_without_the_vm() {
        let average = "Sub Main()\n  Result = (Para1 / Para2) * 100\nEnd Sub\n";
        let p = Program::compile(average).unwrap();
        let mut r = p.runner();
        fn at(paras: &[f64]) -> Interval<'_> {
            Interval {
                paras,
                weekday: 2,
                minutes: 0,
            }
        }
        let first = r.eval(&at(&[5.0, 0.0])).unwrap_err();
        assert_eq!((first.error.number, r.vm_runs()), (11, 1));
        for paras in [[7.0, 0.0], [-1.0, -0.0]] {
            assert_eq!(r.eval(&at(&paras)), Err(first.clone()));
        }
        assert_eq!(r.vm_runs(), 1);
        assert_eq!(r.eval(&at(&[0.0, 0.0])).unwrap_err().error.number, 6);
        assert_eq!(r.eval(&at(&[0.0, 0.0])).unwrap_err().error.number, 6);
        assert_eq!((r.eval(&at(&[3.0, 2.0])), r.vm_runs()), (Ok(150), 2));
        let iif = "Sub Main()\n  Result = IIf(Para2 > 0, 1, 2) + Para1 / Para2\nEnd Sub\n";
        let p = Program::compile(iif).unwrap();
        let mut r = p.runner();
        for _ in 0..3 {
            assert_eq!(r.eval(&at(&[5.0, 0.0])).unwrap_err().error.number, 11);
        }
        assert_eq!(r.vm_runs(), 3);
    }

    /// Only the very error the kernel computed, raised inside the script with VBA's own
    /// message, is kept.
    #[test]
    fn only_the_instructions_own_error_is_kept() {
        let fail = Fail { pc: 0, number: 11 };
        let error = |number: i32, description: &str, procedure: &str| {
            Err(RunError {
                error: VbaError::with(number, description),
                procedure: procedure.into(),
                span: Span::new(3, 9),
                line: 2,
                column: 4,
            })
        };
        let known = |r: &Result<i64, RunError>| matches!(Memo::of(fail, r), Memo::Known(_));
        assert!(known(&error(11, "Division by zero", "Main")));
        assert!(!known(&error(6, "Overflow", "Main")));
        assert!(!known(&error(
            11,
            "Division by zero (storing Result)",
            "Main"
        )));
        assert!(!known(&error(11, "Division by zero", "<host>")));
        assert!(!known(&Ok(1)));
    }

    #[test]
    fn batch_dates_are_the_intervals_days() {
        let p = Program::compile("Sub Main()\n  Result = Day(Date) * 100 + Month(Now)\nEnd Sub\n")
            .unwrap();
        let day = |y, m, d| crate::calendar::serial_from_ymd(y, m, d).unwrap();
        let dates = [day(2024, 3, 4), day(2025, 12, 31)];
        let mut out = Vec::new();
        let batch = Batch {
            paras: &[],
            weekday: &[2, 4],
            minutes: &[0, 15],
            dates: &dates,
        };
        p.eval_batch(&batch, &mut out).unwrap();
        assert_eq!(out, [403, 3112]);
        p.eval_batch(
            &Batch {
                dates: &[],
                ..batch
            },
            &mut out,
        )
        .unwrap();
        assert_eq!(out, [101, 101], "2024-01-01");
        let mut run = p.runner();
        let interval = Interval {
            paras: &[],
            weekday: 2,
            minutes: 0,
        };
        assert_eq!(run.eval(&interval).unwrap(), 101);
        run.set_date(Some(dates[1]));
        assert_eq!(run.eval(&interval).unwrap(), 3112);
        let wrong = Batch {
            dates: &dates[..1],
            ..batch
        };
        assert!(p.eval_batch(&wrong, &mut out).is_err());
    }
}
