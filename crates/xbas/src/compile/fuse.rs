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

use super::bytecode::{Fused, Kind, Module, Op, Proc, SlotInfo, Src, Then, Var};

/// Adds the superinstructions to every procedure of the module.
pub fn module(m: &mut Module) {
    for p in m.procs.iter_mut().chain(std::iter::once(&mut m.init)) {
        procedure(p, &m.globals);
    }
}

/// The module with its plain stack code back.
pub fn unfuse(m: &mut Module) {
    for p in m.procs.iter_mut().chain(std::iter::once(&mut m.init)) {
        for op in p.code.iter_mut() {
            if let Op::Fused(i) = op {
                if let Some(f) = p.fused.get(*i as usize) {
                    *op = f.orig.clone();
                }
            }
        }
        p.fused.clear();
    }
}

fn procedure(p: &mut Proc, globals: &[SlotInfo]) {
    // Where execution can start other than after the previous instruction: jump targets
    // and the statement bounds `Resume` and `Resume Next` go to. A sequence is fused at
    // its head and again at each of these inside it, not at every instruction.
    let mut entry = vec![false; p.code.len() + 1];
    for op in &p.code {
        let target = match op {
            Op::Jump(t)
            | Op::JumpIfFalse(t)
            | Op::JumpIfTrue(t)
            | Op::Loop(t, _)
            | Op::ForEachNext(_, _, t)
            | Op::OnErrorGoTo(t)
            | Op::ResumeAt(t)
            | Op::GoSub(t) => Some(*t),
            _ => None,
        };
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
    for (pc, mut f) in found.into_iter().take(u32::MAX as usize) {
        let info = match f.then {
            Then::Store(Var::Local(s)) => p.locals.get(s as usize),
            Then::Store(Var::Global(g)) => globals.get(g as usize),
            _ => None,
        };
        f.store = info.filter(|i| !i.array).map(|i| i.ty);
        p.code[pc] = Op::Fused(p.fused.len() as u32);
        p.fused.push(f);
    }
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
        };
        procedure(&mut p, &[]);
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
