//! The compile pipeline, the one driver from source text to what the VM runs: parse the
//! text ([`crate::syntax`]), bind its names ([`crate::bind`]), generate bytecode ([`codegen`]), build the typed
//! numeric kernel ([`kernel`]) and lower it to column operations ([`columns`]), and the
//! initial values of every slot. `vm::Program` wraps
//! its output.

use super::bytecode::{HostWrite, Module};
use super::codegen;
use super::columns::{self, Plan};
use super::fuse;
use super::kernel::{self, NotKernel};
use super::regions;
use super::scalar::{self, Code};
use crate::bind;
use crate::diagnostic::Diagnostic;
use crate::runtime::value::{Value, initial};
use crate::syntax::SourceFile;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

static COMPILATIONS: AtomicUsize = AtomicUsize::new(0);

/// How many compilations this process has started (successful or not).
pub fn compilations() -> usize {
    COMPILATIONS.load(Ordering::Relaxed)
}

/// A compiled script: everything the VM needs.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub module: Module,
    pub source: SourceFile,
    /// Initial values of the module-level variables.
    pub global_defaults: Vec<Value>,
    /// [`Module::written_globals`]: what a fresh run resets.
    pub written_globals: Vec<u32>,
    /// [`Module::host_writes`]: the host values a run writes.
    pub host: Vec<HostWrite>,
    /// Initial values of each procedure's locals.
    pub proc_defaults: Vec<Vec<Value>>,
    /// The typed numeric kernel of `Main`, when the script is within its subset.
    /// The kernel as register code (one interval at a time).
    pub kernel: Option<Code>,
    /// Why there is no kernel (None when there is one, or for the REPL's input).
    pub not_kernel: Option<NotKernel>,
    /// The kernel lowered to column operations (for `eval_batch`).
    pub columns: Option<Plan>,
}

/// Compilation failed: the diagnostics, with the source they point into.
///
/// `Display` gives one line per error (`file:line:col: error[E0200]: message`); `Debug`
/// (what `?` in `main` prints) the diagnostics rendered as `xbas check` shows them; and
/// as a [`miette::Diagnostic`] it is its first error, with the source excerpt.
#[derive(Clone)]
pub struct CompileError {
    pub source: Box<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
}

impl CompileError {
    /// Line (1-based) of the first error.
    pub fn first_line(&self) -> Option<usize> {
        self.diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| self.source.line_col(d.span.start).0)
    }
    /// All diagnostics rendered for people.
    pub fn render(&self, color: bool) -> String {
        self.diagnostics
            .iter()
            .map(|d| d.render(&self.source, color))
            .collect()
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in self.diagnostics.iter().filter(|d| d.is_error()) {
            writeln!(f, "{}", d.one_line(&self.source))?;
        }
        Ok(())
    }
}

impl fmt::Debug for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// The diagnostic miette shows: the first error (or the first diagnostic).
    fn first(&self) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .find(|d| d.is_error())
            .or(self.diagnostics.first())
    }
}

/// The first error with its excerpt, for miette (`miette::Result` in `main`, say);
/// `Debug` and [`CompileError::render`] show all of them.
impl miette::Diagnostic for CompileError {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.first()?.code))
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let help = self.first()?.help.as_ref()?;
        Some(Box::new(help))
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source.text)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let d = self.first()?;
        // Past miette's column limit the excerpt would be wrong: no label then (the
        // rendered form of `Debug` handles any line).
        if self.source.line_col(d.span.start).1 > 60_000 || d.span.len() > 60_000 {
            return None;
        }
        let text = (!d.label.is_empty()).then(|| d.label.clone());
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(text, (d.span.start, d.span.len())),
        )))
    }
}

/// Compiles a decoded source: parse and bind ([`bind`]), generate bytecode
/// ([`codegen`]), and build the typed kernel of `Main` when the script is within its
/// subset ([`kernel`]). `require_main`: a script for the host (E0700 without `Sub Main`);
/// `immediate`: the REPL's procedure whose undeclared names are module-level.
pub fn compile(
    source: SourceFile,
    require_main: bool,
    immediate: Option<&str>,
) -> Result<Compiled, CompileError> {
    COMPILATIONS.fetch_add(1, Ordering::Relaxed);
    let checked = bind::check_session(&source, immediate);
    if checked.has_errors() {
        return Err(CompileError {
            source: Box::new(source),
            diagnostics: checked.diagnostics,
        });
    }
    if require_main && checked.bindings.main.is_none() {
        return Err(CompileError {
            source: Box::new(source),
            diagnostics: vec![bind::no_main(true)],
        });
    }
    let module = match codegen::compile(&checked.module, &checked.bindings) {
        Ok(m) => m,
        Err(diagnostics) => {
            return Err(CompileError {
                source: Box::new(source),
                diagnostics,
            });
        }
    };
    let global_defaults = module
        .globals
        .iter()
        .map(|g| initial(g.ty, g.array))
        .collect();
    let proc_defaults = module
        .procs
        .iter()
        .map(|p| p.locals.iter().map(|l| initial(l.ty, l.array)).collect())
        .collect();
    let (kernel, not_kernel) = match immediate {
        None => match kernel::build(&checked.module, &module) {
            Ok(k) => (Some(k), None),
            Err(why) => (None, Some(why)),
        },
        Some(_) => (None, None),
    };
    let columns = kernel.as_ref().and_then(columns::lower);
    // A kernel too large to lower (tens of thousands of registers) stays on the VM.
    let (kernel, not_kernel) = match (kernel.as_ref().map(scalar::lower), not_kernel) {
        (Some(Some(code)), why) if columns.is_some() => (Some(code), why),
        (Some(_), _) => {
            let why = NotKernel {
                span: None,
                reason: "the kernel needs more registers than it can name".into(),
            };
            (None, Some(why))
        }
        (None, why) => (None, why),
    };
    let columns = columns.filter(|_| kernel.is_some());
    let mut module = module;
    fuse::module(&mut module);
    if immediate.is_none() {
        regions::module(&checked.module, &mut module);
    }
    let written_globals = module.written_globals();
    let host = module.host_writes();
    Ok(Compiled {
        module,
        source,
        global_defaults,
        written_globals,
        host,
        proc_defaults,
        kernel,
        not_kernel,
        columns,
    })
}
