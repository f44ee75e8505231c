//! The runtime library: values and the built-in functions scripts call. So far it holds
//! the calendar arithmetic and the table of built-in names the front end checks against.

pub mod builtins;
pub mod datetime;
