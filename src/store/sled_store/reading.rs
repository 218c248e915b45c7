//! Opening a database for a command that only reads: it never creates, migrates or fills
//! one. sled 0.34 has no read-only mode (every open replays its log and writes a page-table
//! snapshot), so where nothing may be written (`--read-only`, a read-only disk, a schema
//! that would need an upgrade) the store opens a private copy of sled's files instead, in a
//! temporary directory, and the database directory is only read.

use std::path::Path;
use std::sync::{Mutex, RwLock};

use super::{K_GENERATION, K_SCHEMA, META, SledStore, Trees, db_err, read_u32, read_u64};
use crate::lang::msg;
use crate::store::StoreError;
use crate::store::codec::SCHEMA_VERSION;
use crate::store::scratch::Scratch;
use crate::store::snapshot;

/// Whether `dir` holds a sled database (its two files).
pub fn is_database(dir: &Path) -> bool {
    dir.join("conf").is_file() && dir.join("db").is_file()
}

impl SledStore {
    /// Opens the existing database in `dir` for reading. `private` (the `--read-only`
    /// flag) reads a copy, so not a byte of `dir` is written; otherwise the database is
    /// opened in place (sled's own housekeeping and the baseline snapshot may be written),
    /// and a copy is read only when the disk refuses writing or the schema is older.
    /// A missing or empty database is [`StoreError::NoDatabase`].
    pub fn open_reading(dir: &Path, private: bool) -> Result<SledStore, StoreError> {
        if !is_database(dir) {
            return Err(StoreError::NoDatabase {
                dir: dir.to_path_buf(),
            });
        }
        if !private {
            match SledStore::open_in_place(dir) {
                Ok(Some(store)) => return Ok(store),
                // An older schema: upgrading it would be a write.
                Ok(None) => {}
                Err(StoreError::Open { message, .. })
                    if matches!(message.id, "io-permission-denied" | "io-read-only-fs") => {}
                Err(e) => return Err(e),
            }
        }
        SledStore::open_copy(dir)
    }

    /// An empty store in a temporary directory, for an import's dry run on a directory
    /// that holds no database yet (the dry run must not create one).
    pub fn scratch() -> Result<SledStore, StoreError> {
        let scratch = Scratch::new().map_err(|e| StoreError::Db(crate::lang::io_error(&e)))?;
        let mut store = SledStore::open(scratch.path())?;
        store.scratch = Some(scratch);
        Ok(store)
    }

    /// Whether this store reads a private copy (nothing it does reaches the database).
    pub fn is_copy(&self) -> bool {
        self.scratch.is_some()
    }

    /// The database opened where it is, without creating, upgrading or clearing anything;
    /// `None` when its schema is older than this penata's.
    fn open_in_place(dir: &Path) -> Result<Option<SledStore>, StoreError> {
        let db = super::open::open_db(dir)?;
        let no_database = || StoreError::NoDatabase {
            dir: dir.to_path_buf(),
        };
        if !db
            .tree_names()
            .iter()
            .any(|n| n.as_ref() == META.as_bytes())
        {
            return Err(no_database());
        }
        let meta = db.open_tree(META).map_err(db_err)?;
        match read_u32(&meta, K_SCHEMA)? {
            Some(found) if found > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema {
                    dir: dir.to_path_buf(),
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Some(found) if found == SCHEMA_VERSION => {}
            Some(0) | None => {
                return Err(StoreError::Open {
                    dir: dir.to_path_buf(),
                    message: msg!("store-no-schema"),
                });
            }
            Some(_) => return Ok(None),
        }
        let Some(id) = read_u64(&meta, K_GENERATION)? else {
            return Err(no_database());
        };
        let live = Trees::open(&db, id)?;
        Ok(Some(SledStore {
            dir: dir.to_path_buf(),
            db,
            meta,
            live: RwLock::new(Some(live)),
            writer: Mutex::new(()),
            scratch: None,
        }))
    }

    /// Opens a private copy of the database's files (and reads the baseline snapshot where
    /// it is), upgrading the copy's schema if needed.
    fn open_copy(dir: &Path) -> Result<SledStore, StoreError> {
        let cannot = |e: std::io::Error| StoreError::Open {
            dir: dir.to_path_buf(),
            message: crate::lang::io_error(&e),
        };
        let scratch = Scratch::new().map_err(|e| StoreError::Db(crate::lang::io_error(&e)))?;
        copy_database(dir, scratch.path()).map_err(cannot)?;
        let mut store = SledStore::open(scratch.path())?;
        store.scratch = Some(scratch);
        if store.live.read().map_err(super::poisoned)?.is_none() {
            return Err(StoreError::NoDatabase {
                dir: dir.to_path_buf(),
            });
        }
        Ok(store)
    }
}

/// Copies sled's files (`conf`, `db`, its snapshots and blobs) from `from` into `to`, and
/// makes the baseline snapshot readable there without copying it (a link on Unix).
pub(super) fn copy_database(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        let text = name.to_string_lossy();
        let kind = entry.file_type()?;
        if kind.is_file() && (text == "conf" || text == "db" || text.starts_with("snap.")) {
            std::fs::copy(entry.path(), to.join(&name))?;
        } else if kind.is_dir() && text == "blobs" {
            let blobs = to.join(&name);
            std::fs::create_dir(&blobs)?;
            for blob in std::fs::read_dir(entry.path())? {
                let blob = blob?;
                if blob.file_type()?.is_file() {
                    std::fs::copy(blob.path(), blobs.join(blob.file_name()))?;
                }
            }
        }
    }
    let baseline = snapshot::path(from);
    if baseline.is_file() {
        let target = snapshot::path(to);
        #[cfg(unix)]
        let linked = std::os::unix::fs::symlink(std::path::absolute(&baseline)?, &target);
        #[cfg(not(unix))]
        let linked = std::fs::copy(&baseline, &target).map(|_| ());
        linked?;
    }
    Ok(())
}
