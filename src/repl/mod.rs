//! `xbas repl`: an interactive prompt for trying scenario scripts. On a terminal it edits
//! lines with `rustyline` (history in `~/.xbas_history`, tab completion, a `...`
//! prompt while a block is open); with stdin piped it reads lines with no prompts or
//! colours, so it can be scripted. Ctrl-C cancels the input or stops a running script;
//! Ctrl-D (end of input) quits.

pub mod commands;
pub mod complete;
pub mod session;

pub use session::{Reply, Session};

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::Ordering;

const PROMPT: &str = "xbas> ";
const MORE: &str = "  ... ";

/// Runs the REPL; with a file, `:load`s it first.
pub fn main(file: Option<&Path>) -> ExitCode {
    let mut session = Session::new();
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (interrupt, running) = (session.interrupt.clone(), session.running.clone());
    // Ctrl-C while a script runs stops it. At other times the terminal's line editor
    // reads Ctrl-C itself (a stray signal between two lines is ignored); with piped
    // input it quits.
    let _ = ctrlc::set_handler(move || {
        if running.load(Ordering::Relaxed) {
            interrupt.store(true, Ordering::Relaxed);
        } else if !terminal {
            std::process::exit(130);
        }
    });
    let mut failed = false;
    // A file that is not there is a usage error, as in every other command.
    if let Some(f) = file.filter(|f| !f.is_file()) {
        let why = if f.exists() {
            "not a regular file"
        } else {
            "no such file"
        };
        eprintln!("xbas repl: {}: {why}", f.display());
        return ExitCode::from(2);
    }
    if let Some(f) = file {
        let reply = session.load(f);
        failed |= show(&reply, terminal);
    }
    if terminal {
        session.color = crate::cli::color::stderr();
        // No step budget on a terminal: Ctrl-C stops a loop that runs away.
        session.limits.max_steps = u64::MAX;
        interactive(session)
    } else {
        piped(session, failed)
    }
}

/// Prints a reply; true when it had an error.
fn show(reply: &Reply, terminal: bool) -> bool {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(reply.out.as_bytes());
    if terminal && !reply.out.is_empty() && !reply.out.ends_with('\n') {
        let _ = out.write_all(b"\n");
    }
    let _ = out.flush();
    if let Some(e) = &reply.err {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(e.as_bytes());
        if !e.ends_with('\n') {
            let _ = err.write_all(b"\n");
        }
        let _ = err.flush();
    }
    reply.err.is_some()
}

/// The input being read: lines gathered until no block is left open.
#[derive(Default)]
struct Gather {
    buf: String,
    blocks: xbas::syntax::BlockCounter,
}

impl Gather {
    /// Adds a line; the whole input once no block is left open, or once it is too large
    /// to compile (the session refuses it). A `:` command is one line.
    fn line(&mut self, line: &str) -> Option<String> {
        let command = self.buf.trim().is_empty() && line.trim_start().starts_with(':');
        self.buf.push_str(line);
        self.buf.push('\n');
        let open = if command { 0 } else { self.blocks.line(line) };
        if open > 0 && self.buf.len() <= xbas::syntax::source::MAX_SOURCE {
            return None;
        }
        self.blocks = Default::default();
        Some(std::mem::take(&mut self.buf))
    }
}

/// Lines from stdin, no prompts; exit 1 when any input failed.
fn piped(mut session: Session, mut failed: bool) -> ExitCode {
    let mut gather = Gather::default();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else {
            eprintln!("xbas repl: stdin is not text");
            return ExitCode::from(1);
        };
        let Some(input) = gather.line(&line) else {
            continue;
        };
        let reply = session.input(&input);
        failed |= show(&reply, false);
        if reply.quit {
            break;
        }
    }
    if !gather.buf.trim().is_empty() {
        // The input ended inside a block: run it for its "never closed" error.
        failed |= show(&session.input(&gather.buf), false);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn history_file() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("XBAS_HISTORY") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(|h| PathBuf::from(h).join(".xbas_history"))
}

fn interactive(mut session: Session) -> ExitCode {
    use rustyline::error::ReadlineError;
    // Tab lists the candidates (as bash does) rather than cycling through them.
    let config = rustyline::Config::builder()
        .completion_type(rustyline::CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor = match rustyline::Editor::<complete::Helper, _>::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("xbas repl: cannot use the terminal ({e}); reading stdin instead");
            return piped(session, false);
        }
    };
    editor.set_helper(Some(complete::Helper {
        names: session.names(),
        ..Default::default()
    }));
    let history = history_file();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "xbas {} — :help for commands, Ctrl-D to leave",
        env!("CARGO_PKG_VERSION")
    );
    let mut gather = Gather::default();
    loop {
        let prompt = if gather.buf.is_empty() { PROMPT } else { MORE };
        match editor.readline(prompt) {
            Ok(line) => {
                let Some(input) = gather.line(&line) else {
                    continue;
                };
                // A block is one history entry, recalled whole.
                if !input.trim().is_empty() {
                    let _ = editor.add_history_entry(input.trim_end());
                }
                let reply = session.input(&input);
                show(&reply, true);
                if reply.quit {
                    break;
                }
                if let Some(h) = editor.helper_mut() {
                    h.names = session.names();
                }
            }
            Err(ReadlineError::Interrupted) => {
                if gather.buf.is_empty() {
                    println!("(Ctrl-D or :quit leaves)");
                }
                gather = Gather::default();
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("xbas repl: {e}");
                break;
            }
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    ExitCode::SUCCESS
}
