//! [`Change::Annotate`](crate::store::Change::Annotate): a note and/or a readiness on one
//! employee, written with its audit entry in one transaction.

use sled::Transactional;

use super::{SledStore, db_err, poisoned, tx_error};
use crate::domain::{Nip, Note, Readiness};
use crate::lang::msg;
use crate::store::StoreError;
use crate::store::audit::{Draft, append_audit, audit_tree};
use crate::store::codec;

impl SledStore {
    /// Adds `note` and sets `readiness` (`Some(None)` clears it) on one employee; the
    /// audit entry records the NIP, the readiness and the note's text.
    pub(super) fn annotate(
        &self,
        nip: &Nip,
        note: Option<&Note>,
        readiness: Option<Option<Readiness>>,
    ) -> Result<(), StoreError> {
        let _writer = self.writer.lock().map_err(poisoned)?;
        let live = self.live.read().map_err(poisoned)?;
        let not_found = || StoreError::Refused(msg!("store-no-employee", nip = nip.grouped()));
        let trees = live.as_ref().ok_or_else(not_found)?;
        let key = codec::employee_key(nip);
        let old = trees
            .employees
            .get(key)
            .map_err(db_err)?
            .ok_or_else(not_found)?;
        let mut e = codec::decode_employee(key, &old)?;
        let mut draft = Draft::new("note").with("nip", nip.as_str());
        if let Some(r) = readiness {
            e.readiness = r;
            draft = draft.with("readiness", r.map_or("belum", Readiness::code));
        }
        if let Some(n) = note {
            e.notes.push(n.clone());
            draft = draft.with("text", n.text.clone());
        }
        let (k, v) = codec::encode_employee(&e)?;
        if !self.overlay_open()? {
            return self.write_audited(&trees.employees, &k, &v, &draft);
        }
        // The snapshot stays: the employee goes into the overlay in the same transaction,
        // so a start stays fast after notes are written (see `SledStore::overlay`).
        let overlay = self.overlay()?;
        let audit = audit_tree(&self.db)?;
        (&trees.employees, &audit, &overlay)
            .transaction(|(employees, audit, overlay)| {
                employees.insert(&k[..], &v[..])?;
                append_audit(audit, &draft)?;
                overlay.insert(&k[..], &[][..])?;
                Ok(())
            })
            .map_err(tx_error)?;
        self.db.flush().map_err(db_err)?;
        Ok(())
    }

    /// Writes one baseline record and its audit entry in one transaction, durably: the
    /// startup snapshot is removed first (it no longer reflects the baseline), and the
    /// database is flushed before this returns. Annotations and feedback both end here.
    pub(super) fn write_audited(
        &self,
        tree: &sled::Tree,
        key: &[u8],
        value: &[u8],
        draft: &Draft,
    ) -> Result<(), StoreError> {
        self.invalidate_snapshot()?;
        let audit = audit_tree(&self.db)?;
        (tree, &audit)
            .transaction(|(tree, audit)| {
                tree.insert(key, value)?;
                append_audit(audit, draft)?;
                Ok(())
            })
            .map_err(tx_error)?;
        self.db.flush().map_err(db_err)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use crate::domain::{Nip, Note, Readiness};
    use crate::store::sled_store::SledStore;
    use crate::store::{Change, OrgStore, StoreError};

    #[test]
    fn note_and_readiness_are_stored_with_an_audit_entry() {
        let tmp = tempfile::tempdir().unwrap();
        let store = SledStore::open(tmp.path()).unwrap();
        let org = crate::domain::subtree::tests::org();
        let nip = org.employee(1).nip;
        store
            .apply(&Change::ReplaceOrganization { org, demo: false })
            .unwrap();
        let note = Note {
            at: datetime!(2026-11-23 09:00 +07:00),
            author: "ratna.bkpp".into(),
            text: "Bersedia dirotasi".into(),
        };
        store
            .apply(&Change::Annotate {
                nip,
                note: Some(note.clone()),
                readiness: Some(Some(Readiness::Siap)),
            })
            .unwrap();
        let e = store.employee(&nip).unwrap().unwrap();
        assert_eq!(e.notes, vec![note]);
        assert_eq!(e.readiness, Some(Readiness::Siap));
        let last = store.audit_log(None).unwrap().pop().unwrap();
        assert_eq!(last.action, "note");
        assert!(last.detail.contains(&("readiness".into(), "siap".into())));
        assert!(
            last.detail
                .contains(&("text".into(), "Bersedia dirotasi".into()))
        );

        // Readiness alone, cleared; the note stays.
        store
            .apply(&Change::Annotate {
                nip,
                note: None,
                readiness: Some(None),
            })
            .unwrap();
        drop(store);
        let store = SledStore::open(tmp.path()).unwrap();
        let e = store.employee(&nip).unwrap().unwrap();
        assert_eq!((e.readiness, e.notes.len()), (None, 1));

        let nobody = Nip::parse("199912312020121001").unwrap();
        let refused = store.apply(&Change::Annotate {
            nip: nobody,
            note: None,
            readiness: Some(None),
        });
        assert!(matches!(refused, Err(StoreError::Refused(_))));
    }

    /// Notes keep the start fast: the snapshot stays, and a load gives exactly the records
    /// (the overlay's employees read from sled), also after a restart; any other change to
    /// the baseline removes the snapshot and empties the overlay.
    #[test]
    fn annotations_keep_the_snapshot_and_load_the_records_over_it() {
        use crate::store::snapshot;
        let tmp = tempfile::tempdir().unwrap();
        let store = SledStore::open(tmp.path()).unwrap();
        let org = crate::domain::subtree::tests::org();
        let nips: Vec<Nip> = org.employees().iter().map(|e| e.nip).collect();
        store
            .apply(&Change::ReplaceOrganization { org, demo: false })
            .unwrap();
        let stamp = store.snapshot_stamp().unwrap();
        assert!(stamp.is_some());
        for (i, nip) in nips.iter().take(2).enumerate() {
            store
                .apply(&Change::Annotate {
                    nip: *nip,
                    note: Some(Note {
                        at: datetime!(2026-11-23 09:00 +07:00),
                        author: "ratna.bkpp".into(),
                        text: format!("catatan {i}"),
                    }),
                    readiness: Some(Some(Readiness::Ragu)),
                })
                .unwrap();
        }
        assert_eq!(
            store.snapshot_stamp().unwrap(),
            stamp,
            "the snapshot is kept"
        );
        assert_eq!(store.overlay().unwrap().len(), 2);
        // The file alone is older than the records; with the overlay it equals them.
        let file = snapshot::read(tmp.path()).unwrap();
        assert!(file.org.employee(0).notes.is_empty());
        let records = store.load_records().unwrap();
        assert_eq!(store.load_indexed().unwrap().0, records);
        drop(store);
        let store = SledStore::open(tmp.path()).unwrap();
        assert_eq!(store.load_indexed().unwrap().0, records);
        assert_eq!(store.load_without_writing().unwrap().0, records);
        let prefetched = snapshot::read(tmp.path());
        assert_eq!(store.load_prefetched(prefetched).unwrap().0, records);
        assert_eq!(
            records.employee(0).notes[0].text,
            "catatan 0",
            "the note is there"
        );

        // An upsert is not an annotation: snapshot and overlay go.
        let mut changed = records.employee(0).clone();
        changed.name = "Nama Baru".into();
        store
            .apply(&Change::UpsertEmployees(vec![changed]))
            .unwrap();
        assert!(store.snapshot_stamp().unwrap().is_none());
        assert!(!snapshot::path(tmp.path()).exists());
        assert!(store.overlay().unwrap().is_empty());
        let (reloaded, _) = store.load_indexed().unwrap();
        assert_eq!(reloaded.employee(0).name, "Nama Baru");
        // The load wrote a new snapshot, with an empty overlay.
        assert!(store.snapshot_stamp().unwrap().is_some());
        assert!(store.overlay().unwrap().is_empty());
    }
}
