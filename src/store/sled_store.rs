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
use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock};

use sled::{Batch, Db, Transactional, Tree};

use super::audit::{AuditEntry, AuditVerdict, Draft, append_audit, audit_tree};
use super::codec::{
    self, COMPETENCIES, EMPLOYEE_COUNT_KEY, EMPLOYEES, FIRST_NIP_KEY, POSITIONS, UNITS,
};
use super::plans::{PlanChange, PlanSummary};
use super::{Change, OrgStore, StoreError, StoreInfo, as_is};
use crate::domain::plan::{Move, Plan};
use crate::domain::search::SearchIndex;
use crate::domain::{Employee, Nip, Organization};
use crate::lang::{Msg, msg};

pub use super::location::resolve_data_dir;
pub use reading::is_database;

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
    /// The private copy this store reads, when it was opened for reading only (see
    /// [`SledStore::open_reading`]); removed when the store is dropped, after the database.
    pub(super) scratch: Option<crate::store::scratch::Scratch>,
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
    StoreError::Db(sled_msg(&e))
}

/// sled's failure in the planner's words: its I/O error translated (no Debug form, no OS
/// suffix), a corruption said plainly (sled's own text names a file offset and a
/// backtrace).
pub(super) fn sled_msg(e: &sled::Error) -> Msg {
    match e {
        sled::Error::Io(io) => crate::lang::io_error(io),
        sled::Error::Corruption { .. } => msg!("store-sled-corrupt"),
        other => as_is(other.to_string()),
    }
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

impl SledStore {
    /// The directory this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn replace(&self, org: &Organization, demo: bool) -> Result<(), StoreError> {
        let draft = Draft::new("import")
            .with("organization", org.name())
            .with("demo", demo.to_string())
            .with("employees", org.employees().len().to_string());
        self.replace_audited(org, demo, draft)
    }

    /// Writes a whole organization as a new generation, switched to in one durable step
    /// together with its audit entry.
    fn replace_audited(
        &self,
        org: &Organization,
        demo: bool,
        draft: Draft,
    ) -> Result<(), StoreError> {
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
            Change::Refresh { org, detail } => {
                let mut draft = Draft::new("refresh").with("organization", org.name());
                for (k, v) in detail {
                    draft = draft.with(k, v.clone());
                }
                self.replace_audited(org, false, draft)
            }
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
mod loading;
mod open;
#[cfg(test)]
mod open_tests;
mod reading;
mod recover;
#[cfg(test)]
mod siasn_tests;
#[cfg(test)]
mod tests;
