//! The compiler: [`pipeline`] drives source text to what the VM runs; [`codegen`] turns
//! a checked syntax tree into bytecode ([`bytecode`], listed by [`disasm`]); [`kernel`]
//! builds the typed numeric kernel of a script within its subset.

pub mod bytecode;
pub mod codegen;
pub mod disasm;
pub mod kernel;
pub mod pipeline;
