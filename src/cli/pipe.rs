//! A closed standard output (`xbas … | head -1`): the command ends quietly, as the
//! shell's own tools do, instead of reporting "Broken pipe" after doing all its work.
//!
//! On Unix, SIGPIPE gets its default action back (Rust ignores it), so a write to a
//! closed pipe ends the process with the shell's code 141, silently; and the import,
//! which writes nothing until it has succeeded, watches its pipe from a thread and stops
//! when the reader has gone away. On Windows a failed write to a closed pipe ends the process
//! quietly with exit 0 (a panic hook recognises the pipe errors), and the import runs to
//! its end before it notices.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
#[cfg(unix)]
use std::sync::atomic::Ordering;

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

/// Sets `closed` and then `stop` once the reader of standard output has gone away.
/// Without Unix, nothing: the end of the command finds out.
///
/// The watcher is a bare POSIX thread blocked in `poll`: no cost while it waits, and it
/// never allocates. (A Rust thread allocates as it starts, which gives it a malloc arena
/// of its own: 64 MB of address space, enough to push an import run under an address
/// space limit over it; `tests/bad_input.rs` runs imports under one.)
pub fn watch_stdout(closed: Arc<AtomicBool>, stop: Arc<AtomicBool>) {
    #[cfg(unix)]
    {
        /// What the watcher sets; leaked, as the watcher may outlive every other owner.
        struct Flags {
            closed: Arc<AtomicBool>,
            stop: Arc<AtomicBool>,
        }
        extern "C" fn watch(arg: *mut libc::c_void) -> *mut libc::c_void {
            // SAFETY: `arg` is the leaked `Flags` below, never freed.
            let flags = unsafe { &*(arg as *const Flags) };
            loop {
                let mut fd = libc::pollfd {
                    fd: libc::STDOUT_FILENO,
                    events: 0,
                    revents: 0,
                };
                // SAFETY: one valid pollfd for the duration of the call.
                let n = unsafe { libc::poll(&mut fd, 1, -1) };
                if n > 0 && fd.revents & (libc::POLLERR | libc::POLLHUP) != 0 {
                    flags.closed.store(true, Ordering::SeqCst);
                    flags.stop.store(true, Ordering::SeqCst);
                    return std::ptr::null_mut();
                }
                // POLLNVAL, or poll failing other than by a signal: nothing to watch.
                // (Reading errno allocates nothing.)
                let interrupted =
                    n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR);
                if !interrupted {
                    return std::ptr::null_mut();
                }
            }
        }
        let flags = Box::into_raw(Box::new(Flags { closed, stop }));
        // SAFETY: plain pthread calls on locals; the thread gets a pointer that stays
        // valid for the life of the process. It is detached: nobody waits for it.
        unsafe {
            let mut attr: libc::pthread_attr_t = std::mem::zeroed();
            if libc::pthread_attr_init(&mut attr) != 0 {
                drop(Box::from_raw(flags));
                return;
            }
            libc::pthread_attr_setstacksize(&mut attr, 64 << 10);
            libc::pthread_attr_setdetachstate(&mut attr, libc::PTHREAD_CREATE_DETACHED);
            let mut thread: libc::pthread_t = std::mem::zeroed();
            let made = libc::pthread_create(&mut thread, &attr, watch, flags as *mut libc::c_void);
            libc::pthread_attr_destroy(&mut attr);
            if made != 0 {
                drop(Box::from_raw(flags));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (closed, stop);
}
