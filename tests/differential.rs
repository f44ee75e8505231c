//! Differential test: random expressions over Integer, Long, Double, String, Boolean and
//! Variant operands, evaluated by the compiler + VM and by a small recursive evaluator over
//! the parsed syntax tree that calls the runtime's operator functions directly. They must
//! agree on the value (type and text) or on the error number. The reference decides VBA's
//! static typing the way the language does: an operation on typed operands only (literals
//! and declared variables) overflows, one with a Variant operand widens.
//!
//! `cargo test` runs 1,000 cases; the long run (100,000) is
//! `cargo test --release --test differential -- --ignored`.

use proptest::prelude::*;
use xbas::compile::codegen::literal_value;
use xbas::runtime::error::VResult;
use xbas::runtime::ops;
use xbas::runtime::value::Value;
use xbas::syntax::ast::{Expr, ExprKind, StmtKind, UnOp};
use xbas::syntax::source::SourceFile;

const PRELUDE: &str = "Dim a As Integer, b As Long, c As Double, s As String, t As Boolean, v, w, r\nSub Main()\n  a = 7: b = 100000: c = 2.5: s = \"12\": t = True: v = 300: w = \"x\"\n  r = ";

/// The operand variables: value and whether its static type is declared.
fn variable(name: &str) -> Option<(Value, bool)> {
    Some(match name {
        "a" => (Value::Int(7), true),
        "b" => (Value::Long(100000), true),
        "c" => (Value::Double(2.5), true),
        "s" => (Value::str("12"), true),
        "t" => (Value::Bool(true), true),
        "v" => (Value::Int(300), false),
        "w" => (Value::str("x"), false),
        _ => return None,
    })
}

/// The reference: value and whether it is statically typed.
fn eval(e: &Expr) -> VResult<(Value, bool)> {
    match &e.kind {
        ExprKind::Literal(l) => Ok((literal_value(l), true)),
        ExprKind::Name(n) => Ok(variable(&n.key()).expect("generated names only")),
        ExprKind::Paren(x) => eval(x),
        ExprKind::Unary(op, x) => {
            let (v, typed) = eval(x)?;
            Ok((
                match op {
                    UnOp::Neg => ops::neg(&v, !typed)?,
                    UnOp::Plus => v,
                    UnOp::Not => ops::not(&v)?,
                },
                typed,
            ))
        }
        ExprKind::Binary(op, a, b) => {
            let (x, ta) = eval(a)?;
            let (y, tb) = eval(b)?;
            // Which operands are Variants decides a comparison of a String with a number
            // (Comparison operators page) and a String plus a number (+ Operator page).
            let r = ops::Dispatch::of(*op, ta, tb).apply(*op, &x, &y)?;
            Ok((r, ta && tb))
        }
        other => panic!("not generated: {other:?}"),
    }
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..70000).prop_map(|n| n.to_string()),
        (0u32..1000, 1u32..100).prop_map(|(a, b)| format!("{a}.{b}")),
        Just("0".to_string()),
        Just("32767".to_string()),
        Just("2147483647".to_string()),
        Just("1E+300".to_string()),
        prop::sample::select(vec!["\"\"", "\"12\"", "\"ab\"", "\"-3.5\"", "\"1e3\""])
            .prop_map(str::to_string),
        prop::sample::select(vec!["True", "False", "a", "b", "c", "s", "t", "v", "w"])
            .prop_map(str::to_string),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    leaf().prop_recursive(5, 40, 2, |inner| {
        let ops = prop::sample::select(vec![
            "+", "-", "*", "/", "\\", "Mod", "^", "&", "=", "<>", "<", ">", "<=", ">=", "And",
            "Or", "Xor", "Eqv", "Imp", "Like",
        ]);
        prop_oneof![
            (inner.clone(), ops, inner.clone()).prop_map(|(a, o, b)| format!("{a} {o} {b}")),
            inner.clone().prop_map(|a| format!("({a})")),
            inner.clone().prop_map(|a| format!("-{a}")),
            inner.prop_map(|a| format!("Not {a}")),
        ]
    })
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let source = format!("{PRELUDE}{text}\nEnd Sub\n");
    let parsed = xbas::bind::check(&SourceFile::from_text("<expr>", source.clone()));
    if parsed.has_errors() {
        // The generator can write things the grammar refuses (e.g. `- -`); both sides
        // would refuse them.
        return Ok(());
    }
    let main = &parsed.module.procs[0];
    let Some(StmtKind::Assign { value, .. }) = main.body.last().map(|s| &s.kind) else {
        return Err(TestCaseError::fail("no assignment"));
    };
    let want = eval(value).map(|(v, _)| (v.type_name(), v.display()));
    let program =
        xbas::Program::compile(&source).map_err(|e| TestCaseError::fail(e.render(false)))?;
    let mut run = program.runner();
    let got = run
        .run(&xbas::Interval {
            paras: &[],
            weekday: 1,
            minutes: 0,
        })
        .map(|_| {
            let v = run.global("r").cloned().unwrap_or(Value::Empty);
            (v.type_name(), v.display())
        });
    match (&got, &want) {
        (Ok(g), Ok(w)) => prop_assert_eq!(g, w, "{}", text),
        (Err(g), Err(w)) => prop_assert_eq!(g.error.number, w.number, "{}", text),
        _ => {
            return Err(TestCaseError::fail(format!(
                "{text}: VM {:?}, reference {:?}",
                got.as_ref()
                    .map_err(|e| (e.error.number, e.error.description.clone())),
                want.as_ref().map_err(|e| (e.number, e.description.clone()))
            )));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]
    #[test]
    fn vm_agrees_with_the_reference(text in expr()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, ..ProptestConfig::default() })]
    #[test]
    #[ignore]
    fn vm_agrees_with_the_reference_long(text in expr()) {
        check(&text)?;
    }
}
