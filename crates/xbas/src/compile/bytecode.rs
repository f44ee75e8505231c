//! The bytecode: a stack machine's instructions, one code array per procedure, with a
//! source span per instruction (for error locations and the disassembler) and the
//! statement table `On Error Resume Next` and `Resume` use.

pub use super::kernel::K;
pub use crate::base::{SlotInfo, Var};
use crate::diagnostic::Span;
use crate::runtime::ops::Num;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, TypeName};

/// Jump targets are instruction indexes in the procedure's code.
pub type Target = u32;

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Push a constant of the module's pool.
    Const(u32),
    Load(Var),
    /// Pop a value and store it, Let-coerced to the variable's type.
    Store(Var),
    /// Pop `n` indexes, push the element of the array in `Var`.
    LoadElem(Var, u8),
    /// Pop the value, then `n` indexes; store into the element.
    StoreElem(Var, u8),
    /// Pop `n` indexes and index the value on the stack below them (`Split(s)(2)`).
    Index(u8),
    Pop,
    Binary(BinOp, bool),
    /// A comparison (`= <> < > <= >=`) where an operand is a Variant: bit 1 set when the
    /// left operand's type is fixed, bit 2 the right's (0: both Variants). A String
    /// against a number compares by these (Comparison operators page).
    Compare(BinOp, u8),
    /// `+` where exactly one operand's type is fixed (bit 1: the left's, bit 2: the
    /// right's): a String of fixed type plus a Variant number concatenates (+ Operator
    /// page); otherwise as `Binary(Add, true)`.
    AddMixed(u8),
    Neg(bool),
    Not,
    Jump(Target),
    JumpIfFalse(Target),
    JumpIfTrue(Target),
    /// A backward jump; `cost` statements are charged to the step budget.
    Loop(Target, u32),
    /// Pops step, limit, counter; pushes whether the For loop goes on.
    ForTest,
    /// `For Each`: array in slot `.0`, position in slot `.1` (both locals); pushes the
    /// next element, or jumps to `.2` when done.
    ForEachNext(u32, u32, Target),
    /// Call procedure `proc` with `argc` arguments; bit i of `refs` set: argument i was
    /// passed as a reference (from the reference stack); bit i of `missing`: argument i
    /// was left out (its default applies).
    Call {
        proc: u32,
        argc: u8,
        refs: u32,
        missing: u32,
    },
    CallBuiltin {
        id: u16,
        argc: u8,
    },
    /// Push a reference to a variable (for a ByRef argument).
    RefVar(Var),
    /// Pop `n` indexes, push a reference to an array element.
    RefElem(Var, u8),
    /// Return from the procedure (its value is its return slot).
    Return,
    /// `End`: stop the whole run.
    End,
    /// `Dim a(…)`: pop 2·n bounds (lower, upper per dimension) and make a fresh array.
    DimArray {
        var: Var,
        dims: u8,
        elem: TypeName,
        fixed: bool,
    },
    /// `ReDim [Preserve]`.
    ReDim {
        var: Var,
        dims: u8,
        preserve: bool,
        /// The `As type` of the statement (Variant without one): the elements' type when
        /// the array is held in a Variant.
        elem: TypeName,
    },
    Erase(Var),
    /// Pop a value and write it as a `Print` item; `sep`: 0 none, 1 `;`, 2 `,`.
    PrintItem(u8),
    /// Pops n: `Spc(n)` (false) or `Tab(n)` (true; Empty: the next print zone), then the
    /// separator as [`Op::PrintItem`].
    PrintMove(bool, u8),
    /// End the `Print` line: with a line end unless the list ended in `;` or `,`.
    PrintEnd(bool),
    OnErrorGoTo(Target),
    OnErrorResumeNext,
    OnErrorGoToZero,
    Resume,
    ResumeNext,
    ResumeAt(Target),
    GoSub(Target),
    GoSubReturn,
    /// `x(i)(j) = v`: pops the value, then `depth` index groups (each its indexes, then
    /// their count), outermost last, and stores into the array inside the array.
    StoreDeep(Var, u8),
    /// Pops n values into a 0-based Variant array (a ParamArray's arguments).
    MakeArray(u8),
    /// Pushes a property of `Err`.
    ErrGet(ErrProp),
    /// Pops a value into a property of `Err` (they are read/write: Number property page).
    ErrSet(ErrProp),
    /// `Err.Raise number [, source [, description [, helpfile [, helpcontext]]]]` with
    /// `argc` values on the stack (Empty for one left out).
    ErrRaise(u8),
    ErrClear,
    /// A superinstruction (`Proc::fused[i]`): runs the stack sequence that starts here in
    /// one step, its operands read from their slots, constants or the stack.
    Fused(u32),
    /// The procedure's region (`Proc::region`): runs the rest of the procedure as typed
    /// register code, or, when that gives up, the instruction it replaced.
    Region,
}

impl Op {
    /// Where the instruction may jump (a branch, loop, handler or `GoSub` target).
    pub fn jump_target(&self) -> Option<Target> {
        match self {
            Op::Jump(t)
            | Op::JumpIfFalse(t)
            | Op::JumpIfTrue(t)
            | Op::Loop(t, _)
            | Op::ForEachNext(_, _, t)
            | Op::OnErrorGoTo(t)
            | Op::ResumeAt(t)
            | Op::GoSub(t) => Some(*t),
            _ => None,
        }
    }
}

/// The typed register code of a procedure's tail (`compile::kernel::region`): from its
/// head instruction to the procedure's end. Running it loads its inputs, runs the code
/// over `f64` registers and stores the module-level variables it wrote; it gives up
/// (nothing written) wherever the VM would raise an error, and the plain code from the
/// head runs instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub code: super::scalar::Code,
    /// Register and module-level variable (declared Integer, Long or Double) of each
    /// variable written back.
    pub writes: Vec<(u16, u32, TypeName)>,
    /// The register its `Exit Sub` sets: `Err` is cleared then, as `Exit Sub` does.
    pub exit: Option<u16>,
    /// The instruction at the head.
    pub head: u32,
    pub orig: Op,
    /// Statements charged to the step budget for a run of it.
    pub cost: u32,
    /// Whether it reads the procedure's locals (else a procedure that is all region
    /// runs without making them: `Vm::whole_region`).
    pub locals: bool,
}

/// Where a superinstruction's operand comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Src {
    /// Popped from the stack (pushed by the code before the sequence).
    Stack,
    /// The module's constant `i`.
    Const(u32),
    /// Variables, read as `Op::Load` reads them.
    Local(u32),
    Global(u32),
    Ref(u32),
    /// No operand (the kind takes one).
    Unused,
}

impl Src {
    pub fn var(v: Var) -> Src {
        match v {
            Var::Local(s) => Src::Local(s),
            Var::Global(g) => Src::Global(g),
            Var::Ref(r) => Src::Ref(r),
        }
    }

    /// Loaded by an instruction of the sequence (not taken from the stack).
    #[inline(always)]
    pub fn loaded(self) -> bool {
        !matches!(self, Src::Stack | Src::Unused)
    }
}

/// What a superinstruction computes from its operands `a` and `b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// `a` itself.
    Move,
    /// `a op b` as [`Op::Binary`].
    Binary(BinOp, bool),
    /// `a op b` as [`Op::Compare`].
    Compare(BinOp, u8),
    /// `a + b` as [`Op::AddMixed`].
    AddMixed(u8),
    /// Whether the `For` loop with counter `a`, limit `b` and this step goes on
    /// ([`Op::ForTest`]).
    ForTest(Src),
    /// Element `a` of the one-dimensional array in the variable ([`Op::LoadElem`]).
    Elem(Var),
    /// Stores `b` into element `a` of the array in the variable ([`Op::StoreElem`]).
    SetElem(Var),
}

impl Kind {
    /// The operator of a binary kind (`AddMixed` adds), for the typed path.
    pub fn operator(self) -> Option<BinOp> {
        match self {
            Kind::Binary(op, _) | Kind::Compare(op, _) => Some(op),
            Kind::AddMixed(_) => Some(BinOp::Add),
            _ => None,
        }
    }
}

/// What a superinstruction does with its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Then {
    Push,
    /// As [`Op::Store`].
    Store(Var),
    /// Jump when the value's truth is `.0` ([`Op::JumpIfTrue`] / [`Op::JumpIfFalse`]).
    JumpIf(bool, Target),
    /// Nothing left ([`Kind::SetElem`]).
    Nothing,
}

/// A superinstruction standing for the `len` stack instructions from its position: the
/// loads of its operands (in the order `a`, `b`, step), the operation, then the store or
/// jump. The instructions it stands for stay in the code after it (jumps may land on
/// them), and an error is reported at the one of them that fails, so errors, `Resume` and
/// spans are those of the plain code.
#[derive(Debug, Clone, PartialEq)]
pub struct Fused {
    pub kind: Kind,
    pub a: Src,
    pub b: Src,
    pub then: Then,
    pub len: u8,
    /// The instruction its position held.
    pub orig: Op,
    /// For `Then::Store` into a plain variable (a local or module-level one, not an
    /// array): its declared type, so the typed path stores without looking it up.
    pub store: Option<TypeName>,
    /// The same sequence as one typed register instruction, when its operands are
    /// variables and constants and its target a plain variable: what the VM tries
    /// first (it falls back to the general forms when a value is not a plain number).
    pub fast: Fast,
}

/// A number operand of a [`Fast`] instruction: a variable's slot (its value read in
/// place: an Integer, Long or Double, else the instruction falls back), or a constant
/// decoded when fusing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rd {
    Local(u32),
    Global(u32),
    Num(Num),
}

/// Where a [`Fast`] instruction's value goes: a plain variable of the declared type
/// (`Double`, `Long`, `Integer` or `Variant`), or the stack.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dst {
    Local(TypeName, u32),
    Global(TypeName, u32),
    Push,
}

/// Typed register instructions: the superinstruction's operation with its operand and
/// target kinds decided when fusing, so the VM runs each as a few loads, one operation
/// and one store, with no look at the sequence's shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fast {
    None,
    /// Jump to `target` when `a op b` (a comparison) is `when`.
    CmpJump {
        a: Rd,
        b: Rd,
        op: BinOp,
        when: bool,
        target: Target,
    },
    /// `a op b` (`+ - * /`) into `dst`.
    Arith {
        a: Rd,
        b: Rd,
        op: BinOp,
        dst: Dst,
    },
    /// `a` into `dst`.
    Move {
        a: Rd,
        dst: Dst,
    },
    /// A `For` test: leave the loop (jump to `exit`) unless `counter` has not passed
    /// `limit` in the direction of `step`.
    ForJump {
        counter: Rd,
        limit: Rd,
        step: Rd,
        exit: Target,
    },
    /// A whole expression statement (`Proc::trees[i]`).
    Tree(u32),
}

/// One step of a [`Tree`]: its numbers live in a small array used as a stack, never in
/// `Value`s.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TOp {
    Push(Rd),
    /// `x op y` of the top two (`+ - * /`), of static kind `K` when the tree is typed.
    Bin(BinOp, K),
    /// `top op r`.
    BinR(BinOp, Rd, K),
}

/// How a [`Tree`] ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TEnd {
    /// The number left is stored.
    Store(Dst),
    /// The comparison of the two numbers left decides a jump to `target` when it is
    /// `when`.
    CmpJump {
        op: BinOp,
        when: bool,
        target: Target,
    },
}

/// A typed register form of a whole expression statement: `Result = (Para1 + Para2) *
/// 100` or the condition of an `If`, as a list of number operations over the statement's
/// variables and constants, its value stored or tested at the end. `len` stack
/// instructions from the head are what it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    pub ops: Vec<TOp>,
    /// Every operand has a static numeric type (declared Integer, Long or Double, or a
    /// constant), so each operation's kind is known and the tree runs on `f64`s with
    /// range checks, as the kernel does; otherwise on [`Num`]s, kinds taken from the values.
    pub typed: bool,
    pub end: TEnd,
    pub len: u32,
}

/// The deepest a [`Tree`]'s number stack goes.
pub const TREE_DEPTH: usize = 8;

/// A property of the `Err` object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrProp {
    Number,
    Description,
    Source,
    HelpFile,
    HelpContext,
}

impl ErrProp {
    /// The property named `key` (case-folded).
    pub fn from_key(key: &str) -> Option<ErrProp> {
        Some(match key {
            "number" => ErrProp::Number,
            "description" => ErrProp::Description,
            "source" => ErrProp::Source,
            "helpfile" => ErrProp::HelpFile,
            "helpcontext" => ErrProp::HelpContext,
            _ => return None,
        })
    }
}

/// A statement's code range: `Resume` goes back to `start`, `Resume Next` on to `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub by_ref: bool,
    pub optional: bool,
    /// The local slot holding the parameter (a ByVal value or a ByRef temporary).
    pub slot: u32,
    /// For ByRef parameters, the reference number.
    pub ref_index: Option<u32>,
    /// Constant-pool index of the default value of an Optional parameter.
    pub default: Option<u32>,
    pub ty: TypeName,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Proc {
    pub name: String,
    pub is_function: bool,
    pub params: Vec<Param>,
    pub locals: Vec<SlotInfo>,
    /// For Functions, the local slot of the return value.
    pub ret_slot: Option<u32>,
    pub code: Vec<Op>,
    pub spans: Vec<Span>,
    /// Statement pieces, sorted by start.
    pub pieces: Vec<Piece>,
    /// Statements charged to the step budget per call.
    pub cost: u32,
    /// The superinstructions of `code` (`Op::Fused`).
    pub fused: Vec<Fused>,
    /// The expression statements of `code` in typed form ([`Fast::Tree`]).
    pub trees: Vec<Tree>,
    /// The procedure's tail as typed register code ([`Op::Region`]).
    pub region: Option<Box<Region>>,
}

/// A compiled module.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub procs: Vec<Proc>,
    pub globals: Vec<SlotInfo>,
    pub consts: Vec<Value>,
    /// Module initialisation (module-level arrays); runs before every `Main`.
    pub init: Proc,
    /// Index of `Main` in `procs`.
    pub main: Option<u32>,
    /// Global slots of Para1..N (index i is Para(i+1)); None where the script never
    /// mentions that ParaN.
    pub paras: Vec<Option<u32>>,
    pub weekday: u32,
    pub minutes: u32,
    pub result: u32,
    /// `Option Base` (0 or 1).
    pub option_base: u8,
    /// What each variable name of the source resolved to, by the byte offset of its
    /// identifier: the kernel builder reads this instead of looking names up again.
    pub names: std::collections::HashMap<usize, Var>,
    /// What each other name of the source that is a procedure, a built-in or a constant
    /// refers to, by the same offsets: the kernel builder's calls and constants.
    pub refs: std::collections::HashMap<usize, Ref>,
}

/// Where a host value comes from (spec 1.1): a key figure, the day or the start.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HostFrom {
    /// Para(i + 1).
    Para(usize),
    Weekday,
    Minutes,
}

/// A host value a run writes before `Main`, worked out once per program: into global
/// `slot`, declared `ty`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HostWrite {
    pub slot: u32,
    pub from: HostFrom,
    pub ty: TypeName,
}

/// A name that is not a variable, as the kernel builder needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// A procedure of the module (index in `Module::procs`).
    Proc(u32),
    /// A built-in function (index in `signatures::SIGNATURES`).
    Builtin(usize),
    /// A constant with a fixed type: its constant-pool index.
    Const(u32),
}

impl Module {
    /// The host values a run writes, in the order it writes them (Para1..N, then
    /// Weekday and Minutes): only the ParaN the script mentions.
    pub fn host_writes(&self) -> Vec<HostWrite> {
        let paras = self.paras.iter().enumerate();
        let paras = paras.filter_map(|(i, s)| s.map(|s| (s, HostFrom::Para(i))));
        paras
            .chain([
                (self.weekday, HostFrom::Weekday),
                (self.minutes, HostFrom::Minutes),
            ])
            .filter_map(|(slot, from)| {
                let ty = self.globals.get(slot as usize)?.ty;
                Some(HostWrite { slot, from, ty })
            })
            .collect()
    }

    /// The module-level slots some instruction may write (store into, pass by reference,
    /// size, erase): the others keep their initial value through every run, so a fresh
    /// run resets only these.
    pub fn written_globals(&self) -> Vec<u32> {
        let mut written = vec![false; self.globals.len()];
        for p in self.procs.iter().chain(std::iter::once(&self.init)) {
            let ops = p
                .code
                .iter()
                .chain(p.fused.iter().map(|f| &f.orig))
                .chain(p.region.iter().map(|r| &r.orig));
            for op in ops {
                let var = match op {
                    Op::Store(v)
                    | Op::StoreElem(v, _)
                    | Op::StoreDeep(v, _)
                    | Op::RefVar(v)
                    | Op::RefElem(v, _)
                    | Op::Erase(v)
                    | Op::DimArray { var: v, .. }
                    | Op::ReDim { var: v, .. } => *v,
                    _ => continue,
                };
                if let Var::Global(g) = var {
                    if let Some(w) = written.get_mut(g as usize) {
                        *w = true;
                    }
                }
            }
        }
        (0..written.len() as u32)
            .filter(|g| written[*g as usize])
            .collect()
    }
}

impl Proc {
    /// The statement piece containing instruction `pc`.
    pub fn piece_at(&self, pc: usize) -> Option<Piece> {
        let pc = pc as u32;
        let i = self.pieces.partition_point(|p| p.start <= pc);
        self.pieces[..i]
            .iter()
            .rev()
            .find(|p| p.start <= pc && pc < p.end)
            .copied()
    }
}
