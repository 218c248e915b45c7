//! A damaged finished page-table snapshot of sled's (`snap.*` in the database directory):
//! sled 0.34 refuses to open over it, though its log usually still holds every record. The
//! newest snapshot (the one sled reads) is set aside and sled opens from the log or an older
//! snapshot; if what opens is the whole database
//! (its schema is there), the damaged file is removed, otherwise it is put back and the
//! error names it and says what to do.

use std::path::{Path, PathBuf};

use sled::Db;

use super::{K_SCHEMA, META};
use crate::lang::msg;
use crate::store::StoreError;

/// What a set-aside snapshot is renamed to: sled reads every file named `snap.*`.
const ASIDE: &str = "damaged.";

/// Opens the database in `dir` without its damaged snapshot files, or says which file is
/// damaged when the log cannot stand in for it.
pub(super) fn without_damaged_snapshot(
    dir: &Path,
    config: fn(&Path) -> sled::Config,
) -> Result<Db, StoreError> {
    let damaged = |file: &Path| StoreError::Open {
        dir: dir.to_path_buf(),
        message: msg!(
            "store-sled-snapshot-damaged",
            file = file.display().to_string()
        ),
    };
    // sled reads its newest snapshot (the names are its log positions, zero-padded hex).
    let Some(newest) = finished_snapshots(dir).pop() else {
        return Err(StoreError::Open {
            dir: dir.to_path_buf(),
            message: msg!("store-sled-corrupt"),
        });
    };
    // Tried on a private copy first: opening from the log, sled may rewrite the log, and
    // the log is all that is left of the data.
    if !opens_whole_without(dir, &newest, config) {
        return Err(damaged(&newest));
    }
    let aside = aside(&newest);
    if std::fs::rename(&newest, &aside).is_err() {
        return Err(damaged(&newest));
    }
    match config(dir).open() {
        Ok(db) if is_whole(&db) => {
            let _ = std::fs::remove_file(&aside);
            Ok(db)
        }
        opened => {
            drop(opened);
            let _ = std::fs::rename(&aside, &newest);
            Err(damaged(&newest))
        }
    }
}

/// Whether a copy of the database in `dir` without the file `snapshot` opens whole.
fn opens_whole_without(dir: &Path, snapshot: &Path, config: fn(&Path) -> sled::Config) -> bool {
    let Ok(trial) = crate::store::scratch::Scratch::new() else {
        return false;
    };
    if super::reading::copy_database(dir, trial.path()).is_err() {
        return false;
    }
    if let Some(name) = snapshot.file_name() {
        let _ = std::fs::remove_file(trial.path().join(name));
    }
    config(trial.path()).open().is_ok_and(|db| is_whole(&db))
}

/// sled's finished snapshot files in `dir` (not the unfinished `*.generating` ones).
fn finished_snapshots(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("snap.") && !name.ends_with(".generating")
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

fn aside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{ASIDE}{name}"))
}

/// Whether sled opened the database penata wrote (its schema version is there), not an
/// empty one made from a log that no longer holds it.
fn is_whole(db: &Db) -> bool {
    let has_meta = db
        .tree_names()
        .iter()
        .any(|name| name.as_ref() == META.as_bytes());
    has_meta
        && db
            .open_tree(META)
            .is_ok_and(|meta| meta.get(K_SCHEMA).is_ok_and(|v| v.is_some()))
}
