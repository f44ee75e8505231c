//! A closed standard output (`xbas … | head -1`): the command ends quietly, as the
//! shell's own tools do, instead of reporting "Broken pipe" after doing all its work.
//!
//! On Unix, SIGPIPE gets its default action back (Rust ignores it), so a write to a
//! closed pipe ends the process with the shell's code 141, silently; and the import,
//! which writes nothing until it has succeeded, watches its pipe from a thread and stops
//! when the reader goes away. On Windows a failed write to a closed pipe ends the process
//! quietly with exit 0 (a panic hook recognises the pipe errors), and the import runs to
//! its end before it notices.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The shell's exit code for a command ended by SIGPIPE.
pub const CLOSED: u8 = 141;

/// Makes writes to a closed standard output end the process quietly.
pub fn quiet_when_closed() {
    #[cfg(unix)]
    // SAFETY: restoring a signal's default action at start-up, before any thread runs.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    #[cfg(windows)]
    {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let text = info.to_string();
            // ERROR_NO_DATA (232, "the pipe is being closed") and ERROR_BROKEN_PIPE (109).
            if text.contains("failed printing to stdout")
                && (text.contains("os error 232") || text.contains("os error 109"))
            {
                std::process::exit(0);
            }
            default(info);
        }));
    }
}

/// Whether standard output is a pipe (or FIFO), whose reader may go away early.
pub fn stdout_is_pipe() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        use std::os::unix::io::AsFd;
        let out = std::io::stdout();
        let Ok(fd) = out.as_fd().try_clone_to_owned() else {
            return false;
        };
        std::fs::File::from(fd)
            .metadata()
            .is_ok_and(|m| m.file_type().is_fifo())
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Sets `closed` and then `stop` once the reader of standard output has gone away
/// (a thread blocked in `poll` on it, at no cost while it waits). Without Unix, nothing:
/// the end of the command finds out.
pub fn watch_stdout(closed: Arc<AtomicBool>, stop: Arc<AtomicBool>) {
    #[cfg(unix)]
    std::thread::spawn(move || {
        loop {
            let mut fd = libc::pollfd {
                fd: libc::STDOUT_FILENO,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd for the duration of the call.
            let n = unsafe { libc::poll(&mut fd, 1, -1) };
            if n > 0 && fd.revents & (libc::POLLERR | libc::POLLHUP) != 0 {
                closed.store(true, Ordering::SeqCst);
                stop.store(true, Ordering::SeqCst);
                return;
            }
            if n < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                return;
            }
            if fd.revents & libc::POLLNVAL != 0 {
                return;
            }
        }
    });
    #[cfg(not(unix))]
    let _ = (closed, stop);
}
