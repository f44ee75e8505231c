//! The compiler: a checked syntax tree to bytecode ([`codegen`]), the instruction set
//! ([`bytecode`]) and its readable listing ([`disasm`]).

pub mod bytecode;
pub mod codegen;
pub mod disasm;
pub mod kernel;
