//! The Xlink side of xbas, on top of the language library `xbas`: the `acd_map.ini` model
//! ([`map`]), its problems ([`check`]) and repairs ([`fix`]), the default scripts
//! ([`generate`]), the history (its model [`history`], cut into blocks by [`split`] and
//! parsed in parallel by [`records`]), the import runner ([`import`]) and its writers
//! ([`output`]: CSV, JSON Lines, SQLite behind the default feature `sqlite`, a new
//! database's table written page by page by [`pages`]), the one
//! way every file is replaced ([`replace`]), and the verification of a migration
//! ([`verify`] against the WFM system's values read by [`expected`], shown by [`report`]).

pub mod check;
pub mod expected;
pub mod fix;
pub mod generate;
pub mod history;
pub mod import;
pub mod linebreaks;
pub mod map;
pub mod output;
#[cfg(feature = "sqlite")]
pub mod pages;
pub mod records;
pub mod replace;
pub mod report;
pub mod spill;
pub mod split;
pub mod verify;
