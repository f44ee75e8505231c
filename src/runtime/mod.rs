//! The runtime library: values and their conversions ([`value`]), the operators
//! ([`ops`]), runtime errors ([`error`]), calendar arithmetic ([`datetime`]), and the
//! built-in functions ([`builtins`]).

pub mod builtins;
pub mod datetime;
pub mod error;
pub mod ops;
pub mod value;
