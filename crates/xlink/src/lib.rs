//! The Xlink side of xbas, on top of the language library `xbas`: the `acd_map.ini` model
//! ([`map`]), its problems ([`check`]) and repairs ([`fix`]), the default scripts
//! ([`generate`]), the history (its model [`history`], cut into blocks by [`split`] and
//! parsed in parallel by [`records`]), the import runner ([`import`]) and its writers
//! ([`output`]: CSV, JSON Lines, SQLite behind the default feature `sqlite`), and the one
//! way every file is replaced ([`replace`]).

pub mod check;
pub mod fix;
pub mod generate;
pub mod history;
pub mod import;
pub mod linebreaks;
pub mod map;
pub mod output;
pub mod records;
pub mod replace;
pub mod spill;
pub mod split;
