//! The Xlink side: the `acd_map.ini` model ([`map`]), its problems ([`check`]) and the
//! default scripts ([`generate`]).

pub mod check;
pub mod fix;
pub mod generate;
pub mod history;
pub mod import;
pub mod map;
pub mod records;
pub mod split;
