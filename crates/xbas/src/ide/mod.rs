//! What an editor asks of one script (`xbas lsp` answers with it): diagnostics, what an
//! identifier means and where it is declared and used, hover texts, completions, the
//! outline, folding and highlighting. An [`Analysis`] is made once per version of the
//! text, from the front end's [`Checked`] module; every position here is a byte offset
//! (the language server converts to and from lines and UTF-16 columns).

pub mod docs;
mod outline;

pub use outline::{Fold, Outline, OutlineKind, Token, TokenKind};

use crate::base::{TypeName, Var};
use crate::bind::{self, Checked, Symbol};
use crate::diagnostic::{Diagnostic, Span};
use crate::signatures::{CONSTANTS, SIGNATURES};
use crate::syntax::SourceFile;
use crate::syntax::ast::{self, StmtKind};
use std::collections::HashMap;

/// Keywords offered for completion (a test checks each one lexes as a keyword).
pub const KEYWORDS: &[&str] = &[
    "And", "As", "ByRef", "ByVal", "Call", "Case", "Const", "Dim", "Do", "Each", "Else", "ElseIf",
    "Empty", "End", "Eqv", "Erase", "Exit", "False", "For", "Function", "GoSub", "GoTo", "If",
    "Imp", "In", "Is", "Like", "Loop", "Mod", "Next", "Not", "Null", "On", "Option", "Optional",
    "Or", "Preserve", "Print", "Private", "Public", "ReDim", "Resume", "Return", "Select",
    "Static", "Step", "Stop", "Sub", "Then", "To", "True", "Until", "Wend", "While", "Xor",
];

/// What an identifier stands for, the same for all its occurrences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// A local variable or parameter: procedure index and local slot.
    Local(u32, u32),
    /// A module-level variable (host variables and Statics included).
    Global(u32),
    /// A procedure of the module.
    Proc(u32),
    /// A `Const` of the script.
    Const(u32),
    /// A built-in function (index in [`SIGNATURES`]).
    Builtin(usize),
    /// A predefined constant (index in [`CONSTANTS`]).
    Constant(usize),
}

/// A script as the editor holds it, analysed.
pub struct Analysis {
    pub source: SourceFile,
    pub checked: Checked,
    /// Every diagnostic: the front end's and the lints', and those against the mapping.
    pub diagnostics: Vec<Diagnostic>,
    /// Every identifier with what it stands for, by position, and where each entity is
    /// declared (absent for undeclared variables and built-ins): made on the first
    /// question about names (publishing diagnostics needs none).
    index: std::sync::OnceLock<Index>,
}

struct Index {
    names: Vec<(Span, Entity)>,
    decls: HashMap<Entity, Span>,
}

/// A mapping of `acd_map.ini` that uses the script: its name and number of sources.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingInfo {
    pub name: String,
    pub sources: usize,
}

/// One completion candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub label: String,
    pub kind: CompletionKind,
    /// A short description (a signature, a type).
    pub detail: String,
    /// A snippet to insert (`Round(${1:expression})`), when not the label.
    pub snippet: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompletionKind {
    Keyword,
    Function,
    Procedure,
    Variable,
    Constant,
    Host,
}

impl Analysis {
    /// Analyses `source`; `mappings` are those of an `acd_map.ini` beside it that use it.
    pub fn new(source: SourceFile, mappings: &[MappingInfo]) -> Analysis {
        let checked = bind::check(&source);
        let mut diagnostics = checked.diagnostics.clone();
        let uses = mappings.iter().map(|m| (m.name.as_str(), m.sources));
        diagnostics.extend(crate::lint::for_mappings(&checked, &source, uses));
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        Analysis {
            source,
            checked,
            diagnostics,
            index: std::sync::OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let (names, decls) = index(&self.source.text, &self.checked);
            Index { names, decls }
        })
    }

    /// The analysis of a text over [`crate::syntax::source::MAX_SOURCE`]: nothing but the
    /// diagnostic that says so (a script that large is not compiled either).
    pub fn too_large(name: &str) -> Analysis {
        let source = SourceFile::from_text(name, "");
        let checked = bind::check(&source);
        let d = Diagnostic::error(
            "E0002",
            format!("the script is {}", crate::syntax::source::too_large()),
            Span::new(0, 0),
        );
        Analysis {
            source,
            checked,
            diagnostics: vec![d],
            index: std::sync::OnceLock::new(),
        }
    }

    /// The identifier at (or just before) `offset`, with what it stands for.
    pub fn at(&self, offset: usize) -> Option<(Span, Entity)> {
        let i = self.index().names.partition_point(|(s, _)| s.end < offset);
        self.index()
            .names
            .get(i)
            .filter(|(s, _)| s.start <= offset && offset <= s.end)
            .copied()
    }

    /// Where the identifier at `offset` is declared: its `Dim`, parameter, `Const` or
    /// procedure header, or for a variable used without `Dim` its first use.
    pub fn definition(&self, offset: usize) -> Option<Span> {
        let (_, e) = self.at(offset)?;
        self.index().decls.get(&e).copied().or_else(|| match e {
            Entity::Local(..) | Entity::Global(_) => self.uses(e).first().copied(),
            _ => None,
        })
    }

    /// Every occurrence of the entity the identifier at `offset` stands for, in order.
    pub fn references(&self, offset: usize) -> Vec<Span> {
        match self.at(offset) {
            Some((_, e)) => self.uses(e),
            None => Vec::new(),
        }
    }

    fn uses(&self, e: Entity) -> Vec<Span> {
        self.index()
            .names
            .iter()
            .filter(|(_, x)| *x == e)
            .map(|(s, _)| *s)
            .collect()
    }

    /// The edits that rename what the identifier at `offset` stands for to `new_name`
    /// (type suffixes kept), or why it cannot be renamed.
    pub fn rename(&self, offset: usize, new_name: &str) -> Result<Vec<(Span, String)>, String> {
        let (span, e) = self
            .at(offset)
            .ok_or("no name here: place the cursor on a variable, constant or procedure")?;
        let old = &self.source.text[span.start..span.end];
        match e {
            Entity::Builtin(_) | Entity::Constant(_) => {
                return Err(format!("`{old}` is built in and cannot be renamed"));
            }
            Entity::Global(g) if self.is_host(g) => {
                return Err(format!(
                    "`{old}` is a host variable: the host sets or reads it by that name"
                ));
            }
            _ => {}
        }
        let valid = new_name.chars().next().is_some_and(char::is_alphabetic)
            && new_name.chars().all(|c| c.is_alphanumeric() || c == '_')
            && new_name.chars().count() <= 255;
        let key = new_name.to_lowercase();
        if !valid || KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(new_name)) {
            return Err(format!("`{new_name}` is not a name a script can use"));
        }
        if bind::is_host_name(&key) || crate::signatures::lookup(&key).is_some() {
            return Err(format!("`{new_name}` is a host variable or a built-in"));
        }
        let clash =
            self.index().names.iter().any(|(s, x)| {
                *x != e && name_of(&self.source.text, *s).eq_ignore_ascii_case(new_name)
            }) || self
                .checked
                .module
                .procs
                .iter()
                .any(|p| p.name.key() == key);
        if clash {
            return Err(format!(
                "`{new_name}` already names something in this script"
            ));
        }
        Ok(self
            .uses(e)
            .into_iter()
            .map(|s| {
                let bare = name_of(&self.source.text, s);
                (
                    Span::new(s.start, s.start + bare.len()),
                    new_name.to_string(),
                )
            })
            .collect())
    }

    fn is_host(&self, g: u32) -> bool {
        let b = &self.checked.bindings;
        g == b.result || g == b.weekday || g == b.minutes || b.paras.contains(&Some(g))
    }

    /// Markdown for the identifier at `offset`: a built-in's signature and meaning, a
    /// host variable's contract, a declaration.
    pub fn hover(&self, offset: usize) -> Option<(Span, String)> {
        let (span, e) = self.at(offset)?;
        let code = |s: &str| format!("```vb\n{s}\n```");
        let text = match e {
            Entity::Builtin(i) => {
                let name = SIGNATURES.get(i)?.name;
                let (sig, meaning) = docs::builtin(name).unwrap_or((name, "A built-in function."));
                format!("{}\n\n{meaning}", code(sig))
            }
            Entity::Constant(i) => {
                let c = CONSTANTS.get(i)?;
                let name = &self.source.text[span.start..span.end];
                let value = match c.value {
                    crate::signatures::ConstValue::Str(v) => format!("{v:?}"),
                    crate::signatures::ConstValue::Int(v) => v.to_string(),
                    crate::signatures::ConstValue::Long(v) => v.to_string(),
                };
                format!(
                    "{}\n\nA predefined constant.",
                    code(&format!("{name} = {value}"))
                )
            }
            Entity::Global(g) if self.is_host(g) => {
                let b = &self.checked.bindings;
                let ty = self.checked.bindings.globals.get(g as usize).map(|s| s.ty);
                let declared = match ty {
                    Some(TypeName::Variant) | None => String::new(),
                    Some(t) => format!(" (declared `As {}`)", t.name()),
                };
                let what = if g == b.result {
                    "**Result**: the value to store for the interval. It starts Empty (0). After `Main` returns the host stores it as an integer: rounded (half to even) when declared `As Long`/`Integer`/`Byte`, otherwise truncated toward zero (`0.29 * 100` stores 28)."
                } else if g == b.weekday {
                    "**Weekday**: set by the host before `Main`: the day of the week of the interval's date, Sunday = 1 … Saturday = 7. A Long when not declared."
                } else if g == b.minutes {
                    "**Minutes**: set by the host before `Main`: the interval's start in minutes since midnight (0 = 00:00, 60 = 01:00). A Long when not declared."
                } else {
                    "**ParaN**: set by the host before `Main`: the N-th mapped ACD key figure of this interval, in the order of the mapping's source lines in acd_map.ini. A Double when not declared; 0 when the source sent nothing."
                };
                format!("{what}{declared}")
            }
            _ => {
                let decl = self.index().decls.get(&e).copied();
                let line = decl.map(|d| self.source.line_col(d.start).0);
                let mut s = match line {
                    Some(l) => code(self.source.line_text(l).trim()),
                    None => {
                        let name = &self.source.text[span.start..span.end];
                        format!("`{name}`: used without a `Dim`, so a Variant")
                    }
                };
                if let Entity::Local(p, _) = e {
                    if let Some(proc) = self.checked.module.procs.get(p as usize) {
                        s.push_str(&format!("\n\nLocal to `{}`.", proc.name.name));
                    }
                }
                s
            }
        };
        Some((span, text))
    }

    /// The completions at `offset`: keywords, built-ins (with a snippet of their
    /// arguments), the names in scope there, and the host variables (`ParaN` up to the
    /// mapping's sources when known).
    pub fn completions(&self, offset: usize, paras: Option<usize>) -> Vec<Completion> {
        let mut out: Vec<Completion> = Vec::new();
        let item = |label: &str, kind, detail: String, snippet: Option<String>| Completion {
            label: label.to_string(),
            kind,
            detail,
            snippet,
        };
        for k in KEYWORDS {
            out.push(item(k, CompletionKind::Keyword, "keyword".into(), None));
        }
        for s in SIGNATURES.iter().filter(|s| !s.name.contains('=')) {
            let (sig, meaning) = docs::builtin(s.name).unwrap_or((s.name, ""));
            out.push(item(
                s.name,
                CompletionKind::Function,
                format!("{sig}: {meaning}"),
                Some(snippet(sig)),
            ));
        }
        let b = &self.checked.bindings;
        let used = b.paras.len();
        let n = paras.unwrap_or(used.max(1));
        for i in 1..=n {
            out.push(item(
                &format!("Para{i}"),
                CompletionKind::Host,
                format!("source {i} of the mapping (set by the host)"),
                None,
            ));
        }
        for (name, what) in [
            ("Weekday", "day of the week, Sunday = 1 (set by the host)"),
            ("Minutes", "minutes since midnight (set by the host)"),
            ("Result", "the value to store"),
        ] {
            out.push(item(name, CompletionKind::Host, what.into(), None));
        }
        let module = &self.checked.module;
        for p in &module.procs {
            let kind = match p.kind {
                ast::ProcKind::Sub => "Sub",
                ast::ProcKind::Function => "Function",
            };
            let line = self.source.line_text(self.source.line_col(p.span.start).0);
            out.push(item(
                &p.name.name,
                CompletionKind::Procedure,
                format!("{kind}: {}", line.trim()),
                None,
            ));
        }
        // Declared names visible at `offset`: the module's, and the enclosing procedure's.
        let here = module
            .procs
            .iter()
            .position(|p| p.span.start <= offset && offset <= p.end_span.end.max(p.span.end));
        let mut seen: std::collections::HashSet<String> =
            out.iter().map(|c| c.label.to_lowercase()).collect();
        for (span, e) in &self.index().names {
            let visible = match e {
                Entity::Global(g) => !self.is_host(*g),
                Entity::Local(p, _) => Some(*p as usize) == here,
                Entity::Const(_) => true,
                _ => false,
            };
            if !visible {
                continue;
            }
            let name = name_of(&self.source.text, *span);
            if !seen.insert(name.to_lowercase()) {
                continue;
            }
            let kind = match e {
                Entity::Const(_) => CompletionKind::Constant,
                _ => CompletionKind::Variable,
            };
            let detail = self
                .index()
                .decls
                .get(e)
                .map(|d| {
                    self.source
                        .line_text(self.source.line_col(d.start).0)
                        .trim()
                        .to_string()
                })
                .unwrap_or_else(|| "Variant (no Dim)".into());
            out.push(item(name, kind, detail, None));
        }
        out
    }

    /// The outline: procedures with their locals, module-level variables and constants.
    pub fn outline(&self) -> Vec<Outline> {
        outline::outline(self)
    }

    /// Foldable line ranges (1-based, inclusive): procedures and blocks.
    pub fn folds(&self) -> Vec<Fold> {
        outline::folds(self)
    }

    /// Every token to highlight, in order.
    pub fn tokens(&self) -> Vec<Token> {
        outline::tokens(self)
    }

    /// What an identifier stands for (for highlighting).
    pub(crate) fn entity_at_start(&self, start: usize) -> Option<Entity> {
        let i = self.index().names.partition_point(|(s, _)| s.start < start);
        self.index()
            .names
            .get(i)
            .filter(|(s, _)| s.start == start)
            .map(|(_, e)| *e)
    }
}

/// `Round(expression, [numdecimalsafter])` → `Round(${1:expression})`: the required
/// arguments as tab stops.
fn snippet(sig: &str) -> String {
    let name_end = sig.find(['(', '[', ' ']).unwrap_or(sig.len());
    let name = &sig[..name_end];
    // `Rnd[(number)]`: nothing required.
    let Some(args) = sig[name_end..].strip_prefix('(') else {
        return format!("{name}()");
    };
    let args = args.split(')').next().unwrap_or("");
    let required: Vec<&str> = args
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty() && !a.starts_with('['))
        .collect();
    let stops: Vec<String> = required
        .iter()
        .enumerate()
        .map(|(i, a)| format!("${{{}:{}}}", i + 1, a.replace(['$', '}'], "")))
        .collect();
    format!("{name}({})", stops.join(", "))
}

/// The identifier at `span` without its type suffix.
fn name_of(text: &str, span: Span) -> &str {
    let s = text.get(span.start..span.end).unwrap_or("");
    s.trim_end_matches(['%', '&', '!', '#', '@', '$'])
}

/// Every identifier the binder resolved, with its entity, sorted by position; and where
/// each entity is declared.
fn index(text: &str, checked: &Checked) -> (Vec<(Span, Entity)>, HashMap<Entity, Span>) {
    let b = &checked.bindings;
    let module = &checked.module;
    // Procedure ranges, to place locals.
    let ranges: Vec<(usize, usize)> = module
        .procs
        .iter()
        .map(|p| (p.span.start, p.end_span.end.max(p.span.end)))
        .collect();
    let proc_at = |at: usize| ranges.iter().position(|&(s, e)| s <= at && at <= e);
    let entity = |at: usize, sym: &Symbol| -> Option<Entity> {
        Some(match sym {
            Symbol::Var { var, .. } => match var {
                Var::Global(g) => Entity::Global(*g),
                Var::Local(l) => {
                    let p = proc_at(at)?;
                    // A Function's name inside it is its return value: the same name.
                    if b.procs.get(p)?.ret_slot == Some(*l) {
                        Entity::Proc(p as u32)
                    } else {
                        Entity::Local(p as u32, *l)
                    }
                }
                Var::Ref(r) => {
                    let p = proc_at(at)?;
                    let slot = b
                        .procs
                        .get(p)?
                        .params
                        .iter()
                        .find(|(_, x)| *x == Some(*r))?
                        .0;
                    Entity::Local(p as u32, slot)
                }
            },
            Symbol::Proc(i) => Entity::Proc(*i),
            Symbol::Const(i) => Entity::Const(*i),
            Symbol::Builtin(i) => Entity::Builtin(*i),
            Symbol::Constant(i) => Entity::Constant(*i),
            Symbol::Err | Symbol::Undefined => return None,
        })
    };
    let mut names: Vec<(Span, Entity)> = b
        .symbols()
        .filter_map(|(at, sym)| Some((Span::new(at, at + ident_len(text, at)), entity(at, sym)?)))
        .collect();
    let mut decls: HashMap<Entity, Span> = HashMap::new();
    for (i, p) in module.procs.iter().enumerate() {
        let e = Entity::Proc(i as u32);
        names.push((p.name.span, e));
        decls.insert(e, p.name.span);
        for prm in &p.params {
            if let Some(s) = b
                .get(&prm.name)
                .and_then(|s| entity(prm.name.span.start, s))
            {
                decls.entry(s).or_insert(prm.name.span);
            }
        }
    }
    let mut declare = |s: &ast::Stmt| match &s.kind {
        StmtKind::Dim { vars, .. } => {
            for v in vars {
                if let Some(e) = b.get(&v.name).and_then(|x| entity(v.name.span.start, x)) {
                    decls.entry(e).or_insert(v.name.span);
                }
            }
        }
        StmtKind::Const { items, .. } => {
            for c in items {
                if let Some(e) = b.get(&c.name).and_then(|x| entity(c.name.span.start, x)) {
                    decls.entry(e).or_insert(c.name.span);
                }
            }
        }
        _ => {}
    };
    module.decls.iter().for_each(&mut declare);
    for p in &module.procs {
        ast::for_each_stmt(&p.body, &mut declare);
    }
    names.sort_by_key(|(s, _)| s.start);
    names.dedup_by_key(|(s, _)| s.start);
    (names, decls)
}

/// The length of the identifier (with its suffix) that starts at `at`.
fn ident_len(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let mut len = 0;
    for (i, c) in rest.char_indices() {
        if c.is_alphanumeric() || c == '_' {
            len = i + c.len_utf8();
        } else {
            if i > 0 && matches!(c, '%' | '&' | '!' | '#' | '@' | '$') {
                len = i + 1;
            }
            break;
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "Const Rate = 2\nDim Total As Double\n\nFunction Twice(x As Double) As Double\n  Twice = x * Rate\nEnd Function\n\nSub Main()\n  Dim Level As Double\n  Level = Twice(Para1)\n  Total = Level + Round(Para2)\n  Result = Total\nEnd Sub\n";

    fn analysis() -> Analysis {
        Analysis::new(SourceFile::from_text("t.bas", SRC), &[])
    }

    fn at(needle: &str, nth: usize) -> usize {
        SRC.match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or(0)
    }

    #[test]
    fn definition_and_references_follow_one_entity() {
        let a = analysis();
        let def = a.definition(at("Level", 2)).unwrap();
        assert_eq!(def.start, at("Level", 0));
        assert_eq!(a.references(at("Level", 1)).len(), 3);
        // A procedure's uses include its header's name; a parameter is a local.
        assert_eq!(a.references(at("Twice", 2)).len(), 3);
        assert_eq!(
            a.definition(at("x * Rate", 0)).unwrap().start,
            at("x As", 0)
        );
        assert_eq!(a.definition(at("Round", 0)), None);
        assert_eq!(a.definition(at("Rate", 1)).unwrap().start, at("Rate", 0));
    }

    #[test]
    fn rename_edits_every_use_and_refuses_what_cannot_be_renamed() {
        let a = analysis();
        let edits = a.rename(at("Total", 1), "Sum").unwrap();
        assert_eq!(edits.len(), 3);
        assert!(a.rename(at("Para1", 0), "P").is_err());
        assert!(a.rename(at("Round", 0), "R").is_err());
        assert!(a.rename(at("Total", 1), "Level").is_err());
        assert!(a.rename(at("Total", 1), "If").is_err());
        assert!(a.rename(at("Total", 1), "1x").is_err());
    }

    #[test]
    fn hover_explains_builtins_host_variables_and_declarations() {
        let a = analysis();
        let (_, round) = a.hover(at("Round", 0)).unwrap();
        assert!(round.contains("Round(expression"), "{round}");
        let (_, result) = a.hover(at("Result", 0)).unwrap();
        assert!(result.contains("truncated"), "{result}");
        let (_, level) = a.hover(at("Level", 1)).unwrap();
        assert!(
            level.contains("Dim Level As Double") && level.contains("Main"),
            "{level}"
        );
    }

    #[test]
    fn completions_offer_paras_up_to_the_mapping() {
        let a = analysis();
        let labels = |paras| -> Vec<String> {
            a.completions(at("Result", 0), paras)
                .into_iter()
                .map(|c| c.label)
                .collect()
        };
        let with_map = labels(Some(3));
        assert!(with_map.contains(&"Para3".to_string()));
        assert!(!with_map.contains(&"Para4".to_string()));
        assert!(with_map.contains(&"Level".to_string()));
        assert!(with_map.contains(&"Total".to_string()));
        assert!(with_map.contains(&"Twice".to_string()));
        let round = a
            .completions(0, None)
            .into_iter()
            .find(|c| c.label == "Round")
            .unwrap();
        assert_eq!(round.snippet.as_deref(), Some("Round(${1:expression})"));
        // Outside Main, its locals are not offered.
        assert!(!labels_at(&a, at("Twice = ", 0)).contains(&"Level".to_string()));
    }

    fn labels_at(a: &Analysis, offset: usize) -> Vec<String> {
        a.completions(offset, None)
            .into_iter()
            .map(|c| c.label)
            .collect()
    }
}
