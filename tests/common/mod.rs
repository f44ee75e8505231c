//! Helpers shared by the integration tests: the built `xbas` binary, run from the
//! repository root, and temporary folders that are removed when dropped.
// Each test binary uses its own subset of these.
#![allow(dead_code)]

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A command for the `xbas` binary under test, in the repository root.
pub fn cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xbas"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
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
