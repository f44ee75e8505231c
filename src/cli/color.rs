//! Whether diagnostics on standard error get colour: `--color always|never`, or by
//! default (`auto`) only on a terminal, never with `NO_COLOR` set
//! (<https://no-color.org>), and on Windows only once the console accepts ANSI
//! sequences. Windows 10 and later consoles have that (virtual terminal processing) off
//! until a program turns it on; `anstyle-query`, already in clap's tree, does it.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU8, Ordering};

/// `--color WHEN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Choice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always (also into a pipe or a file).
    Always,
    /// Never.
    Never,
}

static CHOICE: AtomicU8 = AtomicU8::new(Choice::Auto as u8);

/// Records `--color` for the whole command.
pub fn choose(c: Choice) {
    CHOICE.store(c as u8, Ordering::Relaxed);
}

/// Colour for what goes to standard error.
pub fn stderr() -> bool {
    match CHOICE.load(Ordering::Relaxed) {
        x if x == Choice::Always as u8 => {
            let _ = ansi();
            true
        }
        x if x == Choice::Never as u8 => false,
        _ => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() && ansi(),
    }
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
