//! The disassembler: a readable listing of compiled code — offset, instruction,
//! operands, and the source line each instruction came from.

use super::bytecode::{Dst, Fast, Fused, Kind, Module, Op, Proc, Rd, Src, TEnd, TOp, Then, Var};
use crate::runtime::builtins::BUILTINS;
use crate::runtime::ops::Num;
use crate::syntax::SourceFile;
use crate::syntax::ast::BinOp;
use std::fmt::Write;

fn var_name(v: Var, p: &Proc, m: &Module) -> String {
    match v {
        Var::Local(s) => format!(
            "local {s} ({})",
            p.locals.get(s as usize).map_or("?", |l| l.name.as_str())
        ),
        Var::Global(g) => format!(
            "global {g} ({})",
            m.globals.get(g as usize).map_or("?", |l| l.name.as_str())
        ),
        Var::Ref(r) => {
            let name = p
                .params
                .iter()
                .find(|x| x.ref_index == Some(r))
                .and_then(|x| p.locals.get(x.slot as usize));
            format!("ref {r} ({})", name.map_or("?", |l| l.name.as_str()))
        }
    }
}

fn operands(op: &Op, p: &Proc, m: &Module) -> String {
    match op {
        Op::Const(i) => {
            let v = &m.consts[*i as usize];
            match v {
                crate::runtime::value::Value::Str(s) => format!("{i} ({s:?})"),
                _ => format!("{i} ({} {})", v.type_name(), v.display()),
            }
        }
        Op::Load(v) | Op::Store(v) | Op::RefVar(v) | Op::Erase(v) => var_name(*v, p, m),
        Op::LoadElem(v, n) | Op::StoreElem(v, n) | Op::RefElem(v, n) => {
            format!("{} [{n} index]", var_name(*v, p, m))
        }
        Op::Index(n) => format!("[{n} index]"),
        Op::Compare(b, typed) => format!("{b:?} typed={typed}"),
        Op::AddMixed(typed) => format!("typed={typed}"),
        Op::Binary(b, promote) => {
            let widening = *promote && matches!(b, BinOp::Add | BinOp::Sub | BinOp::Mul);
            format!(
                "{}{}",
                b.symbol(),
                if widening { " (widening)" } else { "" }
            )
        }
        Op::Neg(promote) => {
            if *promote {
                "(widening)".into()
            } else {
                String::new()
            }
        }
        Op::Jump(t)
        | Op::JumpIfFalse(t)
        | Op::JumpIfTrue(t)
        | Op::OnErrorGoTo(t)
        | Op::ResumeAt(t)
        | Op::GoSub(t) => {
            format!("-> {t:04}")
        }
        Op::Loop(t, cost) => format!("-> {t:04} (cost {cost})"),
        Op::ForEachNext(a, pos, t) => {
            format!("array local {a}, position local {pos}, done -> {t:04}")
        }
        Op::Call {
            proc,
            argc,
            refs,
            missing,
        } => {
            let name = m.procs.get(*proc as usize).map_or("?", |p| p.name.as_str());
            format!("{name} ({argc} args, by-reference mask {refs:#b}, missing mask {missing:#b})")
        }
        Op::CallBuiltin { id, argc } => format!(
            "{} ({argc} args)",
            BUILTINS.get(*id as usize).map_or("?", |b| b.name)
        ),
        Op::DimArray {
            var,
            dims,
            elem,
            fixed,
        } => {
            format!(
                "{} {dims} dims of {elem:?}{}",
                var_name(*var, p, m),
                if *fixed { " fixed" } else { "" }
            )
        }
        Op::ReDim {
            var,
            dims,
            preserve,
            ..
        } => {
            format!(
                "{} {dims} dims{}",
                var_name(*var, p, m),
                if *preserve { " preserve" } else { "" }
            )
        }
        Op::PrintItem(sep) => ["", ";", ","][*sep as usize % 3].to_string(),
        Op::PrintEnd(nl) => {
            if *nl {
                "newline".into()
            } else {
                String::new()
            }
        }
        Op::ErrRaise(n) | Op::MakeArray(n) => format!("{n} args"),
        Op::ErrGet(p) | Op::ErrSet(p) => format!("{p:?}"),
        _ => String::new(),
    }
}

fn op_name(op: &Op) -> &'static str {
    match op {
        Op::Const(_) => "CONST",
        Op::Load(_) => "LOAD",
        Op::Store(_) => "STORE",
        Op::LoadElem(..) => "LOAD_ELEM",
        Op::StoreElem(..) => "STORE_ELEM",
        Op::Index(_) => "INDEX",
        Op::Pop => "POP",
        Op::Binary(..) => "BINARY",
        Op::Compare(..) => "COMPARE",
        Op::AddMixed(_) => "ADD_MIXED",
        Op::PrintMove(..) => "PRINT_MOVE",
        Op::Neg(_) => "NEG",
        Op::Not => "NOT",
        Op::Jump(_) => "JUMP",
        Op::JumpIfFalse(_) => "JUMP_IF_FALSE",
        Op::JumpIfTrue(_) => "JUMP_IF_TRUE",
        Op::Loop(..) => "LOOP",
        Op::ForTest => "FOR_TEST",
        Op::ForEachNext(..) => "FOR_EACH_NEXT",
        Op::Call { .. } => "CALL",
        Op::CallBuiltin { .. } => "CALL_BUILTIN",
        Op::RefVar(_) => "REF_VAR",
        Op::RefElem(..) => "REF_ELEM",
        Op::Return => "RETURN",
        Op::End => "END",
        Op::DimArray { .. } => "DIM_ARRAY",
        Op::ReDim { .. } => "REDIM",
        Op::Erase(_) => "ERASE",
        Op::PrintItem(_) => "PRINT_ITEM",
        Op::PrintEnd(_) => "PRINT_END",
        Op::OnErrorGoTo(_) => "ON_ERROR_GOTO",
        Op::OnErrorResumeNext => "ON_ERROR_RESUME_NEXT",
        Op::OnErrorGoToZero => "ON_ERROR_GOTO_0",
        Op::Resume => "RESUME",
        Op::ResumeNext => "RESUME_NEXT",
        Op::ResumeAt(_) => "RESUME_AT",
        Op::GoSub(_) => "GOSUB",
        Op::GoSubReturn => "GOSUB_RETURN",
        Op::ErrGet(_) => "ERR_GET",
        Op::MakeArray(_) => "MAKE_ARRAY",
        Op::StoreDeep(..) => "STORE_DEEP",
        Op::ErrSet(_) => "ERR_SET",
        Op::ErrRaise(_) => "ERR_RAISE",
        Op::ErrClear => "ERR_CLEAR",
        Op::Fused(_) => "FUSED",
        Op::Region => "REGION",
    }
}

/// A superinstruction's operand.
fn src_text(s: Src, p: &Proc, m: &Module) -> String {
    match s {
        Src::Stack => "stack".into(),
        Src::Const(i) => format!("const {}", operands(&Op::Const(i), p, m)),
        Src::Local(s) => var_name(Var::Local(s), p, m),
        Src::Global(g) => var_name(Var::Global(g), p, m),
        Src::Ref(r) => var_name(Var::Ref(r), p, m),
        Src::Unused => String::new(),
    }
}

/// A superinstruction: its name and what it reads, computes and where the value goes.
fn fused_text(f: &Fused, p: &Proc, m: &Module) -> (&'static str, String) {
    let a = src_text(f.a, p, m);
    let b = src_text(f.b, p, m);
    let (name, what) = match f.kind {
        Kind::Move => ("F_MOVE", a),
        Kind::Binary(op, _) => ("F_BINARY", format!("{a} {} {b}", op.symbol())),
        Kind::Compare(op, _) => ("F_COMPARE", format!("{a} {} {b}", op.symbol())),
        Kind::AddMixed(_) => ("F_ADD_MIXED", format!("{a} + {b}")),
        Kind::ForTest(step) => (
            "F_FOR_TEST",
            format!("{a} to {b} step {}", src_text(step, p, m)),
        ),
        Kind::Elem(v) => ("F_ELEM", format!("{}({a})", var_name(v, p, m))),
        Kind::SetElem(v) => ("F_SET_ELEM", format!("{}({a}) = {b}", var_name(v, p, m))),
    };
    let then = match f.then {
        Then::Push => " -> push".to_string(),
        Then::Store(v) => format!(" -> store {}", var_name(v, p, m)),
        Then::JumpIf(when, t) => format!(" -> jump if {when} -> {t:04}"),
        Then::Nothing => String::new(),
    };
    (name, format!("{what}{then} [{} ops]", f.len))
}

fn rd_text(r: Rd, p: &Proc, m: &Module) -> String {
    match r {
        Rd::Local(l) => var_name(Var::Local(l), p, m),
        Rd::Global(g) => var_name(Var::Global(g), p, m),
        Rd::Num(Num::I(i, false)) => format!("{i}%"),
        Rd::Num(Num::I(i, true)) => format!("{i}&"),
        Rd::Num(Num::D(d)) => format!("{d:?}#"),
    }
}

fn dst_text(d: Dst, p: &Proc, m: &Module) -> String {
    match d {
        Dst::Local(ty, l) => format!("store {ty:?} {}", var_name(Var::Local(l), p, m)),
        Dst::Global(ty, g) => format!("store {ty:?} {}", var_name(Var::Global(g), p, m)),
        Dst::Push => "push".to_string(),
    }
}

/// A superinstruction's typed register form (`Fused::fast`): its name and operands.
/// Constants carry VBA's type suffix (`%` Integer, `&` Long, `#` Double); a tree lists
/// its operations in postfix order, each with its static kind when the tree is typed.
fn fast_text(f: &Fast, p: &Proc, m: &Module) -> Option<(&'static str, String)> {
    let r = |x| rd_text(x, p, m);
    Some(match *f {
        Fast::None => return None,
        Fast::CmpJump {
            a,
            b,
            op,
            when,
            target,
        } => (
            "T_CMP_JUMP",
            format!(
                "{} {} {} -> jump if {when} -> {target:04}",
                r(a),
                op.symbol(),
                r(b)
            ),
        ),
        Fast::Arith { a, b, op, dst } => (
            "T_ARITH",
            format!(
                "{} {} {} -> {}",
                r(a),
                op.symbol(),
                r(b),
                dst_text(dst, p, m)
            ),
        ),
        Fast::Move { a, dst } => ("T_MOVE", format!("{} -> {}", r(a), dst_text(dst, p, m))),
        Fast::ForJump {
            counter,
            limit,
            step,
            exit,
        } => (
            "T_FOR_JUMP",
            format!(
                "{} to {} step {} -> exit {exit:04}",
                r(counter),
                r(limit),
                r(step)
            ),
        ),
        Fast::Tree(i) => {
            let t = p.trees.get(i as usize)?;
            let kind = |k| {
                if t.typed {
                    format!(":{k:?}")
                } else {
                    String::new()
                }
            };
            let mut parts: Vec<String> = Vec::new();
            for op in &t.ops {
                match *op {
                    TOp::Push(x) => parts.push(r(x)),
                    TOp::Bin(o, k) => parts.push(format!("{}{}", o.symbol(), kind(k))),
                    TOp::BinR(o, x, k) => {
                        parts.push(r(x));
                        parts.push(format!("{}{}", o.symbol(), kind(k)));
                    }
                }
            }
            let end = match t.end {
                TEnd::Store(d) => dst_text(d, p, m),
                TEnd::CmpJump { op, when, target } => {
                    format!("{} jump if {when} -> {target:04}", op.symbol())
                }
            };
            let name = if t.typed { "T_TREE" } else { "T_TREE_VARIANT" };
            (
                name,
                format!("{} -> {end} [{} ops]", parts.join(" "), t.len),
            )
        }
    })
}

/// The listing of one procedure.
pub fn procedure(p: &Proc, m: &Module, src: &SourceFile) -> String {
    let mut out = String::new();
    let params: Vec<String> = p
        .params
        .iter()
        .map(|x| {
            format!(
                "{}{}",
                if x.by_ref { "ByRef " } else { "ByVal " },
                p.locals[x.slot as usize].name
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "{} {}({})",
        if p.is_function { "Function" } else { "Sub" },
        p.name,
        params.join(", ")
    );
    let _ = writeln!(
        out,
        "  locals: {}",
        p.locals
            .iter()
            .map(|l| format!("{}: {:?}", l.name, l.ty))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut last_line = 0;
    for (i, op) in p.code.iter().enumerate() {
        let span = p.spans.get(i).copied().unwrap_or_default();
        let (line, _) = src.line_col(span.start);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "   |".to_string()
        };
        // A superinstruction, then the plain instruction it took the place of (the
        // sequence's first; jumps may still land on the rest).
        if let (Op::Region, Some(r)) = (op, p.region.as_deref()) {
            let writes: Vec<String> = r
                .writes
                .iter()
                .map(|&(reg, g, _)| format!("r{reg} -> {}", var_name(Var::Global(g), p, m)))
                .collect();
            let _ = writeln!(
                out,
                "{i:04} {line_col}  {:<20} the rest of the procedure as typed register code: {} instructions, {} registers; writes {}",
                "REGION",
                r.code.ins.len(),
                r.code.regs,
                if writes.is_empty() {
                    "nothing".to_string()
                } else {
                    writes.join(", ")
                }
            );
        }
        // Under a region, the instruction it replaced, listed as any other.
        let (op, line_col) = match (op, p.region.as_deref()) {
            (Op::Region, Some(r)) => (&r.orig, "   ·".to_string()),
            _ => (op, line_col),
        };
        let fused = match op {
            Op::Fused(k) => p.fused.get(*k as usize),
            _ => None,
        };
        match fused {
            Some(f) => {
                let (name, text) = fused_text(f, p, m);
                let _ = writeln!(out, "{i:04} {line_col}  {name:<20} {text}");
                if let Some((name, text)) = fast_text(&f.fast, p, m) {
                    let _ = writeln!(out, "     »     {name:<20} {text}");
                }
                let orig = &f.orig;
                let _ = writeln!(
                    out,
                    "     ·     {:<20} {}",
                    op_name(orig),
                    operands(orig, p, m)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "{i:04} {line_col}  {:<20} {}",
                    op_name(op),
                    operands(op, p, m)
                );
            }
        }
    }
    if let Some(r) = p.region.as_deref() {
        let header = format!(
            "; {} from {:04} on as typed register code (the general VM's region): {} instructions, {} registers",
            p.name,
            r.head,
            r.code.ins.len(),
            r.code.regs
        );
        out.push_str(&register_code(&header, &r.code));
    }
    out
}

/// The listing of a whole module: module initialisation (when it does anything) and
/// every procedure, in source order.
pub fn module(m: &Module, src: &SourceFile) -> String {
    let mut out = String::new();
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(
        out,
        "; {} — {}, {}, {}",
        src.name,
        count(m.procs.len(), "procedure"),
        count(m.globals.len(), "global"),
        count(m.consts.len(), "constant")
    );
    let _ = writeln!(
        out,
        "; globals: {}",
        m.globals
            .iter()
            .map(|g| format!("{}: {:?}", g.name, g.ty))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if m.init.code.len() > 1 {
        out.push('\n');
        out.push_str(&procedure(&m.init, m, src));
    }
    for p in &m.procs {
        out.push('\n');
        out.push_str(&procedure(p, m, src));
    }
    out
}

/// The listing of `Main`'s kernel as register code (`compile::scalar`): registers `r`N
/// (slots first, then temporaries, then constants, shown as `#value`), what is loaded
/// at an interval's start, and one instruction a line with the range its result must
/// stay in.
pub fn kernel(code: &super::scalar::Code) -> String {
    let header = format!(
        "; Main on the typed kernel: {} instructions, {} registers, result r{} ({:?})",
        code.ins.len(),
        code.regs,
        code.result,
        code.result_kind
    );
    register_code(&header, code)
}

/// The range a result must stay in, as listings show it.
fn range_text(lo: f64, hi: f64) -> String {
    if lo <= -f64::MAX && hi >= f64::MAX {
        "finite".to_string()
    } else {
        format!("{lo}..={hi}")
    }
}

/// Register code under a header line (the kernel's, or a region's).
fn register_code(header: &str, code: &super::scalar::Code) -> String {
    use super::scalar::Ins;
    let consts: std::collections::HashMap<u16, f64> = code.consts.iter().copied().collect();
    let r = |x: u16| match consts.get(&x) {
        Some(v) => format!("#{v}"),
        None => format!("r{x}"),
    };
    let range = range_text;
    let mut out = String::new();
    let _ = writeln!(out, "{header}");
    for (reg, input, kind) in &code.inputs {
        let _ = writeln!(out, "      load   r{reg} = {input:?} as {kind:?}");
    }
    if !code.zeros.is_empty() {
        let zeros: Vec<String> = code.zeros.iter().map(|z| format!("r{z}")).collect();
        let _ = writeln!(out, "      zero   {}", zeros.join(" "));
    }
    for (pc, ins) in code.ins.iter().enumerate() {
        let text = match *ins {
            Ins::Arith {
                op,
                dst,
                a,
                b,
                lo,
                hi,
            } => format!(
                "{:<6} r{dst} = {} {} ({})",
                format!("{op:?}").to_lowercase(),
                r(a),
                r(b),
                range(lo, hi)
            ),
            Ins::Div { dst, a, b } => format!("div    r{dst} = {} {}", r(a), r(b)),
            Ins::Fn { f, dst, a, lo, hi } => format!(
                "{:<6} r{dst} = {} ({})",
                format!("{f:?}").to_lowercase(),
                r(a),
                range(lo, hi)
            ),
            Ins::Cmp { op, dst, a, b } => format!("cmp    r{dst} = {} {op:?} {}", r(a), r(b)),
            Ins::Logic { op, dst, a, b } => {
                format!("logic  r{dst} = {} {op:?} {}", r(a), r(b))
            }
            Ins::Not { dst, a } => format!("not    r{dst} = {}", r(a)),
            Ins::Move { dst, a } => format!("move   r{dst} = {}", r(a)),
            Ins::Store {
                dst,
                a,
                round,
                lo,
                hi,
            } => format!(
                "store  r{dst} = {}{} ({})",
                r(a),
                if round { " rounded" } else { "" },
                range(lo, hi)
            ),
            Ins::Pick {
                op,
                when,
                a,
                b,
                dst,
                src,
            } => format!(
                "pick   r{dst} = {} {} {} {op:?} {}",
                r(src),
                if when { "when" } else { "unless" },
                r(a),
                r(b)
            ),
            Ins::Unless { op, a, b, to } => {
                format!("unless {} {op:?} {} -> {to}", r(a), r(b))
            }
            Ins::When { op, a, b, to } => format!("when   {} {op:?} {} -> {to}", r(a), r(b)),
            Ins::IfZero { a, to } => format!("ifzero {} -> {to}", r(a)),
            Ins::IfNonZero { a, to } => format!("ifnz   {} -> {to}", r(a)),
            Ins::Jump { to } => format!("jump   -> {to}"),
        };
        let _ = writeln!(out, "{pc:>5} {text}");
    }
    out
}

/// The listing of `Main`'s kernel as column operations (`compile::columns`, what
/// `eval_batch` runs): one pass over a block's lanes a line. Columns are `c`N (slots
/// first, then temporaries), constants `#value`, lane masks `m`N.
pub fn columns(plan: &super::columns::Plan) -> String {
    use super::columns::{Bin, Dest, Join, Num, Op, Test};
    let consts: std::collections::HashMap<u16, f64> = plan
        .consts
        .iter()
        .map(|(bits, c)| (*c, f64::from_bits(*bits)))
        .collect();
    let c = |x: u16| match consts.get(&x) {
        Some(v) => format!("#{v}"),
        None => format!("c{x}"),
    };
    let bin = |b: Bin| match b {
        Bin::Add => "+",
        Bin::Sub => "-",
        Bin::Mul => "*",
        Bin::Div => "/",
    };
    let range = range_text;
    let dest = |to: Dest| {
        format!(
            "c{}{}{} ({}{})",
            to.col,
            if to.blend {
                format!(" on m{}", to.mask)
            } else {
                String::new()
            },
            if to.round { " rounded" } else { "" },
            range(to.lo, to.hi),
            if to.poison {
                ", else NaN".to_string()
            } else if to.mask != 0 && !to.blend {
                format!(", checked on m{}", to.mask)
            } else {
                String::new()
            }
        )
    };
    let test = |t: Test, a: u16, b: u16, join: Join| {
        let t = match t {
            Test::Cmp(op) => format!("{} {op:?} {}", c(a), c(b)),
            Test::Logic(op) => format!("{} {op:?} {}", c(a), c(b)),
            Test::Not => format!("Not {}", c(a)),
            Test::NonZero => format!("{} <> 0", c(a)),
        };
        match join {
            Join::None => t,
            Join::Or(j) => format!("c{j} Or ({t})"),
            Join::And(j) => format!("c{j} And ({t})"),
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "; Main as column operations (eval_batch): {} passes, {} columns, {} masks, result c{} ({:?})",
        plan.ops.len(),
        plan.cols,
        plan.masks,
        plan.result,
        plan.result_kind
    );
    for (pc, op) in plan.ops.iter().enumerate() {
        let text = match *op {
            Op::Para {
                dst,
                para,
                round,
                lo,
                hi,
            } => format!(
                "para   c{dst} = Para{}{} ({})",
                para + 1,
                if round { " rounded" } else { "" },
                range(lo, hi)
            ),
            Op::Host {
                dst,
                minutes,
                check,
            } => format!(
                "host   c{dst} = {}{}",
                if minutes { "Minutes" } else { "Weekday" },
                check.map_or(String::new(), |(lo, hi)| format!(" ({})", range(lo, hi)))
            ),
            Op::Zero { dst } => format!("zero   c{dst}"),
            Op::Num { f, a, b, to } => {
                let e = match f {
                    Num::Bin(op) => format!("{} {} {}", c(a), bin(op), c(b)),
                    Num::Fn(f) => format!("{}({})", format!("{f:?}").to_lowercase(), c(a)),
                    Num::Copy => c(a),
                };
                format!("num    {} = {e}", dest(to))
            }
            Op::Num2 {
                g,
                f,
                a,
                b,
                c: z,
                inner,
                to,
            } => format!(
                "num2   {} = ({} {} {} ({})) {} {}",
                dest(to),
                c(a),
                bin(g),
                c(b),
                range(inner.0, inner.1),
                bin(f),
                c(z)
            ),
            Op::Truth { t, dst, a, b, join } => format!("truth  c{dst} = {}", test(t, a, b, join)),
            Op::Branch {
                t,
                a,
                b,
                join,
                from,
                wait,
                take,
            } => format!(
                "branch m{from} -> m{take} where {}, else m{wait}",
                test(t, a, b, join)
            ),
            Op::Select { cond, a, b, to } => {
                format!("select {} = {} ? {} : {}", dest(to), c(cond), c(a), c(b))
            }
            Op::Skip { mask, to } => format!("skip   -> {to} when m{mask} is empty"),
        };
        let _ = writeln!(out, "{pc:>5} {text}");
    }
    out
}
