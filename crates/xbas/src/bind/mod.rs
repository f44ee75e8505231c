//! The binder, between the syntax tree and code generation: one pass over a module
//! (`walk`) resolves every identifier once — to a local, module-level or host variable
//! with its slot and declared type, a constant, a procedure, a built-in function or
//! constant, or the `Err` object — and allocates every variable's slot. It owns the
//! diagnostics about names and the static errors VBA reports before running anything
//! (undeclared names under `Option Explicit`, duplicates, wrong uses of constants,
//! procedures and variables, argument counts, labels, `Exit`). Code generation, the
//! kernel builder and the REPL read its [`Bindings`]; none of them looks a name up again.

pub mod args;
mod walk;

use crate::base::{SlotInfo, TypeName, Var};
use crate::diagnostic::{Diagnostic, Span};
use crate::syntax::{self, SourceFile, ast};
use std::collections::HashMap;

/// What one identifier of the source means.
#[derive(Debug, Clone, PartialEq)]
pub enum Symbol {
    /// A variable: where it lives and its declared type (Variant when undeclared).
    Var { var: Var, ty: TypeName },
    /// A `Const` of the script, numbered in declaration order (module level first).
    Const(u32),
    /// A predefined constant: its index in [`crate::signatures::CONSTANTS`].
    Constant(usize),
    /// A procedure of the module: its index in `Module::procs`.
    Proc(u32),
    /// A built-in function: its index in [`crate::signatures::SIGNATURES`].
    Builtin(usize),
    /// The `Err` object (its members, or its number when used as a value).
    Err,
    /// No such Sub or Function: calling it is error 35 when it runs.
    Undefined,
}

/// The slots of one procedure.
#[derive(Debug, Clone, Default)]
pub struct ProcSlots {
    /// Parameters first, then a Function's return value, then declared, implicit and
    /// `ReDim`-declared locals. Code generation appends its temporaries.
    pub locals: Vec<SlotInfo>,
    /// For each parameter: its local slot and, when ByRef, its reference number.
    pub params: Vec<(u32, Option<u32>)>,
    /// For a Function, the local slot of its return value.
    pub ret_slot: Option<u32>,
}

/// Everything the binder decided about a module.
#[derive(Debug, Clone, Default)]
pub struct Bindings {
    /// Identifier (byte offset of its first character) → its meaning.
    symbols: HashMap<usize, Symbol>,
    /// Module-level slots: declared variables, host variables, Statics (named
    /// `Proc.Var`) and the REPL's immediate variables.
    pub globals: Vec<SlotInfo>,
    /// By procedure index.
    pub procs: Vec<ProcSlots>,
    /// How many `Const`s the script declares.
    pub consts: u32,
    /// The procedure the host runs, `Main`.
    pub main: Option<u32>,
    pub weekday: u32,
    pub minutes: u32,
    pub result: u32,
    /// Global slots of Para1..N (index i is Para(i+1)); None where the script never
    /// names that ParaN.
    pub paras: Vec<Option<u32>>,
}

impl Bindings {
    /// What an identifier of the module means (None for one the binder never saw,
    /// such as a procedure's own name in its header).
    pub fn get(&self, name: &ast::Ident) -> Option<&Symbol> {
        self.symbols.get(&name.span.start)
    }

    /// Every identifier with its meaning, by byte offset (in no particular order).
    pub fn symbols(&self) -> impl Iterator<Item = (usize, &Symbol)> {
        self.symbols.iter().map(|(&at, s)| (at, s))
    }

    /// Every variable identifier with where it lives, by byte offset.
    pub fn vars(&self) -> HashMap<usize, Var> {
        self.symbols
            .iter()
            .filter_map(|(&at, s)| match s {
                Symbol::Var { var, .. } => Some((at, *var)),
                _ => None,
            })
            .collect()
    }
}

/// A module after the whole front end: the tree, its bindings and every diagnostic.
#[derive(Debug, Clone)]
pub struct Checked {
    pub module: ast::Module,
    pub bindings: Bindings,
    /// Errors and warnings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Parses ([`syntax::parse`]) and binds a script, then lints it ([`crate::lint`], when
/// it has no errors): every diagnostic of the front end, less the warnings its
/// `' xbas:allow(W…)` comments silence.
pub fn check(source: &SourceFile) -> Checked {
    let mut checked = check_session(source, None);
    if !checked.has_errors() {
        let mut lints = crate::lint::lint(&checked, source);
        lints.retain(|d| !crate::lint::allowed(source, d));
        let lints = crate::lint::at_most_per_code(lints, crate::lint::MAX_PER_CODE);
        checked
            .diagnostics
            .retain(|d| !crate::lint::allowed(source, d));
        checked.diagnostics.extend(lints);
        checked
            .diagnostics
            .sort_by_key(|d| (d.span.start, d.span.end));
    }
    checked
}

/// The diagnostic of a script without `Sub Main`: the error E0700 a host gives (`run`,
/// `import`, `check`), or the warning W0406 where a file may be a library of procedures.
pub fn no_main(error: bool) -> Diagnostic {
    let d = if error {
        Diagnostic::error("E0700", "no `Sub Main`", Span::new(0, 0))
    } else {
        Diagnostic::warning("W0406", "no `Sub Main`", Span::new(0, 0))
    };
    d.with_label("the host runs `Main` for every interval")
        .with_help("add `Sub Main()` … `End Sub`")
}

/// As [`check`], for a REPL session: the undeclared names of procedure `immediate`
/// become module-level variables (they outlive the line that made them), even under
/// `Option Explicit`.
pub fn check_session(source: &SourceFile, immediate: Option<&str>) -> Checked {
    let parsed = syntax::parse(source);
    let mut diags = parsed.diagnostics;
    let immediate = immediate.map(str::to_lowercase);
    let (bindings, found) = walk::bind(&parsed.module, immediate.as_deref());
    diags.extend(found);
    let module = parsed.module;
    if bindings.main.is_none() && !diags.iter().any(Diagnostic::is_error) {
        diags.push(no_main(false));
    }
    let entry = bindings.main.and_then(|i| module.procs.get(i as usize));
    if let Some(main) = entry.filter(|p| !p.params.is_empty()) {
        diags.push(
            Diagnostic::warning("W0407", "`Main` takes parameters", main.span)
                .with_label(
                    "the host calls `Main` without arguments: every interval fails with error 449",
                )
                .with_help("remove the parameters: `Sub Main()`"),
        );
    }
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    diags.dedup();
    Checked {
        module,
        bindings,
        diagnostics: diags,
    }
}

/// Whether `key` (case-folded) is one of the host's predefined names.
pub fn is_host_name(key: &str) -> bool {
    matches!(key, "weekday" | "minutes" | "result")
        || key.strip_prefix("para").is_some_and(|n| {
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0')
        })
}

/// `para12` → 12.
pub fn para_number(key: &str) -> Option<usize> {
    if !is_host_name(key) {
        return None;
    }
    key.strip_prefix("para")?.parse().ok()
}

/// The declared type of a name: `As …`, else its suffix, else Variant.
pub fn decl_type(name: &ast::Ident, ty: Option<TypeName>) -> TypeName {
    ty.or_else(|| name.suffix.and_then(TypeName::from_suffix))
        .unwrap_or(TypeName::Variant)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diags(src: &str) -> Vec<(String, usize)> {
        let f = SourceFile::from_text("t.bas", src);
        check(&f)
            .diagnostics
            .iter()
            .map(|d| (d.message.clone(), f.line_col(d.span.start).0))
            .collect()
    }

    #[test]
    fn host_names() {
        for n in ["para1", "para12", "weekday", "minutes", "result"] {
            assert!(is_host_name(n), "{n}");
        }
        for n in ["para", "para0", "para01", "parax", "results"] {
            assert!(!is_host_name(n), "{n}");
        }
    }

    #[test]
    fn clean_script_has_no_diagnostics() {
        assert_eq!(
            diags("Dim Result As Long\nSub Main()\n  Result = Para1 * 100\nEnd Sub\n"),
            vec![]
        );
    }

    #[test]
    fn option_explicit_reports_first_use_once() {
        let d = diags(
            "Option Explicit\nSub Main()\nDim B\nB = 1\nResult = B * Rate\nResult = Rate\nEnd Sub\n",
        );
        assert_eq!(d, vec![("variable `Rate` is not declared".to_string(), 5)]);
    }

    #[test]
    fn host_names_may_be_declared_once() {
        assert_eq!(
            diags("Dim Para1 As Long, Weekday As Long\nSub Main()\nResult = Para1\nEnd Sub\n"),
            vec![]
        );
        let d = diags("Dim Result\nDim Result\nSub Main()\nEnd Sub\n");
        assert_eq!(d, vec![("`Result` is declared twice".to_string(), 2)]);
    }

    #[test]
    fn labels_exits_and_arity() {
        let d = diags(
            "Sub A(x, y)\nEnd Sub\nSub Main()\nGoTo Nowhere\nExit For\nA 1\nExit Function\nx = Left(\"a\")\nEnd Sub\n",
        );
        let msgs: Vec<&str> = d.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(
            msgs,
            vec![
                "label `Nowhere` is not defined",
                "`Exit For` outside a `For` loop",
                "`A` takes 2 arguments but 1 was given",
                "`Exit Function` inside a Sub",
                "`Left` takes 2 arguments but 1 was given",
            ]
        );
    }

    /// Each identifier gets one meaning, decided by where it stands.
    #[test]
    fn one_meaning_per_identifier() {
        let src = "Const K = 2\nFunction F(ByRef a, b)\n  F = a + b\nEnd Function\n\
                   Sub Main()\n  x = Weekday(Weekday) + F(x, K) + vbMonday + Err\nEnd Sub\n";
        let f = SourceFile::from_text("t.bas", src);
        let c = check(&f);
        assert!(!c.has_errors(), "{:?}", c.diagnostics);
        let at = |needle: &str, nth: usize| {
            let start = src
                .match_indices(needle)
                .nth(nth)
                .map(|(i, _)| i)
                .unwrap_or(0);
            c.bindings.symbols.get(&start).cloned()
        };
        assert!(matches!(at("Weekday", 0), Some(Symbol::Builtin(_))));
        assert!(matches!(
            at("Weekday", 1),
            Some(Symbol::Var {
                var: Var::Global(_),
                ..
            })
        ));
        assert_eq!(at("F(x", 0), Some(Symbol::Proc(0)));
        assert!(matches!(
            at("F = ", 0),
            Some(Symbol::Var {
                var: Var::Local(2),
                ..
            })
        ));
        assert!(matches!(
            at("a + b", 0),
            Some(Symbol::Var {
                var: Var::Ref(0),
                ..
            })
        ));
        assert_eq!(at("K)", 0), Some(Symbol::Const(0)));
        assert!(matches!(at("vbMonday", 0), Some(Symbol::Constant(_))));
        assert_eq!(at("Err", 0), Some(Symbol::Err));
        assert!(matches!(
            at("x =", 0),
            Some(Symbol::Var {
                var: Var::Local(0),
                ..
            })
        ));
    }
}
