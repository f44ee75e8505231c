//! Whether diagnostics on standard error get colour: only on a terminal, never with
//! `NO_COLOR` set (<https://no-color.org>), and on Windows only once the console accepts
//! ANSI sequences. Windows 10 and later consoles have that (virtual terminal processing)
//! off until a program turns it on; `anstyle-query`, already in clap's tree, does it.

use std::io::IsTerminal;

/// Colour for what goes to standard error.
pub fn stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() && ansi()
}

/// The console understands ANSI colour sequences (turned on once, when it can be).
#[cfg(windows)]
fn ansi() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| anstyle_query::windows::enable_ansi_colors().unwrap_or(false))
}

/// Unix terminals understand ANSI colour sequences.
#[cfg(not(windows))]
fn ansi() -> bool {
    true
}
