//! Opening a [`SledStore`]: preparing an owner-only directory, waiting briefly for a lock
//! being released, upgrading the schema step by step, and dropping what a crash left behind.

use std::io::ErrorKind;
use std::path::Path;
use std::sync::{Mutex, RwLock};

use sled::{Batch, Db, Tree};

use super::{
    CACHE_BYTES, K_GENERATION, K_SCHEMA, META, SledStore, Trees, db_err, drop_other_generations,
    is_blank, meta_corrupt, read_u32, read_u64, tree_name,
};
use crate::lang::{Msg, msg};
use crate::store::StoreError;
use crate::store::codec::{self, EMPLOYEES, FIRST_NIP_KEY, POSITIONS, SCHEMA_VERSION, UNITS};
use crate::store::files;

/// One schema upgrade step: from version `i + 1` to `i + 2` for `MIGRATIONS[i]`.
pub(super) type Step = fn(&Db) -> Result<(), StoreError>;

/// Upgrades in order: `MIGRATIONS[0]` takes version 1 to 2.
pub(super) const MIGRATIONS: &[Step] = &[units_with_feedback, records_with_siasn];

/// Version 1 to 2: unit records gain the public's feedback (none yet). Only the live
/// generation is rewritten (any other is dropped on open); one batch, so all or nothing.
fn units_with_feedback(db: &Db) -> Result<(), StoreError> {
    let meta = db.open_tree(META).map_err(db_err)?;
    let Some(id) = read_u64(&meta, K_GENERATION)? else {
        return Ok(());
    };
    let units = db.open_tree(tree_name(id, UNITS)).map_err(db_err)?;
    let mut batch = Batch::default();
    for kv in units.iter() {
        let (k, v) = kv.map_err(db_err)?;
        batch.insert(k.to_vec(), codec::upgrade_unit_v1(&k, &v)?);
    }
    units.apply_batch(batch).map_err(db_err)?;
    Ok(())
}

/// Version 2 to 3: units and positions gain their SIASN ids (and positions the jenjang),
/// employees a profile, all empty. Only the live generation is rewritten; one batch per
/// tree, each upgrade leaves a record already rewritten as it is, so a rerun after a
/// crash between the batches is safe. The employee count is not a record and is skipped.
fn records_with_siasn(db: &Db) -> Result<(), StoreError> {
    let meta = db.open_tree(META).map_err(db_err)?;
    let Some(id) = read_u64(&meta, K_GENERATION)? else {
        return Ok(());
    };
    type Upgrade = fn(&[u8], &[u8]) -> Result<Vec<u8>, StoreError>;
    let steps: [(&str, &[u8], Upgrade); 3] = [
        (UNITS, b"", codec::upgrade_unit_v2),
        (POSITIONS, b"", codec::upgrade_position_v2),
        (EMPLOYEES, FIRST_NIP_KEY, codec::upgrade_employee_v2),
    ];
    for (kind, first, upgrade) in steps {
        let tree = db.open_tree(tree_name(id, kind)).map_err(db_err)?;
        let mut batch = Batch::default();
        for kv in tree.range(first..) {
            let (k, v) = kv.map_err(db_err)?;
            batch.insert(k.to_vec(), upgrade(&k, &v)?);
        }
        tree.apply_batch(batch).map_err(db_err)?;
    }
    Ok(())
}

/// sled 0.34 reports a held lock as `Io(Other, "could not acquire lock on ...")`.
fn open_error(dir: &Path, e: sled::Error) -> StoreError {
    if let sled::Error::Io(io) = &e
        // i18n-exempt: sled's words, matched
        && (io.kind() == ErrorKind::WouldBlock || io.to_string().contains("could not acquire lock"))
    {
        return StoreError::Locked {
            dir: dir.to_path_buf(),
        };
    }
    StoreError::Open {
        dir: dir.to_path_buf(),
        message: super::sled_msg(&e),
    }
}

/// How long an open waits for a lock that is being released: sled's flusher thread of a
/// handle this process just dropped can hold the lock a moment longer.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(800);

/// Opens sled, retrying briefly while the directory's lock is held.
pub(super) fn open_db(dir: &Path) -> Result<Db, StoreError> {
    let start = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(5);
    let mut cleared = false;
    loop {
        let opened = sled_config(dir).open();
        match opened {
            // sled 0.34 takes an unfinished `snap.*.generating` file, left by a process
            // killed while sled wrote its own page-table snapshot, for its newest snapshot,
            // and refuses to open (upstream issues 1509, 1527). The file is never complete:
            // sled renames it when it is. The error comes after sled locked the database,
            // so no other process is using it: remove the partial file and open again
            // (sled then reads its previous snapshot, or the log from the start).
            Err(sled::Error::Corruption { at: None, .. }) if !cleared => {
                cleared = true;
                if remove_partial_snapshots(dir) == 0 {
                    // A damaged finished snapshot: sled's log may still hold everything.
                    drop(opened);
                    return super::recover::without_damaged_snapshot(dir, sled_config);
                }
            }
            Err(e) => match open_error(dir, e) {
                StoreError::Locked { .. } if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(std::time::Duration::from_millis(100));
                }
                other => return Err(other),
            },
            Ok(db) => return Ok(db),
        }
    }
}

/// sled's settings for the database in `dir`.
fn sled_config(dir: &Path) -> sled::Config {
    sled::Config::new().path(dir).cache_capacity(CACHE_BYTES)
}

/// Removes sled's unfinished snapshot files (`snap.*.generating`) in `dir` (sled reads every
/// file named `snap.*`, so they cannot merely be renamed); returns how many.
fn remove_partial_snapshots(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("snap.") && name.ends_with(".generating")
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// Creates the directory owner-only, or makes an existing one owner-only (0700) before sled
/// creates anything in it, so no other account can reach a file even for the moment it has
/// the umask's mode.
fn prepare_dir(dir: &Path) -> Result<(), StoreError> {
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(dir)
            .map_err(|source| StoreError::CreateDir {
                dir: dir.to_path_buf(),
                source,
            })?;
    }
    restrict(dir)
}

/// The directory 0700 and every database file in it 0600, whatever the umask and whatever
/// was there before (see [`files::restrict_database`]).
fn restrict(dir: &Path) -> Result<(), StoreError> {
    files::restrict_database(dir).map_err(|e| {
        StoreError::Refused(msg!(
            "store-cannot-restrict",
            dir = dir.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// Runs `steps` from version `from` up to `target`, recording each version reached, so an
/// interrupted upgrade resumes where it stopped.
pub(super) fn migrate(
    db: &Db,
    meta: &Tree,
    from: u32,
    steps: &[Step],
    target: u32,
) -> Result<(), StoreError> {
    let mut version = from;
    while version < target {
        let step = version
            .checked_sub(1)
            .and_then(|i| steps.get(i as usize))
            .ok_or_else(|| meta_corrupt(K_SCHEMA, msg!("store-no-upgrade")))?;
        step(db)?;
        version += 1;
        meta.insert(K_SCHEMA, &version.to_be_bytes())
            .map_err(db_err)?;
        db.flush().map_err(db_err)?;
    }
    Ok(())
}

impl SledStore {
    /// Opens (creating if needed) the database in `dir`, upgrading its schema and removing
    /// what a crash mid-import left behind.
    pub fn open(dir: &Path) -> Result<SledStore, StoreError> {
        prepare_dir(dir)?;
        let db = open_db(dir)?;
        // sled has just created (or found) its files with whatever mode: owner-only now.
        restrict(dir)?;
        let unknown = |message: Msg| StoreError::Open {
            dir: dir.to_path_buf(),
            message,
        };
        let fresh = is_blank(&db).map_err(db_err)?;
        let meta = db.open_tree(META).map_err(db_err)?;
        match read_u32(&meta, K_SCHEMA)? {
            Some(found) if found > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema {
                    dir: dir.to_path_buf(),
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Some(0) => return Err(unknown(msg!("store-schema-zero"))),
            Some(found) => migrate(&db, &meta, found, MIGRATIONS, SCHEMA_VERSION)?,
            None if fresh => {
                meta.insert(K_SCHEMA, &SCHEMA_VERSION.to_be_bytes())
                    .map_err(db_err)?;
                db.flush().map_err(db_err)?;
            }
            None => {
                return Err(unknown(msg!("store-no-schema")));
            }
        }
        let live = match read_u64(&meta, K_GENERATION)? {
            Some(id) => Some(Trees::open(&db, id)?),
            None => None,
        };
        drop_other_generations(&db, live.as_ref().map(|t| t.id))?;
        Ok(SledStore {
            dir: dir.to_path_buf(),
            db,
            meta,
            live: RwLock::new(live),
            writer: Mutex::new(()),
            scratch: None,
        })
    }
}
