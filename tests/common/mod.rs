//! Helpers shared by the integration tests: the built `xbas` binary, run from the
//! repository root, and temporary folders that are removed when dropped.
// Each test binary uses its own subset of these.
#![allow(dead_code)]

pub mod lsp;

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A command for the `xbas` binary under test, in the repository root.
pub fn cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xbas"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// Runs a command with `input` on its standard input and waits for it.
pub fn output_with_stdin(mut c: Command, input: &str) -> Output {
    use std::io::Write;
    let mut child = c
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the command runs");
    let mut stdin = child.stdin.take().expect("a pipe to its stdin");
    // A command that stops reading early is no failure of the writer.
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    child.wait_with_output().expect("its output")
}

/// Runs `xbas` with `args` and waits for it.
pub fn xbas(args: &[&str]) -> Output {
    cmd().args(args).output().expect("the xbas binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A temporary folder, removed with everything in it when dropped. Derefs to its path.
pub struct Dir(tempfile::TempDir);

/// A new empty temporary folder whose name starts with `xbas-<label>-`.
pub fn dir(label: &str) -> Dir {
    Dir(tempfile::Builder::new()
        .prefix(&format!("xbas-{label}-"))
        .tempdir()
        .expect("a temporary folder"))
}

impl Dir {
    /// Writes `name` in the folder and returns its path.
    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.path().join(name);
        std::fs::write(&p, content).expect("a file in the temporary folder");
        p
    }

    /// Writes every `(name, content)` pair.
    pub fn files(&self, files: &[(&str, &str)]) {
        for (name, text) in files {
            self.file(name, text);
        }
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Deref for Dir {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Dir {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

/// The options of a library import of `dir`'s `acd_map.ini` and `history` over all time.
pub fn import_options(dir: &Path, history: &str, keep_going: bool) -> xbas_xlink::import::Options {
    xbas_xlink::import::Options {
        map: dir.join("acd_map.ini"),
        history: vec![dir.join(history)],
        window: xbas_xlink::history::Window {
            from: 0,
            to: i64::MAX / 2,
            interval: 15,
        },
        fill: false,
        keep_going,
        duplicates: xbas_xlink::history::Duplicates::Error,
        log_output: true,
        max_run_time: None,
        deadline: None,
        hold: xbas_xlink::import::HOLD,
        order: Default::default(),
    }
}

/// Runs a library import with `opts`, counting the rows; panics on an import error.
pub fn import_rows(
    opts: &xbas_xlink::import::Options,
    progress: &dyn xbas_xlink::import::Progress,
) -> (xbas_xlink::import::Summary, usize) {
    let mut rows = 0;
    let mut emit = |_: &xbas_xlink::import::Row| {
        rows += 1;
        Ok(())
    };
    let summary = xbas_xlink::import::run(
        opts,
        xbas_xlink::import::Sink::Rows(&mut emit),
        |_, _, _| {},
        progress,
    )
    .expect("the import runs");
    (summary, rows)
}

/// Runs `xbas` with `args` within bounds a hostile input must not break: at most 300 MB
/// of address space (on Linux, through `prlimit` when it is installed) and `seconds` of
/// wall time, after which it is killed and the test fails.
pub fn xbas_bounded(args: &[&str], seconds: u64) -> Output {
    xbas_bounded_with(args, std::process::Stdio::null(), seconds)
}

/// [`xbas_bounded`] with `stdin` as standard input.
pub fn xbas_bounded_with(args: &[&str], stdin: std::process::Stdio, seconds: u64) -> Output {
    let exe = env!("CARGO_BIN_EXE_xbas");
    let limited = cfg!(target_os = "linux") && Path::new("/usr/bin/prlimit").exists();
    let mut c = if limited {
        let mut c = Command::new("/usr/bin/prlimit");
        c.args(["--as=314572800", "--", exe]);
        c
    } else {
        Command::new(exe)
    };
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .stdin(stdin)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = c.spawn().expect("the xbas binary runs");
    let pid = child.id();
    // Waited for on a thread, which drains both pipes (a full pipe would stall xbas).
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(seconds)) {
        Ok(out) => out.expect("the output of xbas"),
        Err(_) => {
            #[cfg(unix)]
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            let _ = pid;
            panic!("xbas {args:?} ran for more than {seconds} s");
        }
    }
}

/// The arguments of `xbas import` of one map and one history over `from`..`to`.
pub fn import_args(map: &Path, history: &Path, from: &str, to: &str) -> Vec<String> {
    [
        "import",
        "--map",
        &map.display().to_string(),
        "--history",
        &history.display().to_string(),
        "--from",
        from,
        "--to",
        to,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// A map of eight queues (DB:0:0:1 … DB:0:7:1), each fed by `S:Q:Calls` through `$1.BAS`:
/// with [`february`], a workload long enough to be interrupted midway.
pub fn eight_queues() -> String {
    (0..8)
        .map(|q| format!("DB:0:{q}:1=S:Q:Calls\r\nDB:0:{q}:1=$1.BAS\r\n"))
        .collect()
}

/// `S:Q:Calls` for every quarter hour of February 2024 (1–28), the value being the
/// quarter hour of the day.
pub fn february() -> String {
    let mut history = String::from("source,start,value\n");
    for day in 1..=28 {
        for i in 0..96 {
            history.push_str(&format!(
                "S:Q:Calls,2024-02-{day:02} {:02}:{:02},{i}\n",
                i / 4,
                i % 4 * 15
            ));
        }
    }
    history
}
