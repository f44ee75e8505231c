//! The import's progress bar: `indicatif` on stderr when it is a terminal, nothing when
//! stderr is piped or redirected (so logs and tests see only the summary).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use xbas_xlink::import::Progress;

/// A progress bar over the phases of an import, and the flag that stops it.
pub struct Bar(ProgressBar, Option<Arc<AtomicBool>>);

impl Bar {
    /// A bar on stderr; hidden unless stderr is a terminal and `quiet` is false.
    pub fn new(quiet: bool) -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        Bar(bar, None)
    }

    /// The import stops once `flag` is set (see `interrupt`).
    pub fn stopped_by(mut self, flag: Arc<AtomicBool>) -> Bar {
        self.1 = Some(flag);
        self
    }

    /// Runs `f` (which writes to stderr) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.0.suspend(f)
    }

    /// Removes the bar before the summary is printed.
    pub fn clear(&self) {
        self.0.finish_and_clear();
    }
}

impl Progress for Bar {
    fn begin(&self, phase: &'static str, total: u64) {
        let template = if phase.starts_with("reading") {
            "{msg:>17} [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left)"
        } else {
            "{msg:>17} [{bar:40}] {human_pos}/{human_len} intervals ({eta} left)"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.0.set_style(style.progress_chars("=> "));
        }
        self.0.set_message(phase);
        self.0.set_length(total);
        self.0.set_position(0);
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }

    fn stop(&self) -> Option<&Arc<AtomicBool>> {
        self.1.as_ref()
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}
