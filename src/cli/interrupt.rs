//! Interrupts during a long command (SIGINT or SIGTERM; Ctrl-C on Windows): the first one
//! sets a flag that the import checks between intervals and inside running scripts. It
//! stops, its temporary files are removed as it unwinds, and `xbas` exits 130 (SIGINT)
//! or 143 (SIGTERM), the shell's codes. A second SIGINT while it cleans up ends the
//! process at once.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The flags the signal handlers set.
pub struct Stop {
    /// Set by any interrupt: what the import polls.
    pub any: Arc<AtomicBool>,
    /// Set by SIGTERM only, for the exit code.
    term: Arc<AtomicBool>,
}

impl Stop {
    /// Installs the handlers (when the system lets us; without them a signal simply
    /// ends the process, as before).
    pub fn install() -> Stop {
        let stop = Stop {
            any: Arc::new(AtomicBool::new(false)),
            term: Arc::new(AtomicBool::new(false)),
        };
        stop.register();
        stop
    }

    #[cfg(unix)]
    fn register(&self) {
        use signal_hook::consts::{SIGINT, SIGTERM};
        use signal_hook::flag;
        // Registered first, so it sees the flag as it was: a second SIGINT exits now.
        let _ = flag::register_conditional_shutdown(SIGINT, 130, self.any.clone());
        let _ = flag::register(SIGINT, self.any.clone());
        let _ = flag::register(SIGTERM, self.term.clone());
        let _ = flag::register(SIGTERM, self.any.clone());
    }

    #[cfg(not(unix))]
    fn register(&self) {
        let any = self.any.clone();
        let _ = ctrlc::set_handler(move || any.store(true, Ordering::SeqCst));
    }

    /// The exit code of a command stopped by an interrupt.
    pub fn exit_code(&self) -> ExitCode {
        if self.term.load(Ordering::SeqCst) {
            ExitCode::from(143)
        } else {
            ExitCode::from(130)
        }
    }
}
