//! [`SledStore`]: the organization in an embedded sled database, owner-only on disk.
//!
//! Layout. A `meta` tree holds `schema_version` (u32, big-endian), `generation` (u64,
//! big-endian: which set of record trees is live), `organization` (UTF-8), `demo` (one
//! byte) and the live generation's unit and position counts. The records of one
//! organization live in trees named by generation: `g{n}/competencies`, `g{n}/units`,
//! `g{n}/positions`, `g{n}/employees` (see [`codec`]; the employees tree also keeps its own
//! count, so [`OrgStore::info`] needs no scan). Names without a `g{n}/` prefix are free for
//! data that outlives a baseline replacement (plans, move history, the audit log).
//!
//! Atomic replacement without a huge in-memory transaction: a new organization is written
//! into the trees of a fresh generation in bounded batches and flushed; then one batch on
//! `meta` switches `generation` (with the name, demo flag and counts) and is flushed; then
//! the old generation's trees are dropped. A crash before the switch leaves the old
//! organization live and the new trees orphaned; [`SledStore::open`] drops trees of any
//! generation other than the live one. So after a kill at any moment the store holds the
//! old or the new organization, never a mix. Every [`OrgStore::apply`] flushes before
//! returning `Ok`.

use std::collections::HashSet;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock};

use sled::{Batch, Db, Transactional, Tree};

use super::audit::{AuditEntry, AuditVerdict, Draft, append_audit, audit_tree};
use super::codec::{
    self, COMPETENCIES, EMPLOYEE_COUNT_KEY, EMPLOYEES, FIRST_NIP_KEY, POSITIONS, SCHEMA_VERSION,
    UNITS,
};
use super::plans::{PlanChange, PlanSummary};
use super::snapshot;
use super::{Change, OrgStore, StoreError, StoreInfo, as_is};
use crate::domain::plan::{Move, Plan};
use crate::domain::search::SearchIndex;
use crate::domain::{Employee, Nip, Organization};
use crate::lang::{Msg, msg};

pub use super::location::resolve_data_dir;

const META: &str = "meta";
const K_SCHEMA: &[u8] = b"schema_version";
const K_GENERATION: &[u8] = b"generation";
const K_ORGANIZATION: &[u8] = b"organization";
const K_DEMO: &[u8] = b"demo";
/// The plan the app showed last (a view preference).
const K_ACTIVE_PLAN: &[u8] = b"ui/active_plan";
const K_UNITS: &[u8] = b"count/units";
const K_POSITIONS: &[u8] = b"count/positions";
/// The stamp of the baseline snapshot that reflects the live records (see [`snapshot`]).
const K_SNAPSHOT: &[u8] = b"snapshot_stamp";
/// The tree of employees whose records a load takes from sled over the snapshot's.
const OVERLAY: &str = "snapshot_overlay";
/// Annotations kept beside the snapshot before the next one removes it (a load then reads
/// the records and writes a new snapshot).
const OVERLAY_MAX: usize = 10_000;

/// Records per batch when writing a new generation: bounds memory during a 1M import.
const BATCH: usize = 20_000;
/// sled's page cache; its default (1 GiB) alone would exceed the memory budget at 1M.
const CACHE_BYTES: u64 = 256 * 1024 * 1024;

/// One schema upgrade step: from version `i + 1` to `i + 2` for `MIGRATIONS[i]`.
type Step = fn(&Db) -> Result<(), StoreError>;

/// Upgrades in order: `MIGRATIONS[0]` takes version 1 to 2.
const MIGRATIONS: &[Step] = &[units_with_feedback];

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

/// The record trees of one generation.
pub(super) struct Trees {
    id: u64,
    competencies: Tree,
    positions: Tree,
    pub(super) units: Tree,
    pub(super) employees: Tree,
}

impl Trees {
    fn open(db: &Db, id: u64) -> Result<Trees, StoreError> {
        let t = |kind: &str| db.open_tree(tree_name(id, kind)).map_err(db_err);
        Ok(Trees {
            id,
            competencies: t(COMPETENCIES)?,
            units: t(UNITS)?,
            positions: t(POSITIONS)?,
            employees: t(EMPLOYEES)?,
        })
    }
}

/// The organization in a sled database directory, held exclusively by this process.
pub struct SledStore {
    dir: PathBuf,
    pub(super) db: Db,
    meta: Tree,
    /// The live generation (`None` while nothing was ever stored). Readers share it; the
    /// switch to a new generation takes it exclusively, so no reader opens a dropped tree.
    pub(super) live: RwLock<Option<Trees>>,
    /// Serializes changes, so two writers never build the same generation.
    pub(super) writer: Mutex<()>,
}

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore").field("dir", &self.dir).finish()
    }
}

fn tree_name(generation: u64, kind: &str) -> String {
    format!("g{generation}/{kind}")
}

/// The generation a tree name belongs to, for names of the form `g{n}/...`.
fn generation_of(name: &[u8]) -> Option<u64> {
    let rest = name.strip_prefix(b"g")?;
    let slash = rest.iter().position(|&b| b == b'/')?;
    std::str::from_utf8(&rest[..slash]).ok()?.parse().ok()
}

pub(super) fn db_err(e: sled::Error) -> StoreError {
    StoreError::Db(as_is(e.to_string()))
}

pub(super) fn poisoned<T>(_: T) -> StoreError {
    StoreError::Db(msg!("store-panicked"))
}

fn tx_error(e: sled::transaction::TransactionError<StoreError>) -> StoreError {
    match e {
        sled::transaction::TransactionError::Abort(e) => e,
        sled::transaction::TransactionError::Storage(e) => db_err(e),
    }
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
        message: as_is(e.to_string()),
    }
}

/// How long an open waits for a lock that is being released: sled's flusher thread of a
/// handle this process just dropped can hold the lock a moment longer.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(800);

/// Opens sled, retrying briefly while the directory's lock is held.
fn open_db(dir: &Path) -> Result<Db, StoreError> {
    let start = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(5);
    let mut cleared = false;
    loop {
        let opened = sled::Config::new()
            .path(dir)
            .cache_capacity(CACHE_BYTES)
            .open();
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
                    return opened.map_err(|e| open_error(dir, e));
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

/// Creates the directory owner-only, and tightens an existing one that holds our database.
fn prepare_dir(dir: &Path) -> Result<(), StoreError> {
    let err = |source| StoreError::CreateDir {
        dir: dir.to_path_buf(),
        source,
    };
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).map_err(err)?;
        restrict(dir).map_err(err)
    } else if dir.is_dir() && (is_sled_dir(dir) || is_empty_dir(dir)) {
        restrict(dir).map_err(err)
    } else {
        Ok(())
    }
}

fn is_sled_dir(dir: &Path) -> bool {
    dir.join("conf").is_file() && dir.join("db").is_file()
}

fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

#[cfg(unix)]
fn restrict(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700 | 0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn restrict(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

fn read_u32(meta: &Tree, key: &[u8]) -> Result<Option<u32>, StoreError> {
    match meta.get(key).map_err(db_err)? {
        None => Ok(None),
        Some(v) => <[u8; 4]>::try_from(v.as_ref())
            .map(|b| Some(u32::from_be_bytes(b)))
            .map_err(|_| meta_corrupt(key, msg!("store-not-u32"))),
    }
}

fn read_u64(meta: &Tree, key: &[u8]) -> Result<Option<u64>, StoreError> {
    match meta.get(key).map_err(db_err)? {
        None => Ok(None),
        Some(v) => <[u8; 8]>::try_from(v.as_ref())
            .map(|b| Some(u64::from_be_bytes(b)))
            .map_err(|_| meta_corrupt(key, msg!("store-not-u64"))),
    }
}

fn meta_corrupt(key: &[u8], message: Msg) -> StoreError {
    StoreError::Corrupt {
        key: format!("{META}/{}", String::from_utf8_lossy(key)),
        message,
    }
}

/// Runs `steps` from version `from` up to `target`, recording each version reached, so an
/// interrupted upgrade resumes where it stopped.
fn migrate(db: &Db, meta: &Tree, from: u32, steps: &[Step], target: u32) -> Result<(), StoreError> {
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
        })
    }

    /// The directory this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn replace(&self, org: &Organization, demo: bool) -> Result<(), StoreError> {
        let _writer = self.writer.lock().map_err(poisoned)?;
        self.invalidate_snapshot()?;
        let old = self.live.read().map_err(poisoned)?.as_ref().map(|t| t.id);
        let id = old.map_or(1, |g| g + 1);
        // A failed earlier attempt may have left trees of this generation: start clean.
        drop_generation(&self.db, id)?;
        let trees = Trees::open(&self.db, id)?;
        write_all(
            &trees.competencies,
            org.competencies().iter().enumerate(),
            |(i, c)| codec::encode_competency(i as u32, c),
        )?;
        write_all(&trees.units, org.units().iter().enumerate(), |(i, u)| {
            codec::encode_unit(i as u32, u)
        })?;
        write_all(
            &trees.positions,
            org.positions().iter().enumerate(),
            |(i, p)| codec::encode_position(i as u32, p),
        )?;
        write_employees(&trees.employees, org.employees())?;
        let employees = org.employees().len() as u64;
        trees
            .employees
            .insert(EMPLOYEE_COUNT_KEY, &codec::encode_count(employees))
            .map_err(db_err)?;
        self.db.flush().map_err(db_err)?;

        // The commit point: one batch on one tree, then durable.
        let mut switch = Batch::default();
        switch.insert(K_GENERATION, &id.to_be_bytes());
        switch.insert(K_ORGANIZATION, org.name().as_bytes());
        switch.insert(K_DEMO, &[u8::from(demo)]);
        switch.insert(K_UNITS, &codec::encode_count(org.units().len() as u64));
        switch.insert(
            K_POSITIONS,
            &codec::encode_count(org.positions().len() as u64),
        );
        let draft = Draft::new("import")
            .with("organization", org.name())
            .with("demo", demo.to_string())
            .with("employees", employees.to_string());
        let audit = audit_tree(&self.db)?;
        (&self.meta, &audit)
            .transaction(|(meta, audit)| {
                meta.apply_batch(&switch)?;
                append_audit(audit, &draft)?;
                Ok(())
            })
            .map_err(tx_error)?;
        self.db.flush().map_err(db_err)?;

        *self.live.write().map_err(poisoned)? = Some(trees);
        if let Some(old) = old {
            drop_generation(&self.db, old)?;
            self.db.flush().map_err(db_err)?;
        }
        // The change is durable; the snapshot only speeds up the next start, and a failure
        // to write it leaves none (the next load reads the records and tries again).
        let _ = self.write_snapshot(org, demo, &SearchIndex::build(org));
        Ok(())
    }

    /// Removes the snapshot and forgets its stamp, before a change to the baseline: the
    /// stamp's removal precedes the change in sled's log, so it is durable whenever the
    /// change is, and an old snapshot file that comes back is never taken as current.
    pub(super) fn invalidate_snapshot(&self) -> Result<(), StoreError> {
        snapshot::remove(&self.dir)?;
        self.meta.remove(K_SNAPSHOT).map_err(db_err)?;
        self.overlay()?.clear().map_err(db_err)?;
        Ok(())
    }

    /// The employees changed since the snapshot was written (by an annotation: a note or a
    /// readiness), whose records a load takes from sled instead of the snapshot. Each key is
    /// added in the same transaction as the change, so the snapshot plus these records is
    /// always the live baseline; it is emptied whenever the snapshot is removed or written.
    pub(super) fn overlay(&self) -> Result<Tree, StoreError> {
        self.db.open_tree(OVERLAY).map_err(db_err)
    }

    /// Whether an annotation may keep the snapshot and add its employee to the overlay: a
    /// snapshot is current and the overlay is still small (a load reads each entry from
    /// sled).
    pub(super) fn overlay_open(&self) -> Result<bool, StoreError> {
        Ok(self.snapshot_stamp()?.is_some() && self.overlay()?.len() < OVERLAY_MAX)
    }

    /// `s` with the overlay's records applied, if `s` reflects the live records (its stamp
    /// is the database's); `None` otherwise.
    fn current(
        &self,
        s: snapshot::Snapshot,
    ) -> Result<Option<(Organization, SearchIndex)>, StoreError> {
        if Some(s.stamp) != self.snapshot_stamp()? {
            return Ok(None);
        }
        let mut org = s.org;
        let overlay = self.overlay()?;
        if !overlay.is_empty() {
            let live = self.live.read().map_err(poisoned)?;
            let Some(trees) = live.as_ref() else {
                return Ok(None);
            };
            for key in overlay.iter().keys() {
                let key = key.map_err(db_err)?;
                let Some(value) = trees.employees.get(&key).map_err(db_err)? else {
                    return Ok(None);
                };
                let record = codec::decode_employee(&key, &value)?;
                // An annotation changes neither the name nor the seat, so the search
                // index and the holders stay as the snapshot has them.
                let Some(ix) = org.employee_ix(&record.nip) else {
                    return Ok(None);
                };
                org.replace_employee(ix, record);
            }
        }
        Ok(Some((org, s.index)))
    }

    /// The stamp of the snapshot that reflects the live records, if one was written.
    pub fn snapshot_stamp(&self) -> Result<Option<u64>, StoreError> {
        read_u64(&self.meta, K_SNAPSHOT)
    }

    /// Records a new stamp, then writes the snapshot with it. Call with the writer lock held
    /// and `org` equal to the live records.
    fn write_snapshot(
        &self,
        org: &Organization,
        demo: bool,
        index: &SearchIndex,
    ) -> Result<(), StoreError> {
        let stamp = fastrand::u64(1..);
        self.overlay()?.clear().map_err(db_err)?;
        self.meta
            .insert(K_SNAPSHOT, &stamp.to_be_bytes())
            .map_err(db_err)?;
        self.meta.flush().map_err(db_err)?;
        snapshot::write(&self.dir, stamp, demo, org, index)
    }

    /// The baseline and its search index: from the snapshot when it reflects the live
    /// records, else from the records (and then the snapshot is rewritten for next time).
    pub fn load_indexed(&self) -> Result<(Organization, Option<SearchIndex>), StoreError> {
        if let Some(s) = snapshot::read(&self.dir)
            && let Some((org, index)) = self.current(s)?
        {
            return Ok((org, Some(index)));
        }
        self.load_and_snapshot()
    }

    /// The baseline for presenting: from the snapshot if it is current, else from the
    /// records, and never writing anything (no snapshot is rewritten).
    pub fn load_without_writing(&self) -> Result<(Organization, Option<SearchIndex>), StoreError> {
        if let Some(s) = snapshot::read(&self.dir)
            && let Some((org, index)) = self.current(s)?
        {
            return Ok((org, Some(index)));
        }
        Ok((self.load_records()?, None))
    }

    /// Uses a snapshot read while the database was opening if it reflects the live records;
    /// otherwise loads as [`SledStore::load_indexed`] does.
    pub fn load_prefetched(
        &self,
        prefetched: Option<snapshot::Snapshot>,
    ) -> Result<(Organization, Option<SearchIndex>), StoreError> {
        match prefetched {
            Some(s) => match self.current(s)? {
                Some((org, index)) => Ok((org, Some(index))),
                None => self.load_and_snapshot(),
            },
            // None yet when reading began (a first start writes the demo's meanwhile).
            None => self.load_indexed(),
        }
    }

    fn load_and_snapshot(&self) -> Result<(Organization, Option<SearchIndex>), StoreError> {
        let _writer = self.writer.lock().map_err(poisoned)?;
        let org = self.load_records()?;
        if self.live.read().map_err(poisoned)?.is_none() {
            return Ok((org, None));
        }
        let index = SearchIndex::build(&org);
        let _ = self.write_snapshot(&org, self.meta_demo()?, &index);
        Ok((org, Some(index)))
    }

    /// Every record of the live generation, decoded.
    fn load_records(&self) -> Result<Organization, StoreError> {
        let live = self.live.read().map_err(poisoned)?;
        let Some(trees) = live.as_ref() else {
            return Ok(Organization::default());
        };
        let competencies = in_file_order(&trees.competencies, codec::decode_competency)?;
        let units = in_file_order(&trees.units, codec::decode_unit)?;
        let positions = in_file_order(&trees.positions, codec::decode_position)?;
        let employees = read_employees(&trees.employees)?;
        Ok(Organization::from_parts(
            self.meta_text(K_ORGANIZATION)?,
            competencies,
            units,
            positions,
            employees,
        ))
    }

    fn upsert(&self, employees: &[Employee]) -> Result<(), StoreError> {
        let _writer = self.writer.lock().map_err(poisoned)?;
        self.invalidate_snapshot()?;
        if self.live.read().map_err(poisoned)?.is_none() {
            // Nothing stored yet: an empty generation 1 is the same as an empty database.
            let trees = Trees::open(&self.db, 1)?;
            let mut first = Batch::default();
            first.insert(K_GENERATION, &1u64.to_be_bytes());
            first.insert(K_ORGANIZATION, b"");
            first.insert(K_DEMO, &[0]);
            first.insert(K_UNITS, &codec::encode_count(0));
            first.insert(K_POSITIONS, &codec::encode_count(0));
            self.meta.apply_batch(first).map_err(db_err)?;
            *self.live.write().map_err(poisoned)? = Some(trees);
        }
        let live = self.live.read().map_err(poisoned)?;
        let trees = live
            .as_ref()
            .ok_or_else(|| StoreError::Db(msg!("store-no-live-generation")))?;
        let mut batch = Batch::default();
        let mut added = HashSet::new();
        for e in employees {
            let (k, v) = codec::encode_employee(e)?;
            if !trees.employees.contains_key(&k).map_err(db_err)? {
                added.insert(e.nip);
            }
            batch.insert(k, v);
        }
        let count = employee_count(&trees.employees)? + added.len() as u64;
        batch.insert(EMPLOYEE_COUNT_KEY, &codec::encode_count(count));
        // One transaction: all of the rows, the count and the audit entry, or none.
        let draft = Draft::new("import_employees")
            .with("employees", employees.len().to_string())
            .with("added", added.len().to_string());
        let audit = audit_tree(&self.db)?;
        (&trees.employees, &audit)
            .transaction(|(tree, audit)| {
                tree.apply_batch(&batch)?;
                append_audit(audit, &draft)?;
                Ok(())
            })
            .map_err(tx_error)?;
        self.db.flush().map_err(db_err)?;
        Ok(())
    }

    fn meta_text(&self, key: &[u8]) -> Result<String, StoreError> {
        match self.meta.get(key).map_err(db_err)? {
            None => Ok(String::new()),
            Some(v) => {
                String::from_utf8(v.to_vec()).map_err(|_| meta_corrupt(key, msg!("store-not-utf8")))
            }
        }
    }

    /// A count kept in `meta` (written with the generation switch), or a scan without one.
    fn count(&self, key: &[u8], tree: &Tree) -> Result<u64, StoreError> {
        match self.meta.get(key).map_err(db_err)? {
            Some(v) => codec::decode_count(META, key, &v),
            None => Ok(tree.len() as u64),
        }
    }

    fn meta_demo(&self) -> Result<bool, StoreError> {
        Ok(self
            .meta
            .get(K_DEMO)
            .map_err(db_err)?
            .is_some_and(|v| v.as_ref() == [1]))
    }
}

/// The employee count kept beside the records (see [`EMPLOYEE_COUNT_KEY`]).
fn employee_count(employees: &Tree) -> Result<u64, StoreError> {
    match employees.get(EMPLOYEE_COUNT_KEY).map_err(db_err)? {
        Some(v) => codec::decode_count(EMPLOYEES, EMPLOYEE_COUNT_KEY, &v),
        None => Ok(employees.range(FIRST_NIP_KEY..).count() as u64),
    }
}

/// Whether the database holds nothing at all (a directory sled just created).
fn is_blank(db: &Db) -> sled::Result<bool> {
    if !db.is_empty() {
        return Ok(false);
    }
    let default = db.name();
    for name in db.tree_names() {
        if name == default {
            continue;
        }
        if !db.open_tree(&name)?.is_empty() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn drop_generation(db: &Db, id: u64) -> Result<(), StoreError> {
    for kind in [COMPETENCIES, UNITS, POSITIONS, EMPLOYEES] {
        db.drop_tree(tree_name(id, kind)).map_err(db_err)?;
    }
    Ok(())
}

/// Drops every generation's trees except the live one (left by a crash mid-import).
fn drop_other_generations(db: &Db, live: Option<u64>) -> Result<(), StoreError> {
    let mut dropped = false;
    for name in db.tree_names() {
        if let Some(g) = generation_of(&name)
            && Some(g) != live
        {
            db.drop_tree(&name).map_err(db_err)?;
            dropped = true;
        }
    }
    if dropped {
        db.flush().map_err(db_err)?;
    }
    Ok(())
}

/// Writes records into a tree in bounded batches (atomicity comes from the generation switch).
fn write_all<T>(
    tree: &Tree,
    items: impl Iterator<Item = T>,
    encode: impl Fn(T) -> Result<(Vec<u8>, Vec<u8>), StoreError>,
) -> Result<(), StoreError> {
    let mut batch = Batch::default();
    let mut n = 0usize;
    for item in items {
        let (k, v) = encode(item)?;
        batch.insert(k, v);
        n += 1;
        if n == BATCH {
            tree.apply_batch(std::mem::take(&mut batch))
                .map_err(db_err)?;
            n = 0;
        }
    }
    if n > 0 {
        tree.apply_batch(batch).map_err(db_err)?;
    }
    Ok(())
}

/// A codec decoder for records that carry their file position.
type DecodeOrdered<T> = fn(&[u8], &[u8]) -> Result<(u32, T), StoreError>;

/// Writes employees from two threads on disjoint halves: sled is concurrent, encoding and
/// tree descent dominate an import, and the reference machine has two cores.
fn write_employees(tree: &Tree, employees: &[Employee]) -> Result<(), StoreError> {
    let (a, b) = employees.split_at(employees.len() / 2);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| write_all(tree, b.iter(), codec::encode_employee));
        let mine = write_all(tree, a.iter(), codec::encode_employee);
        let other = other
            .join()
            .unwrap_or_else(|_| Err(StoreError::Db(msg!("store-import-thread-panicked"))));
        mine.and(other)
    })
}

/// Reads every employee in NIP order: the raw records are gathered in one scan (cheap
/// handles into sled's pages), then decoded on two threads, one half each.
fn read_employees(tree: &Tree) -> Result<Vec<Employee>, StoreError> {
    let raw = tree
        .range(FIRST_NIP_KEY..)
        .collect::<Result<Vec<_>, _>>()
        .map_err(db_err)?;
    let decode = |part: &[(sled::IVec, sled::IVec)]| {
        part.iter()
            .map(|(k, v)| codec::decode_employee(k, v))
            .collect::<Result<Vec<_>, _>>()
    };
    let (a, b) = raw.split_at(raw.len() / 2);
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| decode(b));
        let mine = decode(a);
        let other = other
            .join()
            .unwrap_or_else(|_| Err(StoreError::Db(msg!("store-decode-thread-panicked"))));
        (mine, other)
    });
    let mut first = first?;
    first.extend(second?);
    Ok(first)
}

/// Decodes a tree of records that carry their file order, and returns them in that order.
fn in_file_order<T>(tree: &Tree, decode: DecodeOrdered<T>) -> Result<Vec<T>, StoreError> {
    let mut rows = tree
        .iter()
        .map(|kv| {
            let (k, v) = kv.map_err(db_err)?;
            decode(&k, &v)
        })
        .collect::<Result<Vec<_>, _>>()?;
    rows.sort_by_key(|(order, _)| *order);
    Ok(rows.into_iter().map(|(_, r)| r).collect())
}

impl OrgStore for SledStore {
    fn load(&self) -> Result<Organization, StoreError> {
        Ok(self.load_indexed()?.0)
    }

    fn apply(&self, change: &Change) -> Result<(), StoreError> {
        match change {
            Change::ReplaceOrganization { org, demo } => self.replace(org, *demo),
            Change::UpsertEmployees(employees) => self.upsert(employees),
            Change::Annotate {
                nip,
                note,
                readiness,
            } => self.annotate(nip, note.as_ref(), *readiness),
            Change::AddFeedback { unit_id, feedback } => self.add_feedback(unit_id, feedback),
        }
    }

    fn employee(&self, nip: &Nip) -> Result<Option<Employee>, StoreError> {
        let live = self.live.read().map_err(poisoned)?;
        let Some(trees) = live.as_ref() else {
            return Ok(None);
        };
        let key = codec::employee_key(nip);
        match trees.employees.get(key).map_err(db_err)? {
            None => Ok(None),
            Some(v) => codec::decode_employee(key, &v).map(Some),
        }
    }

    fn info(&self) -> Result<StoreInfo, StoreError> {
        let live = self.live.read().map_err(poisoned)?;
        let Some(trees) = live.as_ref() else {
            return Ok(StoreInfo::default());
        };
        Ok(StoreInfo {
            organization: self.meta_text(K_ORGANIZATION)?,
            demo: self.meta_demo()?,
            units: self.count(K_UNITS, &trees.units)?,
            positions: self.count(K_POSITIONS, &trees.positions)?,
            employees: employee_count(&trees.employees)?,
        })
    }

    fn plans(&self) -> Result<Vec<PlanSummary>, StoreError> {
        self.list_plans()
    }

    fn plan(&self, name: &str) -> Result<Option<Plan>, StoreError> {
        self.load_plan(name)
    }

    fn change_plan(&self, change: &PlanChange) -> Result<Option<Move>, StoreError> {
        self.apply_plan_change(change)
    }

    fn audit_log(&self, plan: Option<&str>) -> Result<Vec<AuditEntry>, StoreError> {
        self.audit_entries(plan)
    }

    fn verify_audit(&self) -> Result<AuditVerdict, StoreError> {
        self.verify_audit_chain()
    }

    fn active_plan(&self) -> Result<Option<String>, StoreError> {
        match self.meta.get(K_ACTIVE_PLAN).map_err(db_err)? {
            Some(v) => String::from_utf8(v.to_vec())
                .map(Some)
                .map_err(|_| meta_corrupt(K_ACTIVE_PLAN, msg!("store-not-utf8"))),
            None => Ok(None),
        }
    }

    fn remember_active_plan(&self, name: Option<&str>) -> Result<(), StoreError> {
        match name {
            Some(n) => self.meta.insert(K_ACTIVE_PLAN, n.as_bytes()).map(|_| ()),
            None => self.meta.remove(K_ACTIVE_PLAN).map(|_| ()),
        }
        .map_err(db_err)?;
        self.meta.flush().map_err(db_err)?;
        Ok(())
    }
}

mod annotate;
mod feedback;
#[cfg(test)]
mod tests;
