//! The xbas language library: compiles and runs the `.BAS` calculation scripts
//! ("scenarios") of contact-centre data imports, the VBA-compatible dialect of the legacy
//! Xlink connector. It embeds alone: none of the command line's dependencies (clap,
//! rustyline, indicatif, SQLite) are in its tree; the Xlink side (`xbas-xlink`) and the
//! `xbas` binary sit on top of it.
//!
//! ```
//! let source = "Sub Main()\n  Result = (Para1 + Para2) * 100\nEnd Sub\n";
//! let program = xbas::Program::compile(source)?; // all diagnostics on error
//! let mut run = program.runner(); // reusable: no allocation per interval
//! let interval = xbas::Interval { paras: &[12.0, 35.0], weekday: 2, minutes: 480 };
//! assert_eq!(run.eval(&interval)?, 4700);
//!
//! // Many intervals at once, as columns: Para1 of each, Para2 of each, …
//! let (offered, handled) = ([12.0, 20.0], [35.0, 0.5]);
//! let batch = xbas::Batch { paras: &[&offered, &handled], weekday: &[2, 2], minutes: &[480, 495], dates: &[] };
//! let mut stored = Vec::new();
//! program.eval_batch(&batch, &mut stored)?;
//! assert_eq!(stored, [4700, 2050]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Data flows one way, each layer using only those below it: source text → [`syntax`]
//! (decoding, lexer, parser, syntax tree) → [`bind`] (every name resolved once, the
//! static checks) → [`compile`] (code generation,
//! bytecode, the typed numeric kernel) → [`vm`] (the stack VM, the kernel's executors
//! and the embedding API) with the [`runtime`] (values, operators, built-ins).
//! [`base`] holds the leaf types all of them share, [`calendar`] VBA's date serials and
//! [`signatures`] the built-in functions' names and argument counts and the predefined
//! constants; [`diagnostic`] is the error type of
//! every stage (with the registry of codes); [`testing`] runs the `'!` directives
//! of script tests. `examples/embed.rs` is a complete embedder.

pub mod base;
pub mod bind;
pub mod calendar;
pub mod compile;
pub mod diagnostic;
pub mod format;
pub mod ide;
pub mod lint;
pub mod runtime;
pub mod signatures;
pub mod syntax;
#[doc(hidden)]
pub mod testing;
pub mod vm;

pub use diagnostic::{Diagnostic, Severity};
pub use runtime::value::Value;
pub use syntax::SourceFile;
pub use vm::{
    Batch, BatchError, CompileError, DEFAULT_DATE, Interval, Limits, Program, RunError, Runner,
};
