//! The virtual machine: runs compiled procedures. Frames live in a vector (a deep
//! recursion in a script never touches the Rust stack); locals of all frames share one
//! slot vector and ByRef parameters are `Ref`s into it, into the globals or into array
//! elements. Runtime errors go to the innermost `On Error` handler, else end the run.

pub mod batch;
mod kernel;
mod program;

pub use program::{
    Batch, BatchError, CompileError, DEFAULT_DATE, Interval, Program, RunError, Runner,
};

use crate::compile::bytecode::{
    Dst, ErrProp, Fast, Fused, K, Kind, Module, Op, Piece, Proc, Rd, Region, Src, TEnd, TOp,
    TREE_DEPTH, Then, Tree, Var,
};
use crate::compile::kernel::Input;
use crate::runtime::error::{self as e, VResult, VbaError};
use crate::runtime::library::{Host, print_text};
use crate::runtime::ops::{self, Num, Quick};
use crate::runtime::value::{Array, Value, default_of, initial, let_coerce, unallocated};
use crate::syntax::ast::{BinOp, TypeName};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Where a reference points.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Addr {
    Local(usize),
    Global(usize),
}

/// A ByRef argument: a variable, or an element of the array held in a variable.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ref {
    addr: Addr,
    /// Flat element index when the reference is to an array element.
    elem: Option<usize>,
    ty: TypeName,
    array: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Handler {
    None,
    ResumeNext,
    GoTo(u32),
}

#[derive(Debug, Clone)]
struct Frame {
    /// Index in `procs`, or `INIT` for the module initialisation.
    proc: u32,
    pc: usize,
    base: usize,
    ref_base: usize,
    gosub_base: usize,
    handler: Handler,
    /// The statement that failed, while its handler runs.
    in_handler: Option<Piece>,
}

const INIT: u32 = u32::MAX;

impl ErrState {
    /// Whether anything was set since the default (a fresh run must clear it).
    fn touched(&self) -> bool {
        self.number != 0
            || self.help_context != 0
            || !(self.description.is_empty() && self.source.is_empty() && self.help_file.is_empty())
    }
}

/// The state of the `Err` object.
#[derive(Debug, Clone, Default)]
struct ErrState {
    number: i32,
    description: String,
    source: String,
    help_file: String,
    help_context: i32,
}

/// Why a run stopped early.
#[derive(Debug)]
pub(crate) struct Fault {
    pub error: VbaError,
    pub proc: u32,
    pub pc: usize,
}

/// Limits that keep a script from running away.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Statements (counted per loop iteration and call) before error "step budget".
    pub max_steps: u64,
    /// Nested calls before error 28, Out of stack space.
    pub max_depth: usize,
    /// Wall time one run may take before error "time limit" (looked at every few
    /// thousand steps; strings made cost steps, so no step runs long).
    pub max_time: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_steps: 10_000_000,
            max_depth: 2_000,
            max_time: None,
        }
    }
}

/// The machine state, reused from run to run.
pub(crate) struct Vm {
    pub globals: Vec<Value>,
    /// Set when the host wrote globals the code does not (the REPL's session
    /// variables): the next reset restores all of them.
    pub dirty: bool,
    slots: Vec<Value>,
    stack: Vec<Value>,
    refs: Vec<Ref>,
    pending: Vec<Ref>,
    frames: Vec<Frame>,
    gosubs: Vec<usize>,
    err: ErrState,
    pub host: Host,
    pub limits: Limits,
    steps: u64,
    /// The step count at which the budget (and the interrupt flag) is looked at next.
    check_at: u64,
    /// Set from another thread (Ctrl-C) to stop the run with error 18.
    pub interrupt: Option<Arc<AtomicBool>>,
    /// The host's deadline: no run goes on past it.
    pub until: Option<Instant>,
    /// When this run stops with "time limit", and whether that is the host's deadline.
    deadline: Option<(Instant, bool)>,
    /// What the `Err.Raise` being raised sets besides Number and Description (Source,
    /// HelpFile, HelpContext).
    raised: Option<ErrState>,
    print_col: usize,
    /// Typed register instructions (`Fused::fast`) that handed their work to the general
    /// path: the tests check that plain numbers never do.
    pub(crate) fast_misses: u64,
    /// Regions that gave up (the plain code ran instead); for the tests.
    pub(crate) region_misses: u64,
    /// The registers of each procedure's region (by procedure, as `Vm::new` made them
    /// for its module; empty until it runs).
    regs: Vec<Vec<f64>>,
}

/// Bytes of a newly made string that cost one step (copying 256 bytes takes about as
/// long as running a simple statement).
const BYTES_PER_STEP: usize = 256;

/// Steps between two looks at the interrupt flag.
const INTERRUPT_EVERY: u64 = 1 << 14;

fn proc_of(m: &Module, id: u32) -> &Proc {
    if id == INIT {
        &m.init
    } else {
        &m.procs[id as usize]
    }
}

impl Vm {
    pub fn new(m: &Module) -> Vm {
        Vm {
            globals: m.globals.iter().map(|g| initial(g.ty, g.array)).collect(),
            dirty: false,
            slots: Vec::new(),
            stack: Vec::new(),
            refs: Vec::new(),
            pending: Vec::new(),
            frames: Vec::new(),
            gosubs: Vec::new(),
            err: ErrState::default(),
            host: Host::default(),
            limits: Limits::default(),
            steps: 0,
            check_at: 0,
            interrupt: None,
            until: None,
            deadline: None,
            raised: None,
            print_col: 0,
            fast_misses: 0,
            region_misses: 0,
            regs: vec![Vec::new(); m.procs.len()],
        }
    }

    /// Fresh module state: every global back to its type's default.
    /// `written` lists the globals the code may change (`Module::written_globals`): only
    /// those go back to their defaults, unless the host changed others (`dirty`).
    pub fn reset(&mut self, defaults: &[Value], written: &[u32]) {
        if self.dirty || self.globals.len() != defaults.len() {
            self.globals.clear();
            self.globals.extend_from_slice(defaults);
            self.dirty = false;
        } else {
            for &g in written {
                if let (Some(v), Some(d)) =
                    (self.globals.get_mut(g as usize), defaults.get(g as usize))
                {
                    reset_to(v, d);
                }
            }
        }
        self.slots.clear();
        self.stack.clear();
        self.refs.clear();
        self.pending.clear();
        self.frames.clear();
        self.gosubs.clear();
        // Most runs never touch `Err`: no four strings dropped and made again for them.
        if self.err.touched() {
            self.err = ErrState::default();
        }
        self.host.output.clear();
        self.steps = 0;
        self.check_at = 0;
        self.print_col = 0;
        self.raised = None;
        let own = self
            .limits
            .max_time
            .and_then(|d| Instant::now().checked_add(d));
        self.deadline = match (own, self.until) {
            (Some(own), Some(until)) if until <= own => Some((until, true)),
            (Some(own), _) => Some((own, false)),
            (None, until) => until.map(|u| (u, true)),
        };
    }

    /// Charges the step budget for a string an operation has just made: one step per
    /// [`BYTES_PER_STEP`] bytes of it, so that a loop copying ever longer strings
    /// (`s = s & "x"`, quadratic) is bounded in time by the budget like any other loop.
    #[inline]
    fn charge_bytes(&mut self, v: &Value) -> Result<(), VbaError> {
        match v {
            Value::Str(s) => self.charge_len(s.len()),
            _ => Ok(()),
        }
    }

    /// Charges `len` bytes made or written (strings, and the output of Print, Spc and
    /// Tab, so that printing in a loop is bounded by the budget too).
    #[inline]
    fn charge_len(&mut self, len: usize) -> Result<(), VbaError> {
        if len >= 4 * BYTES_PER_STEP {
            self.steps += (len / BYTES_PER_STEP) as u64;
            if self.steps > self.check_at {
                return self.checkpoint();
            }
        }
        Ok(())
    }

    /// Looks at the step budget and the interrupt flag; called when the step count
    /// passes `check_at`, so the hot path compares one number.
    #[cold]
    fn checkpoint(&mut self) -> Result<(), VbaError> {
        if self.steps > self.limits.max_steps {
            return Err(budget_error(self.limits.max_steps));
        }
        self.check_at = self.limits.max_steps;
        if let Some(flag) = &self.interrupt {
            if flag.swap(false, Ordering::Relaxed) {
                return Err(VbaError::new(e::INTERRUPTED));
            }
            self.check_at = self.check_at.min(self.steps + INTERRUPT_EVERY);
        }
        if let Some((at, host)) = self.deadline {
            if Instant::now() >= at {
                return Err(self.time_error(host));
            }
            self.check_at = self.check_at.min(self.steps + INTERRUPT_EVERY);
        }
        Ok(())
    }

    #[cold]
    fn time_error(&self, host: bool) -> VbaError {
        let description = match (host, self.limits.max_time) {
            (false, Some(d)) => format!(
                "the run took longer than its time limit of {} s (a loop that never ends?)",
                crate::runtime::value::format_float(d.as_secs_f64(), 15)
            ),
            _ => "the deadline passed while the script ran".to_string(),
        };
        VbaError::with(e::TIME_LIMIT, description)
    }

    /// Runs procedure `id` (no arguments) to its end. Returns false when `End` stopped
    /// the run.
    pub fn call_entry(
        &mut self,
        m: &Module,
        defaults: &[Vec<Value>],
        id: u32,
    ) -> Result<bool, Fault> {
        let p = proc_of(m, id);
        if id != INIT && !p.params.is_empty() {
            // The host passes nothing: VBA's "Argument not optional".
            return Err(Fault {
                error: VbaError {
                    number: 449,
                    description: format!(
                        "Argument not optional: {} takes {} parameter(s), but the host calls it without arguments",
                        p.name,
                        p.params.len()
                    ),
                },
                proc: id,
                pc: 0,
            });
        }
        let base = self.slots.len();
        if id == INIT {
            self.slots.extend(p.locals.iter().map(|l| default_of(l.ty)));
        } else {
            self.slots.extend_from_slice(&defaults[id as usize]);
        }
        self.frames.push(Frame {
            proc: id,
            pc: 0,
            base,
            ref_base: self.refs.len(),
            gosub_base: self.gosubs.len(),
            handler: Handler::None,
            in_handler: None,
        });
        let depth = self.frames.len() - 1;
        let r = self.run(m, defaults, depth);
        match r {
            Ok(ended) => {
                if !ended {
                    self.stack.pop();
                }
                Ok(!ended)
            }
            Err(f) => Err(f),
        }
    }

    /// Runs parameterless procedure `id` when its whole body is one region (its head is
    /// the first instruction), in a frame that never reaches the stack machine: what
    /// entering it, running `Op::Region` and returning would do. False (nothing done)
    /// when it has no such region or the region gives up; the caller then enters it as
    /// usual (and the region is tried again there, where giving up is counted).
    pub fn whole_region(&mut self, m: &Module, defaults: &[Vec<Value>], id: u32) -> bool {
        let Some(p) = m.procs.get(id as usize) else {
            return false;
        };
        let (Some(r), true) = (p.region.as_deref(), p.params.is_empty()) else {
            return false;
        };
        let Some(locals) = defaults.get(id as usize).filter(|_| r.head == 0) else {
            return false;
        };
        // Locals are made only for a region that reads them (a String local would cost
        // a reference count each run for nothing).
        let base = self.slots.len();
        if r.locals {
            self.slots.extend_from_slice(locals);
        }
        let f = Frame {
            proc: id,
            pc: 0,
            base,
            ref_base: self.refs.len(),
            gosub_base: self.gosubs.len(),
            handler: Handler::None,
            in_handler: None,
        };
        let ok = self.region(r, &f).is_some();
        self.slots.truncate(base);
        ok
    }

    fn fault(&self, error: VbaError) -> Fault {
        let f = self.frames.last();
        Fault {
            error,
            proc: f.map_or(0, |f| f.proc),
            pc: f.map_or(0, |f| f.pc),
        }
    }

    /// Runs until the frame at `depth` returns (Ok(false)) or `End` runs (Ok(true)).
    fn run(&mut self, m: &Module, defaults: &[Vec<Value>], depth: usize) -> Result<bool, Fault> {
        loop {
            match self.exec(m, defaults, depth) {
                Ok(ended) => return Ok(ended),
                Err(error) => {
                    let origin = self.fault(error.clone());
                    if !self.trap(m, error, depth) {
                        if self.steps > self.limits.max_steps
                            && origin.error.number != e::STEP_BUDGET
                        {
                            return Err(Fault {
                                error: budget_error(self.limits.max_steps),
                                ..origin
                            });
                        }
                        return Err(origin);
                    }
                }
            }
        }
    }

    /// Hands an error to the innermost active handler at or above `depth`, unwinding
    /// frames without one. False when nothing traps it.
    fn trap(&mut self, m: &Module, error: VbaError, depth: usize) -> bool {
        if error.is_host_stop() {
            return false;
        }
        // Every trapped error counts as a step, so handler loops end too.
        self.steps += 1;
        if self.steps > self.limits.max_steps {
            return false;
        }
        loop {
            let Some(f) = self.frames.last() else {
                return false;
            };
            let p = proc_of(m, f.proc);
            let piece = p.piece_at(f.pc).unwrap_or(Piece {
                start: f.pc as u32,
                end: f.pc as u32 + 1,
            });
            match (f.handler, f.in_handler) {
                (Handler::ResumeNext, None) => {
                    self.set_err(&error);
                    if let Some(f) = self.frames.last_mut() {
                        f.pc = piece.end as usize;
                    }
                    return true;
                }
                (Handler::GoTo(t), None) => {
                    self.set_err(&error);
                    if let Some(f) = self.frames.last_mut() {
                        f.in_handler = Some(piece);
                        f.pc = t as usize;
                    }
                    return true;
                }
                _ => {}
            }
            if self.frames.len() - 1 <= depth {
                return false;
            }
            // Unwind to the caller: the error belongs to its call statement.
            if let Some(f) = self.frames.pop() {
                self.slots.truncate(f.base);
                self.refs.truncate(f.ref_base);
                self.gosubs.truncate(f.gosub_base);
            }
            if let Some(c) = self.frames.last_mut() {
                c.pc = c.pc.saturating_sub(1);
            }
        }
    }

    fn set_err(&mut self, error: &VbaError) {
        self.err = ErrState {
            number: error.number,
            description: error.description.clone(),
            ..self.raised.take().unwrap_or_default()
        };
    }

    fn ref_of(&self, var: Var, f: &Frame, p: &Proc, m: &Module) -> Ref {
        match var {
            Var::Local(s) => {
                let info = &p.locals[s as usize];
                Ref {
                    addr: Addr::Local(f.base + s as usize),
                    elem: None,
                    ty: info.ty,
                    array: info.array,
                }
            }
            Var::Global(g) => {
                let info = &m.globals[g as usize];
                Ref {
                    addr: Addr::Global(g as usize),
                    elem: None,
                    ty: info.ty,
                    array: info.array,
                }
            }
            Var::Ref(r) => self.refs[f.ref_base + r as usize],
        }
    }

    fn addr_mut(&mut self, a: Addr) -> &mut Value {
        match a {
            Addr::Local(i) => &mut self.slots[i],
            Addr::Global(g) => &mut self.globals[g],
        }
    }

    fn addr(&self, a: Addr) -> &Value {
        match a {
            Addr::Local(i) => &self.slots[i],
            Addr::Global(g) => &self.globals[g],
        }
    }

    fn read_ref(&self, r: Ref) -> VResult<Value> {
        let v = self.addr(r.addr);
        match r.elem {
            None => Ok(v.clone()),
            Some(i) => match v {
                Value::Array(a) => a
                    .data
                    .get(i)
                    .cloned()
                    .ok_or_else(|| VbaError::new(e::SUBSCRIPT)),
                _ => Err(VbaError::new(e::SUBSCRIPT)),
            },
        }
    }

    fn write_ref(&mut self, r: Ref, v: Value) -> VResult<()> {
        match r.elem {
            None => {
                let v = coerce_for(v, r.ty, r.array)?;
                *self.addr_mut(r.addr) = v;
                Ok(())
            }
            Some(i) => {
                let Value::Array(a) = self.addr_mut(r.addr) else {
                    return Err(VbaError::new(e::SUBSCRIPT));
                };
                let arr = Arc::make_mut(a);
                let v = let_coerce(v, arr.elem)?;
                let slot = arr
                    .data
                    .get_mut(i)
                    .ok_or_else(|| VbaError::new(e::SUBSCRIPT))?;
                *slot = v;
                Ok(())
            }
        }
    }

    /// `Op::Store`: `v` Let-coerced into the variable.
    #[inline(always)]
    fn store(&mut self, var: Var, v: Value, f: &Frame, p: &Proc, m: &Module) -> VResult<()> {
        match var {
            Var::Local(s) => {
                let info = &p.locals[s as usize];
                self.slots[f.base + s as usize] = coerce_for(v, info.ty, info.array)?;
            }
            Var::Global(g) => {
                let info = &m.globals[g as usize];
                self.globals[g as usize] = coerce_for(v, info.ty, info.array)?;
            }
            Var::Ref(r) => {
                let r = self.refs[f.ref_base + r as usize];
                self.write_ref(r, v)?;
            }
        }
        Ok(())
    }

    /// A superinstruction's operand, as `Op::Load` / `Op::Const` push it.
    #[inline(always)]
    fn fetch(&mut self, s: Src, f: &Frame, m: &Module) -> VResult<Value> {
        match s {
            Src::Stack => Ok(self.pop()),
            Src::Unused => Ok(Value::Empty),
            Src::Const(i) => Ok(m.consts[i as usize].clone()),
            Src::Local(l) => Ok(self.slots[f.base + l as usize].clone()),
            Src::Global(g) => Ok(self.globals[g as usize].clone()),
            Src::Ref(r) => self.read_ref(self.refs[f.ref_base + r as usize]),
        }
    }

    /// A superinstruction's operand read in place when it is a plain number (the
    /// stack's operands at `depth` from the top); None for anything else, which the
    /// general path then reads.
    #[inline(always)]
    fn peek(&self, s: Src, depth: usize, f: &Frame, m: &Module) -> Option<Num> {
        let v = match s {
            Src::Local(l) => self.slots.get(f.base + l as usize)?,
            Src::Const(i) => m.consts.get(i as usize)?,
            Src::Global(g) => self.globals.get(g as usize)?,
            Src::Stack => {
                let i = self.stack.len().checked_sub(depth + 1)?;
                &self.stack[i]
            }
            Src::Ref(r) => {
                let r = self.refs.get(f.ref_base + r as usize)?;
                if r.elem.is_some() {
                    return None;
                }
                self.addr(r.addr)
            }
            Src::Unused => return None,
        };
        Num::of(v)
    }

    /// The typed path of a superinstruction: numbers in, a number or a truth out, stored
    /// into a variable of its type (or a Variant) without a coercion call. None when
    /// anything is not that plain (nothing done then; the general path runs). A store
    /// the typed path cannot make (a coercion that may fail) is left to the plain `Store`
    /// after the value is pushed.
    #[inline(never)]
    fn fused_quick(&mut self, fz: &Fused, f: &Frame, m: &Module, start: usize) -> Option<usize> {
        let end = start + fz.len as usize;
        let b_top = matches!(fz.b, Src::Stack);
        let q = match fz.kind {
            Kind::Binary(..) | Kind::Compare(..) | Kind::AddMixed(_) => {
                let x = self.peek(fz.a, b_top as usize, f, m)?;
                let y = self.peek(fz.b, 0, f, m)?;
                ops::quick_num(fz.kind.operator()?, x, y)?
            }
            Kind::Move => Quick::Num(self.peek(fz.a, 0, f, m)?),
            Kind::ForTest(step) => {
                let x = self.peek(fz.a, 0, f, m)?.f64();
                let y = self.peek(fz.b, 0, f, m)?.f64();
                let forward = self.peek(step, 0, f, m)?.f64() >= 0.0;
                Quick::Bool(goes_on(forward, x.partial_cmp(&y)?))
            }
            Kind::Elem(var) => {
                let Num::I(i, _) = self.peek(fz.a, 0, f, m)? else {
                    return None;
                };
                let arr = self.array_in(var, f)?;
                let k = one_dim_index(arr, i)?;
                Quick::Num(Num::of(arr.data.get(k)?)?)
            }
            Kind::SetElem(var) => {
                let Num::I(i, _) = self.peek(fz.a, 0, f, m)? else {
                    return None;
                };
                let v = self.peek(fz.b, 0, f, m)?;
                let slot = match var {
                    Var::Local(s) => self.slots.get_mut(f.base + s as usize)?,
                    Var::Global(g) => self.globals.get_mut(g as usize)?,
                    Var::Ref(_) => return None,
                };
                // Only an array this variable alone holds, of Doubles or Longs: anything
                // else (a copy to make, another coercion) is the general path's.
                let Value::Array(a) = slot else {
                    return None;
                };
                let arr = Arc::get_mut(a)?;
                let k = one_dim_index(arr, i)?;
                let elem = arr.elem;
                let slot = arr.data.get_mut(k)?;
                match (elem, v) {
                    (TypeName::Double, n) => ops::set_double(slot, n.f64()),
                    (TypeName::Long, Num::I(i, _)) => ops::set_long(slot, i as i32),
                    _ => return None,
                }
                return Some(end);
            }
        };
        // Committed: the stack operands go.
        let pops = matches!(fz.a, Src::Stack) as usize + b_top as usize;
        for _ in 0..pops {
            self.stack.pop();
        }
        match fz.then {
            Then::Push => self.stack.push(q.value()),
            Then::JumpIf(when, target) => {
                let c = match q {
                    Quick::Bool(b) => b,
                    Quick::Num(n) => n.f64() != 0.0,
                };
                if c == when {
                    return Some(target as usize);
                }
            }
            Then::Store(var) => {
                let slot = match var {
                    Var::Local(s) => self.slots.get_mut(f.base + s as usize),
                    Var::Global(g) => self.globals.get_mut(g as usize),
                    Var::Ref(_) => None,
                };
                let done = match (slot, fz.store, q) {
                    (Some(slot), Some(ty), Quick::Num(n)) => n.store_into(ty, slot),
                    (Some(slot), Some(TypeName::Boolean | TypeName::Variant), Quick::Bool(b)) => {
                        *slot = Value::Bool(b);
                        true
                    }
                    _ => false,
                };
                // A store it cannot make (an overflow, another coercion, a reference):
                // the plain `Store` makes it, or reports the error.
                if !done {
                    self.stack.push(q.value());
                    return Some(end - 1);
                }
            }
            Then::Nothing => {}
        }
        Some(end)
    }

    /// A typed register instruction's number operand, read in place.
    #[inline(always)]
    fn rd(&self, r: Rd, base: usize) -> Option<Num> {
        match r {
            Rd::Num(n) => Some(n),
            Rd::Local(l) => Num::of(self.slots.get(base + l as usize)?),
            Rd::Global(g) => Num::of(self.globals.get(g as usize)?),
        }
    }

    /// Writes number `n` to a typed register instruction's target, as `Op::Store` would
    /// (None, with nothing written, when that store needs the general coercion).
    #[inline(always)]
    fn write(&mut self, dst: Dst, n: Num, base: usize) -> Option<()> {
        let (ty, slot) = match dst {
            Dst::Push => {
                self.stack.push(n.value());
                return Some(());
            }
            Dst::Local(ty, l) => (ty, self.slots.get_mut(base + l as usize)?),
            Dst::Global(ty, g) => (ty, self.globals.get_mut(g as usize)?),
        };
        // Out of the type's range, the plain `Store` reports the overflow.
        n.store_into(ty, slot).then_some(())
    }

    /// Runs a typed register instruction (`Fused::fast`) whose sequence ends at `end`:
    /// the next `pc`, or None (nothing done) when an operand is not a plain number or
    /// the result needs the general path (an overflow, an unordered comparison).
    #[inline(always)]
    fn fast(
        &mut self,
        fast: Fast,
        base: usize,
        at: usize,
        len: usize,
        trees: &[Tree],
    ) -> Option<usize> {
        let end = at + len;
        match fast {
            Fast::None => None,
            Fast::Tree(i) => self.tree(trees.get(i as usize)?, base, at),
            Fast::CmpJump {
                a,
                b,
                op,
                when,
                target,
            } => {
                let (x, y) = (self.rd(a, base)?, self.rd(b, base)?);
                let o = x.f64().partial_cmp(&y.f64())?;
                Some(if ops::holds(op, o) == when {
                    target as usize
                } else {
                    end
                })
            }
            Fast::Arith { a, b, op, dst } => {
                let (x, y) = (self.rd(a, base)?, self.rd(b, base)?);
                let Quick::Num(n) = ops::quick_num(op, x, y)? else {
                    return None;
                };
                self.write(dst, n, base)?;
                Some(end)
            }
            Fast::Move { a, dst } => {
                let n = self.rd(a, base)?;
                self.write(dst, n, base)?;
                Some(end)
            }
            Fast::ForJump {
                counter,
                limit,
                step,
                exit,
            } => {
                let (x, y) = (self.rd(counter, base)?, self.rd(limit, base)?);
                let forward = self.rd(step, base)?.f64() >= 0.0;
                let o = x.f64().partial_cmp(&y.f64())?;
                Some(if goes_on(forward, o) {
                    end
                } else {
                    exit as usize
                })
            }
        }
    }

    /// Runs a [`Tree`] at `at`: the next `pc`, or None with nothing written.
    #[inline(never)]
    fn tree(&mut self, t: &Tree, base: usize, at: usize) -> Option<usize> {
        if t.typed {
            return self.typed_tree(t, base, at);
        }
        let mut st = [Num::I(0, false); TREE_DEPTH];
        let mut sp = 0usize;
        for op in &t.ops {
            match *op {
                TOp::Push(r) => {
                    *st.get_mut(sp)? = self.rd(r, base)?;
                    sp += 1;
                }
                TOp::Bin(op, _) => {
                    sp = sp.checked_sub(1)?;
                    let (x, y) = (*st.get(sp.checked_sub(1)?)?, st[sp]);
                    let Quick::Num(n) = ops::quick_num(op, x, y)? else {
                        return None;
                    };
                    st[sp - 1] = n;
                }
                TOp::BinR(op, r, _) => {
                    let x = st.get_mut(sp.checked_sub(1)?)?;
                    let y = self.rd(r, base)?;
                    let Quick::Num(n) = ops::quick_num(op, *x, y)? else {
                        return None;
                    };
                    *x = n;
                }
            }
        }
        self.tree_end(t, st[0], st[1].f64(), base, at)
    }

    /// A typed [`Tree`] (every kind static): numbers as `f64`s with the kernel's range
    /// checks, so no operation looks at a value's type.
    #[inline(always)]
    fn typed_tree(&mut self, t: &Tree, base: usize, at: usize) -> Option<usize> {
        let mut st = [0f64; TREE_DEPTH];
        let mut sp = 0usize;
        let mut kind = K::Double;
        for op in &t.ops {
            match *op {
                TOp::Push(r) => {
                    *st.get_mut(sp)? = self.rd(r, base)?.f64();
                    sp += 1;
                }
                TOp::Bin(op, k) => {
                    sp = sp.checked_sub(1)?;
                    let y = st[sp];
                    let x = st.get_mut(sp.checked_sub(1)?)?;
                    *x = arith(op, *x, y, k)?;
                    kind = k;
                }
                TOp::BinR(op, r, k) => {
                    let y = self.rd(r, base)?.f64();
                    let x = st.get_mut(sp.checked_sub(1)?)?;
                    *x = arith(op, *x, y, k)?;
                    kind = k;
                }
            }
        }
        // The value's kind: the last operation's, or the lone operand's.
        let n = match (t.ops.as_slice(), kind) {
            ([TOp::Push(r)], _) => self.rd(*r, base)?,
            (_, K::Int) => Num::I(st[0] as i64, false),
            (_, K::Long) => Num::I(st[0] as i64, true),
            _ => Num::D(st[0]),
        };
        self.tree_end(t, n, st[1], base, at)
    }

    /// A tree's end: its value `n` stored, or `n` compared with `y` for its jump.
    #[inline(always)]
    fn tree_end(&mut self, t: &Tree, n: Num, y: f64, base: usize, at: usize) -> Option<usize> {
        match t.end {
            TEnd::Store(dst) => {
                self.write(dst, n, base)?;
                Some(at + t.len as usize)
            }
            TEnd::CmpJump { op, when, target } => {
                let o = n.f64().partial_cmp(&y)?;
                Some(if ops::holds(op, o) == when {
                    target as usize
                } else {
                    at + t.len as usize
                })
            }
        }
    }

    /// Runs a procedure's region (`Op::Region`) in frame `f`: loads its inputs, runs its
    /// register code and writes back the module-level variables it stored. None, with
    /// nothing written, when an input is not a number or the code gives up (the plain
    /// code then runs from the head and raises the VM's own error).
    #[inline(never)]
    fn region(&mut self, r: &Region, f: &Frame) -> Option<()> {
        // Past the step budget, the plain code runs and raises the error where it is.
        if self.steps + r.cost as u64 > self.limits.max_steps {
            return None;
        }
        let code = &r.code;
        // Each procedure's region keeps its registers, constants loaded once, as a
        // runner keeps its kernel's: a run loads the inputs and zeroes the registers
        // that may be read before they are stored (`Code::zeros`), nothing more.
        let regs = self.regs.get_mut(f.proc as usize)?;
        if regs.len() != code.file {
            *regs = kernel::registers(code);
        }
        for &(reg, input, kind) in &code.inputs {
            let v = match input {
                Input::Global(g) => self.globals.get(g as usize)?,
                Input::Local(l) => self.slots.get(f.base + l as usize)?,
                Input::Elem(l, k) => match self.slots.get(f.base + l as usize)? {
                    Value::Array(a) => a.data.get(k as usize)?,
                    _ => return None,
                },
                _ => return None,
            };
            *regs.get_mut(reg as usize)? = region_input(v, kind)?;
        }
        for &z in &code.zeros {
            *regs.get_mut(z as usize)? = 0.0;
        }
        // Where it failed does not matter: the region's statements run on the VM.
        kernel::run::<false>(&code.ins, regs, &mut 0)?;
        for &(reg, g, ty) in &r.writes {
            let x = regs.get(reg as usize).copied().unwrap_or(0.0);
            if let Some(slot) = self.globals.get_mut(g as usize) {
                match ty {
                    TypeName::Integer => ops::set_int(slot, x as i16),
                    TypeName::Long => ops::set_long(slot, x as i32),
                    _ => ops::set_double(slot, x),
                }
            }
        }
        if r.exit
            .is_some_and(|e| regs.get(e as usize).is_some_and(|x| *x != 0.0))
        {
            self.err = ErrState::default();
        }
        // The statements it stood for count against the budget.
        self.steps += r.cost as u64;
        Some(())
    }

    /// The array held in a plain variable (not a reference).
    #[inline(always)]
    fn array_in(&self, var: Var, f: &Frame) -> Option<&Array> {
        let v = match var {
            Var::Local(s) => self.slots.get(f.base + s as usize)?,
            Var::Global(g) => self.globals.get(g as usize)?,
            Var::Ref(_) => return None,
        };
        match v {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// Runs the superinstruction at `start` (`Op::Fused`): the instructions it stands for
    /// in one step. Returns the next `pc`, or the error with the position of the plain
    /// instruction that failed, the stack as that instruction leaves it.
    #[inline(never)]
    fn fused(
        &mut self,
        fz: &Fused,
        f: &Frame,
        p: &Proc,
        m: &Module,
        start: usize,
    ) -> Result<usize, (usize, VbaError)> {
        let mut at = start;
        // The loads, in the plain code's order.
        let mut a = Value::Empty;
        if fz.a.loaded() {
            a = self.fetch(fz.a, f, m).map_err(|e| (at, e))?;
            at += 1;
        }
        let mut b = Value::Empty;
        if fz.b.loaded() {
            match self.fetch(fz.b, f, m) {
                Ok(v) => b = v,
                Err(e) => {
                    if fz.a.loaded() {
                        self.stack.push(a);
                    }
                    return Err((at, e));
                }
            }
            at += 1;
        }
        let step = match fz.kind {
            Kind::ForTest(s) => {
                let v = self.fetch(s, f, m).map_err(|e| {
                    self.stack.push(std::mem::take(&mut a));
                    self.stack.push(std::mem::take(&mut b));
                    (at, e)
                });
                at += 1;
                v?
            }
            _ => Value::Empty,
        };
        // Operands on the stack: the right one is on top.
        if fz.b == Src::Stack {
            b = self.pop();
        }
        if fz.a == Src::Stack {
            a = self.pop();
        }
        let value = match fz.kind {
            Kind::Move => a,
            Kind::Binary(..) | Kind::Compare(..) | Kind::AddMixed(_) => {
                // As `binary_op` runs `Op::Binary`, `Op::Compare` and `Op::AddMixed`.
                let quick = fz
                    .kind
                    .operator()
                    .is_some_and(|op| ops::quick_binary(op, &mut a, &b));
                if !quick {
                    a = match fz.kind {
                        Kind::Binary(op, promote) => ops::binary(op, &a, &b, promote),
                        Kind::Compare(op, typed) => ops::relational_typed(op, &a, &b, typed),
                        Kind::AddMixed(typed) => ops::add_mixed(&a, &b, typed),
                        _ => Ok(a),
                    }
                    .map_err(|e| (at, e))?;
                    self.charge_bytes(&a).map_err(|e| (at, e))?;
                }
                at += 1;
                a
            }
            Kind::ForTest(_) => {
                let go = for_goes_on(&a, &b, &step).map_err(|e| (at, e))?;
                at += 1;
                Value::Bool(go)
            }
            Kind::Elem(var) => {
                let i = a.to_i32().map_err(|e| (at, e))?;
                let r = self.ref_of(var, f, p, m);
                let v = match r.elem {
                    None => element(self.addr(r.addr), &[i]),
                    Some(_) => self.read_ref(r).and_then(|h| element(&h, &[i])),
                }
                .map_err(|e| (at, e))?;
                at += 1;
                v
            }
            Kind::SetElem(var) => {
                let i = a.to_i32().map_err(|e| (at, e))?;
                let r = self.ref_of(var, f, p, m);
                store_deep(self.addr_mut(r.addr), r.elem, &[&[i]], b).map_err(|e| (at, e))?;
                return Ok(at + 1);
            }
        };
        match fz.then {
            Then::Push => {
                self.stack.push(value);
                Ok(at)
            }
            Then::Store(var) => {
                self.store(var, value, f, p, m).map_err(|e| (at, e))?;
                Ok(at + 1)
            }
            Then::JumpIf(when, target) => {
                let c = truthy(&value).map_err(|e| (at, e))?;
                Ok(if c == when { target as usize } else { at + 1 })
            }
            Then::Nothing => Ok(at),
        }
    }

    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    fn pop_indexes(&mut self, n: u8) -> VResult<([i32; 8], usize)> {
        let n = n as usize;
        if n > 8 || self.stack.len() < n {
            return Err(VbaError::new(e::SUBSCRIPT));
        }
        let mut idx = [0i32; 8];
        let start = self.stack.len() - n;
        for (k, v) in self.stack[start..].iter().enumerate() {
            idx[k] = v.to_i32()?;
        }
        self.stack.truncate(start);
        Ok((idx, n))
    }

    /// Pops `dims` (lower, upper) pairs pushed for `Dim`/`ReDim`.
    fn pop_bounds(&mut self, dims: u8) -> VResult<Vec<(i32, i32)>> {
        let start = self.stack.len().saturating_sub(dims as usize * 2);
        let bounds = self.stack[start..]
            .chunks(2)
            .map(|p| Ok((p[0].to_i32()?, p[1].to_i32()?)))
            .collect();
        self.stack.truncate(start);
        bounds
    }

    /// A binary operator on the top two values: the quick numeric path in place, else
    /// `slow` on both (its result charged for its bytes).
    #[inline(always)]
    fn binary_op(
        &mut self,
        op: BinOp,
        slow: impl FnOnce(&Value, &Value) -> VResult<Value>,
    ) -> VResult<()> {
        let b = self.pop();
        let quick = match self.stack.last_mut() {
            Some(a) => ops::quick_binary(op, a, &b),
            None => false,
        };
        if !quick {
            let a = self.pop();
            let r = slow(&a, &b)?;
            self.charge_bytes(&r)?;
            self.stack.push(r);
        }
        Ok(())
    }

    /// `Spc(n)`: n spaces; `Tab(n)`: on to column n (1-based; past it already, on the
    /// next line: Tab function page), `Tab` alone to the next 14-column print zone.
    fn print_move(&mut self, tab: bool, n: Option<usize>) {
        let pad = match (tab, n) {
            (false, n) => n.unwrap_or(0),
            (true, None) => 14 - self.print_col % 14,
            (true, Some(n)) => {
                let column = n.max(1) - 1;
                if column < self.print_col {
                    self.host.output.push('\n');
                    self.print_col = 0;
                }
                column - self.print_col
            }
        };
        self.host.output.extend(std::iter::repeat_n(' ', pad));
        self.print_col += pad;
    }

    fn print(&mut self, text: &str, sep: u8) {
        self.host.output.push_str(text);
        self.print_col += text.chars().count();
        if sep == 2 {
            let pad = 14 - self.print_col % 14;
            for _ in 0..pad {
                self.host.output.push(' ');
            }
            self.print_col += pad;
        }
    }

    /// Enters procedure `proc` (`Op::Call`): takes its `argc` arguments from the stack
    /// (values) and the pending references (bits of `refs`), fills the `missing` ones with
    /// their defaults, coerces each to its parameter's type, and pushes its frame. On an
    /// error nothing is left behind and the caller's frame reports it.
    #[inline]
    fn precall(
        &mut self,
        m: &Module,
        defaults: &[Vec<Value>],
        proc: u32,
        argc: u8,
        refs: u32,
        missing: u32,
    ) -> VResult<()> {
        self.steps += 1;
        if self.frames.len() >= self.limits.max_depth {
            return Err(VbaError::new(e::OUT_OF_STACK));
        }
        let callee = &m.procs[proc as usize];
        let nrefs = refs.count_ones() as usize;
        let nvals = argc as usize - nrefs;
        let vstart = self.stack.len() - nvals;
        let rstart = self.pending.len() - nrefs;
        let base = self.slots.len();
        self.slots.extend_from_slice(&defaults[proc as usize]);
        let ref_base = self.refs.len();
        let (mut vi, mut ri) = (vstart, rstart);
        for (i, prm) in callee.params.iter().enumerate() {
            let is_ref = i < 32 && refs & (1 << i) != 0;
            let is_missing = i < 32 && missing & (1 << i) != 0;
            if is_ref {
                self.refs.push(self.pending[ri]);
                ri += 1;
                continue;
            }
            let mut v = std::mem::take(&mut self.stack[vi]);
            vi += 1;
            if is_missing {
                v = match prm.default {
                    Some(d) => m.consts[d as usize].clone(),
                    None => default_of(prm.ty),
                };
            }
            let info = &callee.locals[prm.slot as usize];
            let v = match coerce_for(v, info.ty, info.array) {
                Ok(v) => v,
                Err(err) => {
                    self.slots.truncate(base);
                    self.refs.truncate(ref_base);
                    return Err(err);
                }
            };
            self.slots[base + prm.slot as usize] = v;
            if prm.by_ref {
                self.refs.push(Ref {
                    addr: Addr::Local(base + prm.slot as usize),
                    elem: None,
                    ty: info.ty,
                    array: info.array,
                });
            }
        }
        self.stack.truncate(vstart);
        self.pending.truncate(rstart);
        self.frames.push(Frame {
            proc,
            pc: 0,
            base,
            ref_base,
            gosub_base: self.gosubs.len(),
            handler: Handler::None,
            in_handler: None,
        });
        Ok(())
    }

    /// Leaves the running procedure `p` (`Op::Return`): pops its frame and its slots,
    /// references and `GoSub` returns, and pushes its value (a Function's return slot, or
    /// Empty). True when the frame at `depth` has returned (or none was left), so `exec`
    /// returns to its caller.
    #[inline]
    fn poscall(&mut self, p: &Proc, depth: usize) -> bool {
        let Some(done) = self.frames.pop() else {
            return true;
        };
        let value = match p.ret_slot {
            Some(s) => std::mem::take(&mut self.slots[done.base + s as usize]),
            None => Value::Empty,
        };
        self.slots.truncate(done.base);
        self.refs.truncate(done.ref_base);
        self.gosubs.truncate(done.gosub_base);
        if done.in_handler.is_some() {
            self.err = ErrState::default();
        }
        self.stack.push(value);
        self.frames.len() <= depth
    }

    /// The instruction loop. Returns Ok(true) on `End`, Ok(false) when the frame at
    /// `depth` returned, Err on an error (the frame's `pc` points at the failing op).
    fn exec(&mut self, m: &Module, defaults: &[Vec<Value>], depth: usize) -> VResult<bool> {
        'frames: loop {
            let fi = self.frames.len() - 1;
            let f = self.frames[fi].clone();
            let p = proc_of(m, f.proc);
            let code = &p.code;
            let mut pc = f.pc;
            macro_rules! fail {
                ($e:expr) => {{
                    self.frames[fi].pc = pc - 1;
                    return Err($e);
                }};
            }
            macro_rules! t {
                ($r:expr) => {
                    match $r {
                        Ok(v) => v,
                        Err(err) => fail!(err),
                    }
                };
            }
            while pc < code.len() {
                let mut op = &code[pc];
                pc += 1;
                if let (Op::Region, Some(r)) = (op, p.region.as_deref()) {
                    match self.region(r, &f) {
                        Some(()) => {
                            // The rest of the procedure ran: on to its `Return`.
                            pc = code.len() - 1;
                            continue;
                        }
                        None => {
                            self.region_misses += 1;
                            op = &r.orig;
                        }
                    }
                }
                match op {
                    Op::Const(i) => self.stack.push(m.consts[*i as usize].clone()),
                    Op::Load(var) => {
                        let v = match var {
                            Var::Local(s) => self.slots[f.base + *s as usize].clone(),
                            Var::Global(g) => self.globals[*g as usize].clone(),
                            Var::Ref(r) => t!(self.read_ref(self.refs[f.ref_base + *r as usize])),
                        };
                        self.stack.push(v);
                    }
                    Op::Store(var) => {
                        let v = self.pop();
                        t!(self.store(*var, v, &f, p, m));
                    }
                    // Run above (a procedure without a region has none).
                    Op::Region => {}
                    Op::Fused(i) => {
                        let fz = &p.fused[*i as usize];
                        if let Some(next) =
                            self.fast(fz.fast, f.base, pc - 1, fz.len as usize, &p.trees)
                        {
                            pc = next;
                            continue;
                        }
                        if fz.fast != Fast::None {
                            self.fast_misses += 1;
                        }
                        if let Some(next) = self.fused_quick(fz, &f, m, pc - 1) {
                            pc = next;
                            continue;
                        }
                        match self.fused(fz, &f, p, m, pc - 1) {
                            Ok(next) => pc = next,
                            Err((at, error)) => {
                                self.frames[fi].pc = at;
                                return Err(error);
                            }
                        }
                    }
                    Op::LoadElem(var, n) => {
                        let (idx, n) = t!(self.pop_indexes(*n));
                        let r = self.ref_of(*var, &f, p, m);
                        let holder = t!(self.read_ref(r));
                        let v = t!(element(&holder, &idx[..n]));
                        self.stack.push(v);
                    }
                    Op::Index(n) => {
                        let (idx, n) = t!(self.pop_indexes(*n));
                        let holder = self.pop();
                        let v = t!(element(&holder, &idx[..n]));
                        self.stack.push(v);
                    }
                    Op::StoreElem(var, n) => {
                        let v = self.pop();
                        let (idx, n) = t!(self.pop_indexes(*n));
                        let r = self.ref_of(*var, &f, p, m);
                        t!(store_deep(self.addr_mut(r.addr), r.elem, &[&idx[..n]], v));
                    }
                    Op::Pop => {
                        self.stack.pop();
                    }
                    Op::Binary(op, promote) => {
                        t!(self.binary_op(*op, |a, b| ops::binary(*op, a, b, *promote)));
                    }
                    Op::Compare(op, typed) => {
                        t!(self.binary_op(*op, |a, b| ops::relational_typed(*op, a, b, *typed)));
                    }
                    Op::AddMixed(typed) => {
                        t!(self.binary_op(BinOp::Add, |a, b| ops::add_mixed(a, b, *typed)));
                    }
                    Op::Neg(promote) => {
                        let a = self.pop();
                        let r = t!(ops::neg(&a, *promote));
                        self.stack.push(r);
                    }
                    Op::Not => {
                        let a = self.pop();
                        let r = t!(ops::not(&a));
                        self.stack.push(r);
                    }
                    Op::Jump(tgt) => pc = *tgt as usize,
                    Op::JumpIfFalse(tgt) => {
                        let c = self.pop();
                        if !t!(truthy(&c)) {
                            pc = *tgt as usize;
                        }
                    }
                    Op::JumpIfTrue(tgt) => {
                        let c = self.pop();
                        if t!(truthy(&c)) {
                            pc = *tgt as usize;
                        }
                    }
                    Op::Loop(tgt, cost) => {
                        self.steps += *cost as u64;
                        if self.steps > self.check_at {
                            if let Err(error) = self.checkpoint() {
                                fail!(error);
                            }
                        }
                        pc = *tgt as usize;
                    }
                    Op::ForTest => {
                        let step = self.pop();
                        let limit = self.pop();
                        let counter = self.pop();
                        let go = t!(for_goes_on(&counter, &limit, &step));
                        self.stack.push(Value::Bool(go));
                    }
                    Op::ForEachNext(arr, pos, exit) => {
                        let i = t!(self.slots[f.base + *pos as usize].to_i32()) as usize;
                        let next = match &self.slots[f.base + *arr as usize] {
                            Value::Array(a) => a.data.get(i).cloned(),
                            _ => fail!(VbaError::with(e::TYPE_MISMATCH, "For Each needs an array")),
                        };
                        match next {
                            Some(v) => {
                                self.slots[f.base + *pos as usize] = Value::Long(i as i32 + 1);
                                self.stack.push(v);
                            }
                            None => pc = *exit as usize,
                        }
                    }
                    Op::Call {
                        proc,
                        argc,
                        refs,
                        missing,
                    } => {
                        self.frames[fi].pc = pc;
                        t!(self.precall(m, defaults, *proc, *argc, *refs, *missing));
                        continue 'frames;
                    }
                    Op::CallBuiltin { id, argc } => {
                        let start = self.stack.len() - *argc as usize;
                        let func = crate::runtime::builtins::FUNCS[*id as usize];
                        let r = func(&self.stack[start..], &mut self.host);
                        self.stack.truncate(start);
                        let v = t!(r);
                        t!(self.charge_bytes(&v));
                        if crate::runtime::builtins::BUILTINS[*id as usize].ends_line {
                            self.print_col = 0;
                        }
                        self.stack.push(v);
                    }
                    Op::RefVar(var) => {
                        let r = self.ref_of(*var, &f, p, m);
                        self.pending.push(r);
                    }
                    Op::RefElem(var, n) => {
                        let (idx, n) = t!(self.pop_indexes(*n));
                        let r = self.ref_of(*var, &f, p, m);
                        if r.elem.is_some() {
                            fail!(VbaError::new(e::TYPE_MISMATCH));
                        }
                        let (flat, ty) = match self.addr(r.addr) {
                            Value::Array(a) => (t!(a.index(&idx[..n])), a.elem),
                            _ => fail!(VbaError::new(e::TYPE_MISMATCH)),
                        };
                        self.pending.push(Ref {
                            addr: r.addr,
                            elem: Some(flat),
                            ty,
                            array: false,
                        });
                    }
                    Op::Return => {
                        if self.poscall(p, depth) {
                            return Ok(false);
                        }
                        continue 'frames;
                    }
                    Op::End => {
                        self.frames.truncate(depth);
                        return Ok(true);
                    }
                    Op::DimArray {
                        var,
                        dims,
                        elem,
                        fixed,
                    } => {
                        let bounds = t!(self.pop_bounds(*dims));
                        let arr = t!(Array::new(&bounds, *elem, *fixed));
                        let r = self.ref_of(*var, &f, p, m);
                        *self.addr_mut(r.addr) = Value::Array(Arc::new(arr));
                    }
                    Op::ReDim {
                        var,
                        dims,
                        preserve,
                        elem,
                    } => {
                        let bounds = t!(self.pop_bounds(*dims));
                        let r = self.ref_of(*var, &f, p, m);
                        let old = std::mem::take(self.addr_mut(r.addr));
                        // ReDim page: "If the array is contained in a Variant, the type of
                        // the elements can be changed by using an As type clause".
                        let retype = r.ty == TypeName::Variant && *elem != TypeName::Variant;
                        let ty = if retype { *elem } else { r.ty };
                        let result = redim(old.clone(), &bounds, *preserve, ty, retype);
                        match result {
                            Ok(v) => *self.addr_mut(r.addr) = v,
                            Err(err) => {
                                *self.addr_mut(r.addr) = old;
                                fail!(err)
                            }
                        }
                    }
                    Op::Erase(var) => {
                        let r = self.ref_of(*var, &f, p, m);
                        let target = self.addr_mut(r.addr);
                        match target {
                            Value::Array(a) if a.fixed => {
                                let arr = Arc::make_mut(a);
                                let d = default_of(arr.elem);
                                arr.data.iter_mut().for_each(|x| *x = d.clone());
                            }
                            Value::Array(a) if r.array => *target = unallocated(a.elem),
                            other => *other = Value::Empty,
                        }
                    }
                    Op::PrintItem(sep) => {
                        let v = self.pop();
                        let text = print_text(&v);
                        t!(self.charge_len(text.len()));
                        self.print(&text, *sep);
                    }
                    Op::PrintMove(tab, sep) => {
                        let n = self.pop();
                        let n = match n {
                            Value::Empty if *tab => None,
                            v => Some(t!(v.to_f64()).clamp(0.0, MAX_PRINT_COLUMN) as usize),
                        };
                        t!(self.charge_len(n.unwrap_or(0)));
                        self.print_move(*tab, n);
                        self.print("", *sep);
                    }
                    Op::PrintEnd(newline) => {
                        if *newline {
                            self.host.output.push('\n');
                            self.print_col = 0;
                        }
                    }
                    Op::OnErrorGoTo(tgt) => {
                        self.frames[fi].handler = Handler::GoTo(*tgt);
                        self.err = ErrState::default();
                    }
                    Op::OnErrorResumeNext => {
                        self.frames[fi].handler = Handler::ResumeNext;
                        self.err = ErrState::default();
                    }
                    Op::OnErrorGoToZero => {
                        self.frames[fi].handler = Handler::None;
                        self.err = ErrState::default();
                    }
                    Op::Resume | Op::ResumeNext | Op::ResumeAt(_) => {
                        let Some(piece) = self.frames[fi].in_handler.take() else {
                            fail!(VbaError::new(e::RESUME_WITHOUT_ERROR));
                        };
                        self.err = ErrState::default();
                        pc = match op {
                            Op::Resume => piece.start as usize,
                            Op::ResumeNext => piece.end as usize,
                            Op::ResumeAt(t) => *t as usize,
                            _ => pc,
                        };
                        // Resume can loop (handler → Resume → error → handler): charge it.
                        self.steps += 1;
                        if self.steps > self.check_at {
                            if let Err(error) = self.checkpoint() {
                                fail!(error);
                            }
                        }
                    }
                    Op::GoSub(tgt) => {
                        self.steps += 1;
                        if self.gosubs.len() - f.gosub_base >= self.limits.max_depth {
                            fail!(VbaError::new(e::OUT_OF_STACK));
                        }
                        self.gosubs.push(pc);
                        pc = *tgt as usize;
                    }
                    Op::GoSubReturn => {
                        if self.gosubs.len() <= self.frames[fi].gosub_base {
                            fail!(VbaError::new(e::RETURN_WITHOUT_GOSUB));
                        }
                        pc = self.gosubs.pop().unwrap_or(pc);
                    }
                    Op::StoreDeep(var, depth) => {
                        let v = self.pop();
                        let mut groups = Vec::with_capacity(*depth as usize);
                        for _ in 0..*depth {
                            let n = t!(self.pop().to_i32());
                            let (idx, n) = t!(self.pop_indexes(n.clamp(0, 255) as u8));
                            groups.push(idx[..n].to_vec());
                        }
                        groups.reverse();
                        let groups: Vec<&[i32]> = groups.iter().map(Vec::as_slice).collect();
                        let r = self.ref_of(*var, &f, p, m);
                        t!(store_deep(self.addr_mut(r.addr), r.elem, &groups, v));
                    }
                    Op::MakeArray(n) => {
                        let start = self.stack.len().saturating_sub(*n as usize);
                        let data: Vec<Value> = self.stack.drain(start..).collect();
                        self.stack.push(Value::Array(Arc::new(Array {
                            lower: vec![0],
                            len: vec![data.len()],
                            data,
                            elem: TypeName::Variant,
                            fixed: false,
                        })));
                    }
                    Op::ErrGet(p) => {
                        let v = match p {
                            ErrProp::Number => Value::Long(self.err.number),
                            ErrProp::Description => Value::str(&self.err.description),
                            ErrProp::Source => Value::str(&self.err.source),
                            ErrProp::HelpFile => Value::str(&self.err.help_file),
                            ErrProp::HelpContext => Value::Long(self.err.help_context),
                        };
                        self.stack.push(v);
                    }
                    Op::ErrSet(p) => {
                        let v = self.stack.pop().unwrap_or_default();
                        match p {
                            ErrProp::Number => self.err.number = t!(v.to_i32()),
                            ErrProp::Description => {
                                self.err.description = t!(v.to_text()).to_string()
                            }
                            ErrProp::Source => self.err.source = t!(v.to_text()).to_string(),
                            ErrProp::HelpFile => self.err.help_file = t!(v.to_text()).to_string(),
                            ErrProp::HelpContext => self.err.help_context = t!(v.to_i32()),
                        }
                    }
                    Op::ErrRaise(argc) => {
                        let start = self.stack.len().saturating_sub(*argc as usize);
                        let args: Vec<Value> = self.stack.drain(start..).collect();
                        let given = |i: usize| args.get(i).filter(|v| !matches!(v, Value::Empty));
                        let number = match args.first() {
                            Some(v) => t!(v.to_i32()),
                            None => e::INVALID_CALL,
                        };
                        if number == 0 {
                            fail!(VbaError::new(e::INVALID_CALL));
                        }
                        // Raise method page: any Long number (`vbObjectError + 513`
                        // included); "If you use Raise without specifying some arguments,
                        // and the property settings of the Err object contain values that
                        // have not been cleared, those values serve as the values for your
                        // error." Description falls back to the number's own message.
                        let old = &self.err;
                        let text = |i: usize, old: &str| match given(i) {
                            Some(v) => v.to_text().map(|s| s.to_string()),
                            None => Ok(old.to_string()),
                        };
                        let mut description = t!(text(2, &old.description));
                        if description.is_empty() {
                            description = e::message(number).to_string();
                        }
                        let raised = ErrState {
                            number,
                            description: String::new(),
                            source: t!(text(1, &old.source)),
                            help_file: t!(text(3, &old.help_file)),
                            help_context: match given(4) {
                                Some(v) => t!(v.to_i32()),
                                None => old.help_context,
                            },
                        };
                        self.raised = Some(raised);
                        fail!(VbaError::with(number, description));
                    }
                    Op::ErrClear => self.err = ErrState::default(),
                }
            }
            // Fell off the end of a procedure without Return (cannot happen: every
            // procedure ends with one).
            self.frames[fi].pc = pc;
            return Ok(false);
        }
    }
}

/// Stores `v` at `groups` (one index list per level: `a(i) = v` has one, `a(i)(j) = v`
/// two) inside `target`, or inside its element `elem` for a ByRef parameter bound to an
/// array element: each level must hold an array (error 13 otherwise).
#[inline]
fn store_deep(target: &mut Value, elem: Option<usize>, groups: &[&[i32]], v: Value) -> VResult<()> {
    let mut at = target;
    if let Some(e) = elem {
        let Value::Array(a) = at else {
            return Err(VbaError::new(e::TYPE_MISMATCH));
        };
        at = Arc::make_mut(a)
            .data
            .get_mut(e)
            .ok_or_else(|| VbaError::new(e::SUBSCRIPT))?;
    }
    let Some((last, path)) = groups.split_last() else {
        return Err(VbaError::new(e::TYPE_MISMATCH));
    };
    for idx in path {
        let Value::Array(a) = at else {
            return Err(VbaError::new(e::TYPE_MISMATCH));
        };
        let flat = a.index(idx)?;
        at = &mut Arc::make_mut(a).data[flat];
    }
    let Value::Array(a) = at else {
        return Err(VbaError::new(e::TYPE_MISMATCH));
    };
    let flat = a.index(last)?;
    let arr = Arc::make_mut(a);
    arr.data[flat] = let_coerce(v, arr.elem)?;
    Ok(())
}

/// The widest `Spc(n)` / `Tab(n)` (an Integer's range, as VBA's arguments).
const MAX_PRINT_COLUMN: f64 = 32_767.0;

fn budget_error(max: u64) -> VbaError {
    VbaError::with(
        e::STEP_BUDGET,
        format!("the run exceeded its step budget of {max} statements (a loop that never ends?)"),
    )
}

/// Let-coercion for a store: arrays go into array variables and Variants only. The common
/// store (a value of the variable's type, or anything but an array into a Variant) keeps
/// the value and is decided inline: a call returning the value through memory costs more
/// than the store.
#[inline(always)]
fn coerce_for(v: Value, ty: TypeName, array: bool) -> VResult<Value> {
    let as_is = !array
        && match ty {
            TypeName::Variant => !matches!(v, Value::Array(_)),
            TypeName::Long => matches!(v, Value::Long(_)),
            TypeName::Double => matches!(v, Value::Double(_)),
            TypeName::Integer => matches!(v, Value::Int(_)),
            _ => false,
        };
    if as_is { Ok(v) } else { coerce(v, ty, array) }
}

fn coerce(v: Value, ty: TypeName, array: bool) -> VResult<Value> {
    match (&v, array) {
        (Value::Array(_), true) => Ok(v),
        (Value::Array(_), false) if ty == TypeName::Variant => Ok(v),
        (Value::Array(_), false) => Err(VbaError::new(e::TYPE_MISMATCH)),
        (_, true) => Err(VbaError::with(
            e::TYPE_MISMATCH,
            "cannot assign a value to an array",
        )),
        _ => let_coerce(v, ty),
    }
}

/// The flat position of element `i` of a one-dimensional array; None out of bounds (the
/// general path then reports error 9).
#[inline(always)]
fn one_dim_index(a: &Array, i: i64) -> Option<usize> {
    if a.len.len() != 1 {
        return None;
    }
    let off = i - *a.lower.first()? as i64;
    (off >= 0 && (off as usize) < *a.len.first()?).then_some(off as usize)
}

/// Gives a slot its default value back: a scalar default written in place (a clone
/// copied whole stalls the CPU, and this runs for every written global every run),
/// anything else cloned.
#[inline(always)]
fn reset_to(slot: &mut Value, default: &Value) {
    match default {
        Value::Empty => *slot = Value::Empty,
        Value::Long(x) => ops::set_long(slot, *x),
        Value::Double(x) => ops::set_double(slot, *x),
        Value::Int(x) => ops::set_int(slot, *x),
        Value::Bool(b) => *slot = Value::Bool(*b),
        _ => slot.clone_from(default),
    }
}

/// A region's input: the number a variable holds, as the kernel holds kind `kind` (an
/// Empty Variant is 0); None for anything else (a String, a Null, a Boolean, a Date…).
#[inline(always)]
fn region_input(v: &Value, kind: K) -> Option<f64> {
    let x = match v {
        Value::Int(i) => *i as f64,
        Value::Long(i) => *i as f64,
        Value::Double(d) => *d,
        Value::Empty => 0.0,
        _ => return None,
    };
    // A declared Integer or Long slot holds its own type; a Double one a Double.
    crate::compile::kernel::in_range(x, kind).then_some(x)
}

/// `x op y` (`+ - * /`) of static kind `k`, as the kernel computes it; None where the
/// VM raises an error (out of `k`'s range, not finite, a zero divisor).
#[inline(always)]
fn arith(op: BinOp, x: f64, y: f64, k: K) -> Option<f64> {
    use crate::compile::kernel::{Arith, divide};
    let (r, ok) = match op {
        BinOp::Add => Arith::Add.apply(x, y, k),
        BinOp::Sub => Arith::Sub.apply(x, y, k),
        BinOp::Mul => Arith::Mul.apply(x, y, k),
        _ => divide(x, y),
    };
    ok.then_some(r)
}

/// `For`'s test: the counter has not passed the limit in the step's direction.
#[inline]
fn for_goes_on(counter: &Value, limit: &Value, step: &Value) -> VResult<bool> {
    let forward = step.to_f64()? >= 0.0;
    match ops::compare(counter, limit)? {
        None => Err(VbaError::new(e::INVALID_NULL)),
        Some(o) => Ok(goes_on(forward, o)),
    }
}

/// Whether a `For` loop goes on, its counter ordered `o` against the limit: up to the
/// limit going forward, down to it going back.
#[inline(always)]
fn goes_on(forward: bool, o: std::cmp::Ordering) -> bool {
    if forward {
        o != std::cmp::Ordering::Greater
    } else {
        o != std::cmp::Ordering::Less
    }
}

fn truthy(v: &Value) -> VResult<bool> {
    match v {
        Value::Null => Ok(false),
        other => ops::truthy(other),
    }
}

fn element(holder: &Value, idx: &[i32]) -> VResult<Value> {
    match holder {
        Value::Array(a) => Ok(a.data[a.index(idx)?].clone()),
        Value::Empty => Err(VbaError::new(e::SUBSCRIPT)),
        _ => Err(VbaError::new(e::TYPE_MISMATCH)),
    }
}

trait AsArray {
    fn as_ref_array(&self) -> Option<&Arc<Array>>;
}
impl AsArray for Value {
    /// The array, unless it is an unallocated one (nothing to preserve).
    fn as_ref_array(&self) -> Option<&Arc<Array>> {
        match self {
            Value::Array(a) if !a.len.is_empty() => Some(a),
            _ => None,
        }
    }
}

/// `retype`: the statement's `As type` replaces the elements' type of an array held in a
/// Variant (not with Preserve, which keeps the elements).
fn redim(
    old: Value,
    bounds: &[(i32, i32)],
    preserve: bool,
    declared: TypeName,
    retype: bool,
) -> VResult<Value> {
    let elem = match &old {
        Value::Array(a) if a.fixed => return Err(VbaError::new(e::ARRAY_FIXED)),
        Value::Array(_) if retype && !preserve => declared,
        Value::Array(a) => a.elem,
        _ => declared,
    };
    let mut fresh = Array::new(bounds, elem, false)?;
    if preserve {
        if let Some(a) = old.as_ref_array() {
            if a.len.len() != bounds.len() {
                return Err(VbaError::new(e::SUBSCRIPT));
            }
            // ReDim statement page: "you can resize only the last array dimension", and
            // "changing the lower bound causes an error" (error 9, as for the number of
            // dimensions).
            let last = bounds.len().saturating_sub(1);
            for (d, &(lo, hi)) in bounds.iter().enumerate() {
                if lo != a.lower[d] || (d < last && hi != a.upper(d)) {
                    return Err(VbaError::new(e::SUBSCRIPT));
                }
            }
            // Copy every element whose index exists in both shapes.
            let mut idx: Vec<i32> = a.lower.clone();
            for (flat, v) in a.data.iter().enumerate() {
                let mut rem = flat;
                for (d, slot) in idx.iter_mut().enumerate() {
                    *slot = a.lower[d] + (rem % a.len[d]) as i32;
                    rem /= a.len[d];
                }
                if let Ok(to) = fresh.index(&idx) {
                    fresh.data[to] = v.clone();
                }
            }
        }
    }
    Ok(Value::Array(Arc::new(fresh)))
}
