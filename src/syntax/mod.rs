//! The front end: source text to a checked syntax tree. `source` decodes files, `lexer`
//! makes tokens, `parser` turns each logical line into statements, `blocks` nests them
//! into procedures and blocks, `check` finds the static errors that need no execution.

pub mod ast;
pub mod blocks;
pub mod lexer;
pub mod parser;
pub mod source;
