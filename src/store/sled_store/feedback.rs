//! [`Change::AddFeedback`](crate::store::Change::AddFeedback): one entry of the public's
//! feedback added to a unit record, written with its audit entry in one transaction.

use super::{SledStore, db_err, poisoned};
use crate::domain::Feedback;
use crate::lang::msg;
use crate::store::audit::Draft;
use crate::store::codec::{self, UNITS};
use crate::store::{StoreError, as_is};

impl SledStore {
    /// Appends `feedback` to the unit `unit_id`; the audit entry records the unit, date,
    /// severity, source and text. A record the domain rules reject, or an unknown unit, is
    /// refused before anything is written.
    pub(super) fn add_feedback(
        &self,
        unit_id: &str,
        feedback: &Feedback,
    ) -> Result<(), StoreError> {
        feedback
            .check()
            .map_err(|e| StoreError::Refused(as_is(e.to_string())))?;
        let _writer = self.writer.lock().map_err(poisoned)?;
        let live = self.live.read().map_err(poisoned)?;
        let not_found = || StoreError::Refused(msg!("store-no-unit", id = unit_id));
        let trees = live.as_ref().ok_or_else(not_found)?;
        let key = unit_id.as_bytes();
        let old = trees
            .units
            .get(key)
            .map_err(db_err)?
            .ok_or_else(not_found)?;
        let (order, mut unit) = codec::decode_unit(key, &old)?;
        unit.feedback.push(feedback.clone());
        let (k, v) = codec::encode_unit(order, &unit)?;
        if k != key {
            return Err(StoreError::Corrupt {
                key: format!("{UNITS}/{unit_id}"),
                message: msg!("store-key-not-id"),
            });
        }
        let mut draft = Draft::new("feedback")
            .with("unit", unit_id)
            .with("date", feedback.date.to_string())
            .with("severity", feedback.severity.code());
        if let Some(source) = &feedback.source {
            draft = draft.with("source", source.clone());
        }
        draft = draft.with("text", feedback.text.clone());
        self.write_audited(&trees.units, &k, &v, &draft)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use crate::domain::{Feedback, Severity};
    use crate::store::sled_store::SledStore;
    use crate::store::{AuditVerdict, Change, OrgStore, StoreError};

    fn entry(text: &str) -> Feedback {
        Feedback {
            date: date!(2026 - 10 - 14),
            source: Some("SP4N-LAPOR!".into()),
            text: text.into(),
            severity: Severity::High,
            recorded_by: "ratna.bkpp".into(),
            recorded_at: datetime!(2026-10-15 09:12 +07:00),
        }
    }

    fn stored() -> (tempfile::TempDir, SledStore) {
        let tmp = tempfile::tempdir().unwrap();
        let store = SledStore::open(tmp.path()).unwrap();
        let org = crate::domain::subtree::tests::org();
        store
            .apply(&Change::ReplaceOrganization { org, demo: false })
            .unwrap();
        (tmp, store)
    }

    #[test]
    fn feedback_is_stored_with_the_unit_and_audited() {
        let (tmp, store) = stored();
        let f = entry("Antrean perekaman KTP-el sampai siang");
        store
            .apply(&Change::AddFeedback {
                unit_id: "a.b".into(),
                feedback: f.clone(),
            })
            .unwrap();
        let mut second = entry("Petugas ramah");
        second.source = None;
        second.severity = Severity::Low;
        store
            .apply(&Change::AddFeedback {
                unit_id: "a.b".into(),
                feedback: second.clone(),
            })
            .unwrap();
        let last = store.audit_log(None).unwrap().pop().unwrap();
        assert_eq!(last.action, "feedback");
        assert!(last.detail.contains(&("unit".into(), "a.b".into())));
        assert!(last.detail.contains(&("severity".into(), "low".into())));
        assert!(
            last.detail
                .contains(&("text".into(), "Petugas ramah".into()))
        );
        assert!(!last.detail.iter().any(|(k, _)| k == "source"));
        let before_last = &store.audit_log(None).unwrap()[1];
        assert!(
            before_last
                .detail
                .contains(&("source".into(), "SP4N-LAPOR!".into()))
        );
        assert!(matches!(
            store.verify_audit().unwrap(),
            AuditVerdict::Intact { entries: 3 }
        ));

        // Durable, with the unit's place in file order and its other fields kept.
        let before = store.load().unwrap();
        drop(store);
        let store = SledStore::open(tmp.path()).unwrap();
        let org = store.load().unwrap();
        assert_eq!(org, before);
        let ab = org.unit(org.unit_ix("a.b").unwrap());
        assert_eq!(ab.feedback, vec![f, second]);
        assert_eq!(ab.parent.as_deref(), Some("a"));
        assert_eq!(org.units()[1].id, "a.b");
        assert!(org.unit(org.unit_ix("a").unwrap()).feedback.is_empty());
        // Once more: this load comes from the startup snapshot written by the last one.
        drop(store);
        let store = SledStore::open(tmp.path()).unwrap();
        assert!(tmp.path().join("baseline.snapshot").exists());
        assert_eq!(store.load().unwrap(), org);
    }

    #[test]
    fn a_refused_change_writes_nothing() {
        let (_tmp, store) = stored();
        let org = store.load().unwrap();
        let log = store.audit_log(None).unwrap();
        let cases = [
            ("nowhere", entry("Antrean panjang")),
            ("a.b", entry("   ")),
            ("a.b", entry("baris\nkedua")),
            ("a.b", entry(&"x".repeat(1001))),
            (
                "a.b",
                Feedback {
                    recorded_by: String::new(),
                    ..entry("ok")
                },
            ),
        ];
        for (unit_id, feedback) in cases {
            let got = store.apply(&Change::AddFeedback {
                unit_id: unit_id.into(),
                feedback: feedback.clone(),
            });
            match got {
                Err(StoreError::Refused(msg)) => assert!(!msg.id.is_empty()),
                other => panic!("{unit_id} {feedback:?}: {other:?}"),
            }
        }
        assert_eq!(store.load().unwrap(), org);
        assert_eq!(store.audit_log(None).unwrap(), log);
    }

    #[test]
    fn an_empty_store_refuses_feedback() {
        let tmp = tempfile::tempdir().unwrap();
        let store = SledStore::open(tmp.path()).unwrap();
        let got = store.apply(&Change::AddFeedback {
            unit_id: "a".into(),
            feedback: entry("x"),
        });
        assert!(matches!(got, Err(StoreError::Refused(_))), "{got:?}");
        assert!(store.audit_log(None).unwrap().is_empty());
    }
}
