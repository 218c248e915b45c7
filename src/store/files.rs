//! Every file penata writes for its user (`-o FILE`, `--report`, `generate`, the manual
//! pages) goes through here, so one rule protects them all on a shared server:
//!
//! - nothing or a regular file at the target: the bytes go to a temporary file with a random
//!   name, created exclusively (never an existing file or link) and owner-only (0600) in the
//!   target's directory, synced, then renamed over the target; a failure leaves the target as
//!   it was. The final file belongs to the writer, with mode 0600.
//! - a symbolic link at the target is replaced by the file, never followed, so a link planted
//!   in a shared directory cannot send the export elsewhere. The one exception is a link to
//!   this very process's standard output or error (`/dev/stdout`, `/dev/fd/1`): that stream
//!   is written.
//! - a named pipe (FIFO) or a terminal at the target is written directly (`-o /dev/tty`).
//! - a directory, a block device, a socket or another character device (`/dev/full`, a
//!   disk) is refused: a device is never replaced by a regular file.
//!
//! And the database directory is owner-only: [`restrict_database`] on every open that may
//! write, [`check_owner_only`] before a read that does not open it for writing.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{ErrorKind, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::lang::{Msg, msg};

/// Why a file could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The target is a special file that penata does not write into.
    Refused(Special),
    /// The system refused or failed.
    Io(std::io::Error),
}

/// A kind of special file at a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    Directory,
    BlockDevice,
    CharDevice,
    Socket,
}

impl WriteError {
    /// Why, worded by the layer that shows it (after "cannot write FILE:").
    pub fn msg(&self) -> Msg {
        match self {
            WriteError::Refused(Special::Directory) => msg!("store-write-directory"),
            WriteError::Refused(Special::BlockDevice) => msg!("store-write-block-device"),
            WriteError::Refused(Special::CharDevice) => msg!("store-write-char-device"),
            WriteError::Refused(Special::Socket) => msg!("store-write-socket"),
            WriteError::Io(e) => crate::lang::io_error(e),
        }
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// English, for logs; a planner reads `lang.say(&e.msg())`.
impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

impl std::error::Error for WriteError {}

/// Writes `bytes` to `path` by the rules of this module: whole or not at all, owner-only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut file = PrivateFile::create(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// A file being written by the rules of this module, for output that is streamed
/// (`penata generate`); nothing reaches a regular target before [`PrivateFile::commit`].
pub struct PrivateFile {
    target: PathBuf,
    sink: Sink,
}

enum Sink {
    /// A temporary file beside the target, renamed over it on commit.
    Temp(tempfile::NamedTempFile),
    /// A pipe, a terminal or this process's own output, written as it comes.
    Stream(File),
}

impl PrivateFile {
    /// Prepares to write `path`: a private temporary file beside it, or the stream it is.
    pub fn create(path: &Path) -> Result<PrivateFile, WriteError> {
        let sink = match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == ErrorKind::NotFound => Sink::Temp(temp_beside(path)?),
            Err(e) => return Err(e.into()),
            Ok(meta) if meta.is_file() => Sink::Temp(temp_beside(path)?),
            Ok(meta) if meta.file_type().is_symlink() => match own_output(path) {
                Some(out) => Sink::Stream(out),
                None => Sink::Temp(temp_beside(path)?),
            },
            Ok(meta) => Sink::Stream(open_stream(path, &meta)?),
        };
        Ok(PrivateFile {
            target: path.to_path_buf(),
            sink,
        })
    }

    /// Finishes: syncs the temporary file and renames it over the target (owner-only), or
    /// flushes the stream. Dropping a `PrivateFile` without committing leaves no file.
    pub fn commit(self) -> Result<(), WriteError> {
        match self.sink {
            Sink::Stream(mut f) => match f.flush() {
                Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
                other => Ok(other?),
            },
            Sink::Temp(mut temp) => {
                temp.flush()?;
                owner_only(temp.as_file(), 0o600)?;
                temp.as_file().sync_all()?;
                temp.persist(&self.target).map_err(|e| e.error)?;
                sync_parent(&self.target);
                Ok(())
            }
        }
    }
}

impl Write for PrivateFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.sink {
            Sink::Temp(t) => t.write(buf),
            // A reader that stops early (`-o /dev/stdout | head`) is not an error: the rest
            // is not wanted.
            Sink::Stream(f) => match f.write(buf) {
                Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(buf.len()),
                other => other,
            },
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Temp(t) => t.flush(),
            Sink::Stream(f) => f.flush(),
        }
    }
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A new temporary file in the target's directory: a random name, created exclusively
/// (`O_EXCL`: never an existing file or a planted link), mode 0600.
fn temp_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".penata-tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    builder.tempfile_in(parent_of(path))
}

/// The rename is durable once the directory is synced; a directory that cannot be opened
/// (some file systems) keeps the rename all the same.
fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(parent_of(path)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// This process's standard output or error, when `path` leads to it (`/dev/stdout`).
fn own_output(path: &Path) -> Option<File> {
    use std::os::fd::AsFd;
    let target = std::fs::metadata(path).ok()?;
    let handles = [
        std::io::stdout().as_fd().try_clone_to_owned(),
        std::io::stderr().as_fd().try_clone_to_owned(),
    ];
    handles
        .into_iter()
        .filter_map(Result::ok)
        .map(File::from)
        .find(|f| f.metadata().is_ok_and(|m| same_node(&m, &target)))
}

#[cfg(unix)]
fn same_node(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_node(_a: &Metadata, _b: &Metadata) -> bool {
    false
}

/// Opens a special file that is not a link for writing, if it is a pipe or a terminal.
fn open_stream(path: &Path, meta: &Metadata) -> Result<File, WriteError> {
    let kind = special_kind(meta);
    if let Some(refused) = kind.filter(|k| *k != Special::CharDevice) {
        return Err(WriteError::Refused(refused));
    }
    let file = OpenOptions::new().write(true).open(path)?;
    // The node may have been swapped between the look and the open: check what was opened.
    let opened = file.metadata()?;
    if !same_node(&opened, meta) && cfg!(unix) {
        return Err(WriteError::Refused(
            special_kind(&opened).unwrap_or(Special::CharDevice),
        ));
    }
    if kind == Some(Special::CharDevice) && !file.is_terminal() && !is_null(&opened) {
        return Err(WriteError::Refused(Special::CharDevice));
    }
    Ok(file)
}

/// What kind of special file this is; `None` for a FIFO (written) or a regular file.
#[cfg(unix)]
fn special_kind(meta: &Metadata) -> Option<Special> {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        Some(Special::Directory)
    } else if t.is_block_device() {
        Some(Special::BlockDevice)
    } else if t.is_char_device() {
        Some(Special::CharDevice)
    } else if t.is_socket() {
        Some(Special::Socket)
    } else {
        None
    }
}

#[cfg(not(unix))]
fn special_kind(meta: &Metadata) -> Option<Special> {
    meta.is_dir().then_some(Special::Directory)
}

/// The null device takes any output, as a script's `-o /dev/null` expects.
fn is_null(meta: &Metadata) -> bool {
    std::fs::metadata("/dev/null").is_ok_and(|null| same_node(&null, meta))
}

/// Sets an open file's mode (owner-only) whatever the umask.
fn owner_only(file: &File, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (file, mode);
    Ok(())
}

/// Creates a directory (and its parents) that only its owner may enter, and makes an
/// existing one owner-only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    set_mode(dir, 0o700)
}

fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let now = std::fs::metadata(path)?.permissions().mode() & 0o7777;
        if now != mode {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Makes a database directory owner-only: the directory 0700, every file penata or sled
/// keeps in it 0600 and their folders 0700, whatever the umask and whatever was there
/// before. Links are left alone (never followed); other entries are not penata's.
pub fn restrict_database(dir: &Path) -> std::io::Result<()> {
    if !std::fs::metadata(dir)?.is_dir() {
        // Not a directory: sled says so when it opens; its mode is not penata's to change.
        return Ok(());
    }
    set_mode(dir, 0o700)?;
    restrict_entries(dir, 0)
}

fn restrict_entries(dir: &Path, depth: usize) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if depth == 0 && !is_database_entry(&name.to_string_lossy()) {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            set_mode(&entry.path(), 0o700)?;
            if depth < 2 {
                restrict_entries(&entry.path(), depth + 1)?;
            }
        } else if kind.is_file() {
            set_mode(&entry.path(), 0o600)?;
        }
    }
    Ok(())
}

/// The names sled (`conf`, `db`, `snap.*`, `blobs/`) and penata (the baseline snapshot and
/// its temporary file) keep in a database directory.
fn is_database_entry(name: &str) -> bool {
    matches!(name, "conf" | "db" | "blobs")
        || name.starts_with("snap.")
        || name.starts_with(super::snapshot::FILE_NAME)
}

/// Whether others than the owner may enter or read the database directory: a read that
/// does not open the database for writing refuses such a directory (with what to do:
/// `chmod 700 DIR`) rather than tighten it or read it silently. A missing directory is fine.
pub fn check_owner_only(dir: &Path) -> Result<(), super::StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(dir)
            && meta.is_dir()
            && meta.permissions().mode() & 0o077 != 0
        {
            return Err(super::StoreError::Refused(msg!(
                "store-dir-not-private",
                dir = dir.display().to_string(),
                mode = format!("{:o}", meta.permissions().mode() & 0o777)
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
#[path = "files_tests.rs"]
mod tests;
