//! Regions: the general VM's typed register code. For each parameterless Sub (`Main`
//! above all), the longest tail of its body that the typed kernel takes — from a
//! top-level statement to the end — is lowered to the kernel's register code over `f64`s
//! and placed at the tail's first instruction (`Op::Region`, the replaced instruction
//! kept). A script with one construct the kernel does not take (a String, a `GoSub`)
//! then runs only the statements up to it on the stack machine.
//!
//! Like the superinstructions, a region only adds: the plain code stays after its head,
//! and wherever the region gives up (an overflow, a division by zero, a value that is
//! not a number) the VM runs the plain code from the head instead, so errors, their
//! lines and `On Error` are the plain code's. [`super::fuse::unfuse`] removes regions too.

use super::bytecode::{Module, Op, Region};
use super::kernel;
use super::scalar;
use crate::syntax::ast;

/// Most starting statements tried per procedure (each try builds a kernel).
const TRIES: usize = 8;

/// Places the region of every procedure that has one.
pub fn module(ast: &ast::Module, m: &mut Module) {
    for (index, p) in ast.procs.iter().enumerate() {
        if m.procs
            .get(index)
            .is_none_or(|c| !c.params.is_empty() || c.is_function)
        {
            continue;
        }
        let mut from = 0;
        for _ in 0..TRIES {
            if from >= p.body.len() {
                break;
            }
            match kernel::region(ast, m, index as u32, from) {
                Ok(r) => {
                    place(m, index, p, from, r);
                    break;
                }
                Err(why) => {
                    // On after the top-level statement that holds the reason (none: the
                    // reason is elsewhere, in a declaration or a called Function).
                    let Some(at) = why.span else { break };
                    let Some(k) = p
                        .body
                        .iter()
                        .position(|s| s.span.start <= at.start && at.start < s.span.end)
                    else {
                        break;
                    };
                    if k < from {
                        break;
                    }
                    from = k + 1;
                }
            }
        }
    }
}

/// Places the region of procedure `index` that starts at statement `from`, unless its
/// code is empty or a jump lands on its head. (A region reads every variable as the run
/// has left it, so a `Resume` back to its head runs it again correctly.)
fn place(m: &mut Module, index: usize, p: &ast::Procedure, from: usize, r: kernel::RegionKernel) {
    if r.kernel.body.is_empty() {
        return;
    }
    let live: Vec<u16> = r.writes.iter().map(|w| w.0).chain(r.exit).collect();
    let Some(code) = scalar::lower_with(&r.kernel, &live) else {
        return;
    };
    let writes = r
        .writes
        .iter()
        .filter_map(|&(s, g)| Some((s, g, m.globals.get(g as usize)?.ty)))
        .collect();
    let Some(proc) = m.procs.get_mut(index) else {
        return;
    };
    let Some(start) = p.body.get(from).map(|s| s.span.start) else {
        return;
    };
    // The statement's first instruction; the procedure's last is its `Return`.
    let Some(head) = proc.spans.iter().position(|s| s.start >= start) else {
        return;
    };
    if head + 1 >= proc.code.len() || !matches!(proc.code.last(), Some(Op::Return)) {
        return;
    }
    let lands = proc
        .code
        .iter()
        .any(|op| op.jump_target().is_some_and(|t| t as usize == head));
    if lands {
        return;
    }
    let Ok(head32) = u32::try_from(head) else {
        return;
    };
    let cost = u32::try_from(kernel::size_of(&r.kernel.body)).unwrap_or(u32::MAX);
    let locals = code
        .inputs
        .iter()
        .any(|i| matches!(i.1, kernel::Input::Local(_) | kernel::Input::Elem(..)));
    let orig = std::mem::replace(&mut proc.code[head], Op::Region);
    proc.region = Some(Box::new(Region {
        code,
        writes,
        exit: r.exit,
        head: head32,
        orig,
        cost,
        locals,
    }));
}
