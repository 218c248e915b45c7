//! Audit log tests on temporary directories: the chain (intact, edited, removed entries, a
//! cut tail) and the entries that plan changes and baseline changes append.

use super::*;
use crate::store::plans::tests::{create, demo_store, make_moves};
use crate::store::{Change, OrgStore};

#[test]
fn audit_chain_verifies_and_detects_tampering() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    create(&store, "P");
    make_moves(&store, &org, "P", 3);
    let log = store.audit_log(None).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, vec!["import", "plan_new", "move", "move", "move"]);
    assert_eq!(log[2].plan.as_ref().map(|p| p.1.as_str()), Some("P"));
    assert!(
        log[2]
            .detail
            .iter()
            .any(|(k, v)| k == "reason" && v == "rotasi")
    );
    assert!(!log[0].user.is_empty());
    assert_eq!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: 5 }
    );

    let audit = store.db.open_tree(AUDIT).unwrap();
    let key = 3u64.to_be_bytes();
    let original = audit.get(key).unwrap().unwrap();
    // Edit one byte of entry 3's content.
    let mut edited = original.to_vec();
    let last = edited.len() - 1;
    edited[last] ^= 1;
    audit.insert(key, edited).unwrap();
    match store.verify_audit().unwrap() {
        AuditVerdict::Broken { seq, reason } => {
            assert_eq!(seq, 3);
            let reason = crate::lang::Lang::Id.say(&reason);
            assert!(reason.contains("telah diubah"), "{reason}");
        }
        v => panic!("not detected: {v:?}"),
    }
    // Remove it instead.
    audit.remove(key).unwrap();
    assert!(matches!(
        store.verify_audit().unwrap(),
        AuditVerdict::Broken { seq: 3, .. }
    ));
    audit.insert(key, original).unwrap();
    assert_eq!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: 5 }
    );
    // Cut the tail: the head record still names entry 5.
    audit.remove(5u64.to_be_bytes()).unwrap();
    assert!(matches!(
        store.verify_audit().unwrap(),
        AuditVerdict::Broken { seq: 5, .. }
    ));
}

#[test]
fn employee_upsert_is_audited() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    let e = org.employee(0).clone();
    store.apply(&Change::UpsertEmployees(vec![e])).unwrap();
    let log = store.audit_log(None).unwrap();
    assert_eq!(
        log.last().map(|e| e.action.as_str()),
        Some("import_employees")
    );
    assert!(matches!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: 2 }
    ));
}
