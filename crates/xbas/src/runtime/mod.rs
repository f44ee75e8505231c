//! The runtime library: values and their conversions ([`value`]), the operators
//! ([`ops`]), the store rule of `Result` ([`store`]), runtime errors ([`error`]), calendar arithmetic ([`datetime`]), `Format`
//! ([`format`]), and the built-in functions ([`builtins`] is the table, [`library`] the
//! implementations).

pub mod builtins;
pub mod datetime;
pub mod error;
pub mod format;
pub mod library;
pub mod ops;
pub mod store;
pub mod value;
