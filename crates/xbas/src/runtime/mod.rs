//! The runtime library: values and their conversions ([`value`]), the operators
//! ([`ops`]), the store rule of `Result` ([`store`]), runtime errors ([`error`]),
//! calendar arithmetic ([`datetime`], which is [`crate::calendar`]), `Format`
//! ([`format`](mod@format)), and the built-in functions ([`builtins`] is the table,
//! [`library`] the implementations).

pub mod builtins;
/// Calendar arithmetic is a leaf module ([`crate::calendar`]) that the lexer uses too.
pub use crate::calendar as datetime;
pub mod error;
pub mod format;
pub mod library;
pub mod ops;
pub mod store;
pub mod value;
