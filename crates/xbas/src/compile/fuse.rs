//! Superinstructions: the general VM's register-style forms of the commonest stack
//! sequences. `Load a; Load b; Binary +; Store c` becomes one instruction that reads `a`
//! and `b` from their slots and writes `c`, without the four dispatches and the stack
//! traffic between them; likewise compare-and-jump, `For` tests, array elements and moves.
//!
//! The pass only adds: the instruction at the start of a sequence is replaced by
//! `Op::Fused(i)` (keeping it in [`Fused::orig`]), and the rest of the sequence stays
//! where it was, so jumps into the middle of a sequence, spans, statement pieces and
//! `Resume` work on the plain code unchanged. [`unfuse`] gives the plain code back (the
//! tests run every script both ways).

use super::bytecode::{
    Dst, Fast, Fused, K, Kind, Module, Op, Proc, Rd, SlotInfo, Src, TEnd, TOp, TREE_DEPTH, Then,
    Tree, Var,
};
use crate::runtime::ops::Num;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, TypeName};

/// Adds the superinstructions to every procedure of the module.
pub fn module(m: &mut Module) {
    for p in m.procs.iter_mut().chain(std::iter::once(&mut m.init)) {
        procedure(p, &m.globals, &m.consts);
    }
}

/// The module without its regions (`compile::regions`).
pub fn unregion(m: &mut Module) {
    for p in m.procs.iter_mut().chain(std::iter::once(&mut m.init)) {
        if let Some(r) = p.region.take() {
            if let Some(op) = p.code.get_mut(r.head as usize) {
                *op = r.orig;
            }
        }
    }
}

/// The module with its plain stack code back (no regions either).
pub fn unfuse(m: &mut Module) {
    unregion(m);
    for p in m.procs.iter_mut().chain(std::iter::once(&mut m.init)) {
        for op in p.code.iter_mut() {
            if let Op::Fused(i) = op {
                if let Some(f) = p.fused.get(*i as usize) {
                    *op = f.orig.clone();
                }
            }
        }
        p.fused.clear();
        p.trees.clear();
    }
}

fn procedure(p: &mut Proc, globals: &[SlotInfo], consts: &[Value]) {
    // Where execution can start other than after the previous instruction: jump targets
    // and the statement bounds `Resume` and `Resume Next` go to. A sequence is fused at
    // its head and again at each of these inside it, not at every instruction.
    let mut entry = vec![false; p.code.len() + 1];
    for op in &p.code {
        let target = op.jump_target();
        if let Some(t) = target.and_then(|t| entry.get_mut(t as usize)) {
            *t = true;
        }
    }
    for piece in &p.pieces {
        for at in [piece.start, piece.end] {
            if let Some(e) = entry.get_mut(at as usize) {
                *e = true;
            }
        }
    }
    // Matched on the plain code first, the heads replaced after.
    let mut found: Vec<(usize, Fused)> = Vec::new();
    let mut covered = 0;
    for (pc, &is_entry) in entry.iter().enumerate().take(p.code.len()) {
        if pc < covered && !is_entry {
            continue;
        }
        if let Some(f) = sequence(&p.code[pc..]) {
            covered = covered.max(pc + f.len as usize);
            found.push((pc, f));
        }
    }
    p.fused = Vec::with_capacity(found.len());
    p.trees.clear();
    for (pc, mut f) in found.into_iter().take(u32::MAX as usize) {
        f.store = store_type(f.then, &p.locals, globals);
        f.fast = fast(&f, consts);
        // A longer expression statement from here runs as one tree (the
        // superinstruction stays its fallback).
        if let Some(t) = tree(&p.code[pc..], consts, &p.locals, globals) {
            if t.len > f.len as u32 && p.trees.len() < u32::MAX as usize {
                f.fast = Fast::Tree(p.trees.len() as u32);
                p.trees.push(t);
            }
        }
        p.code[pc] = Op::Fused(p.fused.len() as u32);
        p.fused.push(f);
    }
}

/// The declared type of a plain variable a value is stored into (not an array).
fn store_type(then: Then, locals: &[SlotInfo], globals: &[SlotInfo]) -> Option<TypeName> {
    let info = match then {
        Then::Store(Var::Local(s)) => locals.get(s as usize),
        Then::Store(Var::Global(g)) => globals.get(g as usize),
        _ => None,
    };
    info.filter(|i| !i.array).map(|i| i.ty)
}

/// A number operand of a typed instruction: a plain variable or a numeric constant.
fn operand(s: Src, consts: &[Value]) -> Option<Rd> {
    match s {
        Src::Local(l) => Some(Rd::Local(l)),
        Src::Global(g) => Some(Rd::Global(g)),
        Src::Const(i) => consts.get(i as usize).and_then(Num::of).map(Rd::Num),
        _ => None,
    }
}

/// Where a typed instruction stores into a variable of type `ty`, if it can.
fn target(v: Var, ty: Option<TypeName>) -> Option<Dst> {
    let ty = ty.filter(|t| {
        matches!(
            t,
            TypeName::Double | TypeName::Long | TypeName::Integer | TypeName::Variant
        )
    })?;
    match v {
        Var::Local(l) => Some(Dst::Local(ty, l)),
        Var::Global(g) => Some(Dst::Global(ty, g)),
        Var::Ref(_) => None,
    }
}

fn comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge
    )
}

/// The expression statement at the start of `code` as a [`Tree`]: loads and constants
/// combined by `+ - * /`, then a store into a plain variable, or a comparison and a
/// conditional jump. None for anything else (a call, an element, a string operator, an
/// operand pushed before the sequence).
fn tree(code: &[Op], consts: &[Value], locals: &[SlotInfo], globals: &[SlotInfo]) -> Option<Tree> {
    let mut ops: Vec<TOp> = Vec::new();
    let mut depth = 0usize;
    // The static kinds of the numbers on the stack (None: known only when run).
    let mut kinds: Vec<Option<K>> = Vec::new();
    // Whether every operand's kind is static (then so is every operation's).
    let mut typed = true;
    let declared = |v: &Var| {
        let info = match v {
            Var::Local(l) => locals.get(*l as usize)?,
            Var::Global(g) => globals.get(*g as usize)?,
            Var::Ref(_) => return None,
        };
        if info.array {
            return None;
        }
        match info.ty {
            TypeName::Integer => Some(K::Int),
            TypeName::Long => Some(K::Long),
            TypeName::Double => Some(K::Double),
            _ => None,
        }
    };
    for (k, op) in code.iter().enumerate() {
        match op {
            Op::Load(_) | Op::Const(_) => {
                let r = operand(src(op)?, consts)?;
                depth += 1;
                if depth > TREE_DEPTH {
                    return None;
                }
                let k = match (op, r) {
                    (Op::Load(v), _) => declared(v),
                    (_, Rd::Num(Num::I(_, false))) => Some(K::Int),
                    (_, Rd::Num(Num::I(_, true))) => Some(K::Long),
                    (_, Rd::Num(Num::D(_))) => Some(K::Double),
                    _ => None,
                };
                typed &= k.is_some();
                kinds.push(k);
                ops.push(TOp::Push(r));
            }
            Op::Binary(..) | Op::Compare(..) | Op::AddMixed(_) => {
                let b = binary(op)?.operator()?;
                // An operation that widens where a Variant overflows takes its kinds
                // from the values.
                typed &= !matches!(op, Op::Binary(_, true));
                if depth < 2 {
                    return None;
                }
                if comparison(b) {
                    // Only as the condition of a jump.
                    let (when, target) = match code.get(k + 1)? {
                        Op::JumpIfTrue(t) => (true, *t),
                        Op::JumpIfFalse(t) => (false, *t),
                        _ => return None,
                    };
                    if depth != 2 {
                        return None;
                    }
                    return Some(Tree {
                        typed,
                        ops,
                        end: TEnd::CmpJump {
                            op: b,
                            when,
                            target,
                        },
                        len: k as u32 + 2,
                    });
                }
                if !matches!(b, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) {
                    return None;
                }
                depth -= 1;
                let (y, x) = (kinds.pop()?, kinds.pop()?);
                let k = match (b, x, y) {
                    (BinOp::Div, _, _) => Some(K::Double),
                    (_, Some(x), Some(y)) => Some(x.max(y)),
                    _ => None,
                };
                kinds.push(k);
                let k = k.unwrap_or(K::Double);
                match ops.last() {
                    Some(TOp::Push(r)) => {
                        let r = *r;
                        ops.pop();
                        ops.push(TOp::BinR(b, r, k));
                    }
                    _ => ops.push(TOp::Bin(b, k)),
                }
            }
            Op::Store(v) if depth == 1 => {
                let dst = target(*v, store_type(Then::Store(*v), locals, globals))?;
                return Some(Tree {
                    typed,
                    ops,
                    end: TEnd::Store(dst),
                    len: k as u32 + 1,
                });
            }
            _ => return None,
        }
    }
    None
}

/// The typed register form of `f` (its `store` already resolved), or `Fast::None`.
fn fast(f: &Fused, consts: &[Value]) -> Fast {
    let rd = |s: Src| operand(s, consts);
    let dst = |t: Then| match t {
        Then::Push => Some(Dst::Push),
        Then::Store(v) => target(v, f.store),
        _ => None,
    };
    let made = || -> Option<Fast> {
        Some(match f.kind {
            Kind::Binary(..) | Kind::Compare(..) | Kind::AddMixed(_) => {
                let (a, b, op) = (rd(f.a)?, rd(f.b)?, f.kind.operator()?);
                match f.then {
                    Then::JumpIf(when, target) if comparison(op) => Fast::CmpJump {
                        a,
                        b,
                        op,
                        when,
                        target,
                    },
                    t if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) => {
                        Fast::Arith {
                            a,
                            b,
                            op,
                            dst: dst(t)?,
                        }
                    }
                    _ => return None,
                }
            }
            Kind::Move => Fast::Move {
                a: rd(f.a)?,
                dst: match f.then {
                    Then::Push => return None,
                    t => dst(t)?,
                },
            },
            Kind::ForTest(step) => match f.then {
                Then::JumpIf(false, exit) => Fast::ForJump {
                    counter: rd(f.a)?,
                    limit: rd(f.b)?,
                    step: rd(step)?,
                    exit,
                },
                _ => return None,
            },
            Kind::Elem(_) | Kind::SetElem(_) => return None,
        })
    };
    made().unwrap_or(Fast::None)
}

/// An operand an instruction pushes without side effects.
fn src(op: &Op) -> Option<Src> {
    match op {
        Op::Load(v) => Some(Src::var(*v)),
        Op::Const(i) => Some(Src::Const(*i)),
        _ => None,
    }
}

fn binary(op: &Op) -> Option<Kind> {
    match op {
        Op::Binary(b, promote) => Some(Kind::Binary(*b, *promote)),
        Op::Compare(b, typed) => Some(Kind::Compare(*b, *typed)),
        Op::AddMixed(typed) => Some(Kind::AddMixed(*typed)),
        _ => None,
    }
}

fn then(op: Option<&Op>) -> Option<Then> {
    match op? {
        Op::Store(v) => Some(Then::Store(*v)),
        Op::JumpIfFalse(t) => Some(Then::JumpIf(false, *t)),
        Op::JumpIfTrue(t) => Some(Then::JumpIf(true, *t)),
        _ => None,
    }
}

/// The superinstruction for the sequence at the start of `code`, if there is one.
fn sequence(code: &[Op]) -> Option<Fused> {
    let at = |i: usize| code.get(i);
    let make = |kind, a, b, then, len: usize| {
        Some(Fused {
            kind,
            a,
            b,
            then,
            len: len as u8,
            orig: code[0].clone(),
            store: None,
            fast: Fast::None,
        })
    };
    let first = src(at(0)?);
    // Load counter; Load limit; Load step; ForTest; JumpIfFalse done.
    if let (Some(a), Some(b), Some(step), Some(Op::ForTest), Some(Op::JumpIfFalse(t))) = (
        first,
        at(1).and_then(src),
        at(2).and_then(src),
        at(3),
        at(4),
    ) {
        return make(Kind::ForTest(step), a, b, Then::JumpIf(false, *t), 5);
    }
    if let Some(a) = first {
        // Load a; Load b; op [; Store | Jump].
        if let (Some(b), Some(kind)) = (at(1).and_then(src), at(2).and_then(binary)) {
            return match then(at(3)) {
                Some(t) => make(kind, a, b, t, 4),
                None => make(kind, a, b, Then::Push, 3),
            };
        }
        // Load i; LoadElem v(1 index) [; Store | Jump].
        if let Some(Op::LoadElem(v, 1)) = at(1) {
            return match then(at(2)) {
                Some(t) => make(Kind::Elem(*v), a, Src::Unused, t, 3),
                None => make(Kind::Elem(*v), a, Src::Unused, Then::Push, 2),
            };
        }
        // Load i; Load x; StoreElem v(1 index).
        if let (Some(b), Some(Op::StoreElem(v, 1))) = (at(1).and_then(src), at(2)) {
            return make(Kind::SetElem(*v), a, b, Then::Nothing, 3);
        }
        // Load b; op [; Store | Jump]: the left operand is on the stack.
        if let Some(kind) = at(1).and_then(binary) {
            return match then(at(2)) {
                Some(t) => make(kind, Src::Stack, a, t, 3),
                None => make(kind, Src::Stack, a, Then::Push, 2),
            };
        }
        // Load a; Store | Jump.
        if let Some(t) = then(at(1)) {
            return make(Kind::Move, a, Src::Unused, t, 2);
        }
        return None;
    }
    // op; Store | Jump, both operands on the stack.
    if let (Some(kind), Some(t)) = (binary(at(0)?), then(at(1))) {
        return make(kind, Src::Stack, Src::Stack, t, 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::BinOp;

    #[test]
    fn a_typed_assignment_becomes_one_instruction_and_the_rest_stays() {
        let code = vec![
            Op::Load(Var::Local(0)),
            Op::Load(Var::Global(1)),
            Op::Binary(BinOp::Add, false),
            Op::Store(Var::Local(2)),
        ];
        let f = sequence(&code).unwrap();
        assert_eq!(f.kind, Kind::Binary(BinOp::Add, false));
        assert_eq!(
            (f.a, f.b, f.then, f.len),
            (Src::Local(0), Src::Global(1), Then::Store(Var::Local(2)), 4)
        );
        // From the second instruction on: the left operand is on the stack.
        let g = sequence(&code[1..]).unwrap();
        assert_eq!((g.a, g.len), (Src::Stack, 3));
    }

    fn slot(ty: TypeName) -> SlotInfo {
        SlotInfo {
            name: "x".into(),
            ty,
            array: false,
        }
    }

    /// `Result = (a + b) * 100` over declared Longs is one typed tree: postfix
    /// operations with their static kinds, the constant folded into its operation.
    #[test]
    fn an_expression_statement_becomes_a_typed_tree() {
        let globals = [
            slot(TypeName::Long),
            slot(TypeName::Long),
            slot(TypeName::Long),
            slot(TypeName::Variant),
        ];
        let consts = [Value::Int(100), Value::Str("x".into())];
        let code = [
            Op::Load(Var::Global(1)),
            Op::Load(Var::Global(2)),
            Op::Binary(BinOp::Add, false),
            Op::Const(0),
            Op::Binary(BinOp::Mul, false),
            Op::Store(Var::Global(0)),
            Op::Return,
        ];
        let t = tree(&code, &consts, &[], &globals).unwrap();
        assert!(t.typed);
        assert_eq!(t.len, 6);
        assert_eq!(
            t.ops,
            vec![
                TOp::Push(Rd::Global(1)),
                TOp::BinR(BinOp::Add, Rd::Global(2), K::Long),
                TOp::BinR(BinOp::Mul, Rd::Num(Num::I(100, false)), K::Long),
            ]
        );
        assert_eq!(t.end, TEnd::Store(Dst::Global(TypeName::Long, 0)));
        // A Variant operand: the kinds come from the values.
        let mut v = code.clone();
        v[1] = Op::Load(Var::Global(3));
        assert!(!tree(&v, &consts, &[], &globals).unwrap().typed);
        // A comparison ends a tree only as a jump's condition.
        let cond = [
            Op::Load(Var::Global(1)),
            Op::Const(0),
            Op::Binary(BinOp::Mul, false),
            Op::Load(Var::Global(2)),
            Op::Binary(BinOp::Gt, false),
            Op::JumpIfFalse(9),
        ];
        let t = tree(&cond, &consts, &[], &globals).unwrap();
        assert_eq!(
            t.end,
            TEnd::CmpJump {
                op: BinOp::Gt,
                when: false,
                target: 9
            }
        );
        assert_eq!(t.len, 6);
        // Not trees: a string constant, a comparison stored, an operand from before.
        let mut s = code.clone();
        s[3] = Op::Const(1);
        assert!(tree(&s, &consts, &[], &globals).is_none());
        let stored = [
            Op::Load(Var::Global(1)),
            Op::Load(Var::Global(2)),
            Op::Binary(BinOp::Lt, false),
            Op::Store(Var::Global(3)),
        ];
        assert!(tree(&stored, &consts, &[], &globals).is_none());
        assert!(tree(&code[1..], &consts, &[], &globals).is_none());
    }

    #[test]
    fn unfuse_gives_the_plain_code_back() {
        let code = vec![
            Op::Const(0),
            Op::Store(Var::Local(0)),
            Op::Load(Var::Local(0)),
            Op::Const(1),
            Op::Binary(BinOp::Lt, false),
            Op::JumpIfFalse(0),
            Op::Return,
        ];
        let mut p = Proc {
            name: "main".into(),
            is_function: false,
            params: vec![],
            locals: vec![],
            ret_slot: None,
            code: code.clone(),
            spans: vec![],
            pieces: vec![],
            cost: 1,
            fused: vec![],
            trees: vec![],
            region: None,
        };
        procedure(&mut p, &[], &[]);
        assert!(matches!(p.code[0], Op::Fused(_)));
        assert!(matches!(p.code[2], Op::Fused(_)));
        assert_eq!(p.code[6], Op::Return);
        let mut m = Module {
            procs: vec![p],
            globals: vec![],
            consts: vec![],
            init: Proc {
                name: "init".into(),
                is_function: false,
                params: vec![],
                locals: vec![],
                ret_slot: None,
                code: vec![Op::Return],
                spans: vec![],
                pieces: vec![],
                cost: 1,
                fused: vec![],
                trees: vec![],
                region: None,
            },
            main: Some(0),
            paras: vec![],
            weekday: 0,
            minutes: 0,
            result: 0,
            option_base: 0,
            names: Default::default(),
            refs: Default::default(),
        };
        unfuse(&mut m);
        assert_eq!(m.procs[0].code, code);
    }
}
