//! Replacing a file without ever showing a half-written one, for every file xbas writes
//! (import outputs, `acd_map.ini` under `--fix` and `gen --map`, its backups). The new
//! content goes to a temporary file created exclusively (`O_EXCL`, a random name: no
//! planted symlink is followed) in the target's folder; on [`Replacement::commit`] it is
//! flushed to disk, given the permissions of the file it replaces (mode on Unix, the
//! read-only attribute on Windows) and renamed over it. A target that is a symbolic
//! link is replaced at the link's final target, so the link stays, for every output kind
//! alike. Dropped without a commit — an error on any path, or an interrupted import — the
//! temporary file is removed.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// A file being replaced.
pub struct Replacement {
    out: Out,
    /// The file renamed over: the target, or its symbolic link's final target.
    target: PathBuf,
}

enum Out {
    /// The new content, beside the target until the commit.
    Tmp(NamedTempFile),
    /// A target that is no regular file (`/dev/null`, a FIFO, a terminal): written
    /// directly, there is nothing to replace.
    Direct(File),
}

/// The file a write to `path` should replace: `path` itself, or where its symbolic link
/// finally points (a dangling link: the path it names).
pub fn resolve(path: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return path.to_path_buf();
    }
    std::fs::canonicalize(path).unwrap_or_else(|_| match std::fs::read_link(path) {
        Ok(t) if t.is_absolute() => t,
        Ok(t) => path.parent().unwrap_or(Path::new("")).join(t),
        Err(_) => path.to_path_buf(),
    })
}

/// The folder of a path ("." for a bare file name).
fn folder(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

impl Replacement {
    /// Starts replacing `path` (which need not exist yet). A directory is an error
    /// here, before anything is written.
    pub fn new(path: &Path) -> io::Result<Replacement> {
        let target = resolve(path);
        if let Ok(meta) = std::fs::metadata(&target) {
            if meta.is_dir() {
                return Err(io::Error::other("is a folder, not a file"));
            }
            if !meta.is_file() {
                let file = std::fs::OpenOptions::new().write(true).open(&target)?;
                return Ok(Replacement {
                    out: Out::Direct(file),
                    target,
                });
            }
        }
        let name = target
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy().to_string());
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        // A new file gets the usual permissions (0666 less the umask), as File::create
        // gives, not the temporary file's 0600.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(folder(&target))?;
        Ok(Replacement {
            out: Out::Tmp(tmp),
            target,
        })
    }

    /// The file to write the new content into.
    pub fn file(&mut self) -> &mut File {
        match &mut self.out {
            Out::Tmp(t) => t.as_file_mut(),
            Out::Direct(f) => f,
        }
    }

    /// Where the new content is until the commit (for writers that open it by name).
    pub fn path(&self) -> &Path {
        match &self.out {
            Out::Tmp(t) => t.path(),
            Out::Direct(_) => &self.target,
        }
    }

    /// The file that [`Replacement::commit`] replaces.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the new content to disk, gives it the replaced file's permissions and
    /// renames it over the target.
    pub fn commit(self) -> io::Result<()> {
        let tmp = match self.out {
            Out::Tmp(t) => t,
            Out::Direct(mut f) => return f.flush(),
        };
        tmp.as_file().sync_all()?;
        if let Ok(meta) = std::fs::metadata(&self.target) {
            if meta.is_file() {
                std::fs::set_permissions(tmp.path(), meta.permissions())?;
            }
        }
        tmp.persist(&self.target).map_err(|e| e.error)?;
        Ok(())
    }

    /// As [`Replacement::commit`], but fails (with `AlreadyExists`) instead of replacing
    /// a file that exists: for backups, which never overwrite one another.
    pub fn commit_new(self) -> io::Result<()> {
        let Out::Tmp(tmp) = self.out else {
            return Err(io::ErrorKind::AlreadyExists.into());
        };
        tmp.as_file().sync_all()?;
        tmp.persist_noclobber(&self.target).map_err(|e| e.error)?;
        Ok(())
    }

    /// Gives the new content these permissions (kept by the commit for a new file).
    fn set_permissions(&self, perms: std::fs::Permissions) -> io::Result<()> {
        match &self.out {
            Out::Tmp(t) => std::fs::set_permissions(t.path(), perms),
            Out::Direct(_) => Ok(()),
        }
    }
}

/// Replaces `path` with `bytes` (see [`Replacement`]).
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut r = Replacement::new(path)?;
    r.file().write_all(bytes)?;
    r.commit()
}

/// Copies `from` to the new file `to`, with `from`'s permissions, never overwriting an
/// existing `to`, and never leaving a partial `to` behind.
pub fn copy_new(from: &Path, to: &Path) -> io::Result<()> {
    let mut r = Replacement::new(to)?;
    let mut src = File::open(from)?;
    io::copy(&mut src, r.file())?;
    r.set_permissions(src.metadata()?.permissions())?;
    r.commit_new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("a temporary folder")
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_and_leaves_nothing_behind() {
        let d = temp_dir();
        let p = d.path().join("out.csv");
        std::fs::write(&p, "old").unwrap();
        write(&p, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert!(leftovers(d.path()).is_empty());
    }

    #[test]
    fn an_uncommitted_replacement_changes_nothing() {
        let d = temp_dir();
        let p = d.path().join("out.csv");
        std::fs::write(&p, "old").unwrap();
        {
            let mut r = Replacement::new(&p).unwrap();
            r.file().write_all(b"half").unwrap();
        }
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "old");
        assert!(leftovers(d.path()).is_empty());
    }

    #[test]
    fn backups_never_overwrite() {
        let d = temp_dir();
        let (a, b) = (d.path().join("a.ini"), d.path().join("b.ini"));
        std::fs::write(&a, "map").unwrap();
        std::fs::write(&b, "older backup").unwrap();
        let e = copy_new(&a, &b).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "older backup");
        assert!(leftovers(d.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_mode_and_the_symlink() {
        use std::os::unix::fs::PermissionsExt;
        let d = temp_dir();
        let real = d.path().join("real.csv");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = d.path().join("link.csv");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
