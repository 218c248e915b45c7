//! A private temporary directory (owner-only, made exclusively, removed when dropped): where
//! a command that only reads opens its copy of the database, so the database itself is
//! never written, also on a read-only disk.

use std::path::{Path, PathBuf};

/// A temporary directory removed with its contents when dropped.
#[derive(Debug)]
pub struct Scratch {
    path: PathBuf,
}

impl Scratch {
    /// Creates a fresh directory in the system's temporary directory, readable by its
    /// owner only; a name that exists already (planted by another account) is never used.
    pub fn new() -> std::io::Result<Scratch> {
        let base = std::env::temp_dir();
        let mut last = None;
        for _ in 0..16 {
            let path = base.join(format!(
                "penata-read-{}-{:016x}",
                std::process::id(),
                fastrand::u64(..)
            ));
            let mut builder = std::fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            match builder.create(&path) {
                Ok(()) => return Ok(Scratch { path }),
                Err(e) => last = Some(e),
            }
        }
        // i18n-exempt: unreachable (the loop ran), a fallback for the type only
        Err(last.unwrap_or_else(|| std::io::Error::other("no temporary directory")))
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scratch_directory_is_private_and_goes_away() {
        let scratch = Scratch::new().unwrap();
        let path = scratch.path().to_path_buf();
        std::fs::write(path.join("x"), b"1").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        drop(scratch);
        assert!(!path.exists());
    }
}
