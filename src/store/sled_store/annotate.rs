//! [`Change::Annotate`](crate::store::Change::Annotate): a note and/or a readiness on one
//! employee, written with its audit entry in one transaction.

use sled::Transactional;

use super::{SledStore, db_err, poisoned, tx_error};
use crate::domain::{Nip, Note, Readiness};
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
        let not_found = || StoreError::Refused(crate::store::text::no_employee(nip.grouped()));
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
        self.write_audited(&trees.employees, &k, &v, &draft)
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
}
