//! The replay on a real store: a clean history matches, and each kind of tampering with the
//! data (or the log) is named.

use super::*;
use crate::domain::plan::{Decision, Move, Review};
use crate::domain::{Note, Readiness};
use crate::store::sled_store::SledStore;
use crate::store::{Change, OrgStore, PlanChange};

struct Data {
    entries: Vec<AuditEntry>,
    plans: Vec<Plan>,
    org: Organization,
    info: StoreInfo,
}

impl Data {
    fn replay(&self) -> Vec<String> {
        replay(&self.entries, &self.plans, &self.org, &self.info)
            .iter()
            .map(|m| crate::lang::Lang::En.say(m))
            .collect()
    }
}

/// An organization, a plan "P" with a move (with a reason) decided setuju, a note with a
/// readiness.
fn history() -> Data {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    let org = crate::domain::subtree::tests::org();
    store
        .apply(&Change::ReplaceOrganization {
            org: org.clone(),
            demo: false,
        })
        .unwrap();
    let now = crate::env::now();
    let person = org.employees()[0].clone();
    let to = org
        .positions()
        .iter()
        .map(|p| p.id.clone())
        .find(|id| Some(id) != person.position.as_ref())
        .unwrap();
    store
        .change_plan(&PlanChange::Create {
            name: "P".into(),
            by: "u".into(),
            at: now,
        })
        .unwrap();
    let mv = Move {
        nip: person.nip,
        from: person.position.clone(),
        to: Some(to),
        reason: Some("rotasi rutin".into()),
        author: "u".into(),
        at: now,
        review: None,
    };
    store
        .change_plan(&PlanChange::Move {
            plan: "P".into(),
            mv,
        })
        .unwrap();
    let review = Review {
        decision: Decision::Setuju,
        remark: Some("lanjut".into()),
        by: "u".into(),
        at: now,
    };
    store
        .change_plan(&PlanChange::Decide {
            plan: "P".into(),
            index: 0,
            review: Some(review),
        })
        .unwrap();
    store
        .apply(&Change::Annotate {
            nip: person.nip,
            note: Some(Note {
                at: now,
                author: "u".into(),
                text: "siap dipindah".into(),
            }),
            readiness: Some(Some(Readiness::Siap)),
        })
        .unwrap();
    Data {
        entries: store.audit_log(None).unwrap(),
        plans: vec![store.plan("P").unwrap().unwrap()],
        org: store.load().unwrap(),
        info: store.info().unwrap(),
    }
}

#[test]
fn a_clean_history_matches_its_data() {
    assert_eq!(history().replay(), Vec::<String>::new());
}

#[test]
fn an_edited_move_reason_or_decision_is_named() {
    let mut d = history();
    d.plans[0].moves[0].reason = Some("forged".into());
    assert_eq!(
        d.replay(),
        ["plan \"P\", move 1: its reason differs from what the log recorded"]
    );
    let mut d = history();
    if let Some(r) = &mut d.plans[0].moves[0].review {
        r.decision = Decision::Tolak;
    }
    assert!(
        d.replay()[0].contains("its decision differs"),
        "{:?}",
        d.replay()
    );
}

#[test]
fn plans_and_moves_without_entries_and_entries_without_data_are_named() {
    let mut d = history();
    let mut extra = d.plans[0].clone();
    extra.name = "X".into();
    d.plans.push(extra);
    assert_eq!(
        d.replay(),
        ["plan \"X\" is in the data, but no audit entry created it"]
    );

    let mut d = history();
    d.plans.clear();
    assert_eq!(
        d.replay(),
        ["plan \"P\" was created in the log and not deleted, but is not in the data"]
    );

    let mut d = history();
    let extra = d.plans[0].moves[0].clone();
    d.plans[0].moves.push(extra);
    assert_eq!(
        d.replay(),
        ["plan \"P\": the log leaves 1 moves, the data holds 2"]
    );
}

#[test]
fn notes_readiness_and_imports_are_replayed() {
    let mut d = history();
    let ix = d.org.employee_ix(&d.org.employees()[0].nip).unwrap();
    let mut e = d.org.employee(ix).clone();
    e.notes.push(Note {
        at: crate::env::now(),
        author: "x".into(),
        text: "forged".into(),
    });
    e.readiness = Some(Readiness::Menolak);
    let nip = e.nip.as_str().to_string();
    d.org.replace_employee(ix, e);
    let found = d.replay();
    assert!(
        found.contains(&format!(
            "a note on {nip} written since the last import has no audit entry"
        )),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with(&format!("the readiness of {nip} differs"))),
        "{found:?}"
    );

    // A note whose entry is in the log but which the data lost.
    let mut d = history();
    let ix = d.org.employee_ix(&d.org.employees()[0].nip).unwrap();
    let mut e = d.org.employee(ix).clone();
    e.notes.clear();
    d.org.replace_employee(ix, e);
    assert!(
        d.replay().iter().any(|f| f.contains("is not in the data")),
        "{:?}",
        d.replay()
    );

    // No import entry for the organization the data holds.
    let mut d = history();
    d.entries.retain(|e| e.action != "import");
    assert!(
        d.replay()
            .iter()
            .any(|f| f.contains("no audit entry imported it")),
        "{:?}",
        d.replay()
    );
    let mut d = history();
    d.info.employees += 1;
    assert!(
        d.replay()
            .iter()
            .any(|f| f.contains("the imports in the log add up to")),
        "{:?}",
        d.replay()
    );
}
