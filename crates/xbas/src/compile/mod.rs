//! The compiler: [`pipeline`] drives source text to what the VM runs; [`codegen`] turns
//! a checked syntax tree into bytecode ([`bytecode`], listed by [`disasm`]) and [`fuse`]
//! adds its superinstructions; [`kernel`]
//! builds the typed numeric kernel of a script within its subset, [`scalar`] lowers it to
//! the register code `eval` runs and [`columns`] to the column operations `eval_batch` runs;
//! [`regions`] gives the general VM that register code for the tails of procedures.

pub mod bytecode;
pub mod codegen;
pub mod columns;
pub mod disasm;
pub mod fuse;
pub mod kernel;
pub mod pipeline;
pub mod regions;
pub mod scalar;
pub mod tidy;
