//! Loading the baseline of a [`SledStore`]: from the snapshot file plus the overlay of
//! annotated employees when the snapshot is current, else from the records (and the
//! snapshot is rewritten for next time).

use sled::Tree;

use super::{K_SNAPSHOT, OVERLAY, OVERLAY_MAX, SledStore, db_err, poisoned, read_u64};
use crate::domain::Organization;
use crate::domain::search::SearchIndex;
use crate::store::{StoreError, codec, snapshot};

impl SledStore {
    /// Removes the snapshot and forgets its stamp, before a change to the baseline: the
    /// stamp's removal precedes the change in sled's log, so it is durable whenever the
    /// change is, and an old snapshot file that comes back is never taken as current.
    pub(in crate::store) fn invalidate_snapshot(&self) -> Result<(), StoreError> {
        snapshot::remove(&self.dir)?;
        self.meta.remove(K_SNAPSHOT).map_err(db_err)?;
        self.overlay()?.clear().map_err(db_err)?;
        Ok(())
    }

    /// The employees changed since the snapshot was written (by an annotation: a note or a
    /// readiness), whose records a load takes from sled instead of the snapshot. Each key is
    /// added in the same transaction as the change, so the snapshot plus these records is
    /// always the live baseline; it is emptied whenever the snapshot is removed or written.
    pub(in crate::store) fn overlay(&self) -> Result<Tree, StoreError> {
        self.db.open_tree(OVERLAY).map_err(db_err)
    }

    /// Whether an annotation may keep the snapshot and add its employee to the overlay: a
    /// snapshot is current and the overlay is still small (a load reads each entry from
    /// sled).
    pub(in crate::store) fn overlay_open(&self) -> Result<bool, StoreError> {
        Ok(self.snapshot_stamp()?.is_some() && self.overlay()?.len() < OVERLAY_MAX)
    }

    /// `s` with the overlay's records applied, if `s` reflects the live records (its stamp
    /// is the database's); `None` otherwise.
    pub(super) fn current(
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
    pub(super) fn write_snapshot(
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

    pub(super) fn load_and_snapshot(
        &self,
    ) -> Result<(Organization, Option<SearchIndex>), StoreError> {
        let _writer = self.writer.lock().map_err(poisoned)?;
        let org = self.load_records()?;
        if self.live.read().map_err(poisoned)?.is_none() {
            return Ok((org, None));
        }
        let index = SearchIndex::build(&org);
        let _ = self.write_snapshot(&org, self.meta_demo()?, &index);
        Ok((org, Some(index)))
    }
}
