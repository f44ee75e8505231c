//! xbas runs the `.BAS` calculation scripts ("scenarios") of contact-centre data imports:
//! the VBA-compatible "Enable Basic" dialect of the legacy Xlink connector.
//!
//! Data flows one way: source text → [`syntax`] (lexer, parser, AST, static checks) →
//! compiler → bytecode → VM with the [`runtime`] library.

pub mod compile;
pub mod diagnostic;
pub mod runtime;
pub mod syntax;
pub mod testing;
pub mod vm;

pub use vm::{Batch, BatchError, Interval, Program, RunError, Runner};
