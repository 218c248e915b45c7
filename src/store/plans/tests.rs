//! Plan store tests on temporary directories: durability across reopen, undo/redo history,
//! rename, duplicate and delete, and apply to the baseline. The audit log's tests use
//! the helpers here to make changes.

use time::macros::datetime;

use super::*;
use crate::domain::plan::Decision;
use crate::domain::plan_ops::{new_move, plan_view, prepare_apply};
use crate::domain::{Organization, plan_ops};
use crate::store::demo::{DEMO_FILE, DEMO_JSON};
use crate::store::format::parse_v1;
use crate::store::{Change, OrgStore};

const AT: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

pub(in crate::store) fn demo_store(dir: &std::path::Path) -> (SledStore, Organization) {
    let store = SledStore::open(dir).unwrap();
    let org = parse_v1(DEMO_FILE, DEMO_JSON).unwrap();
    store
        .apply(&Change::ReplaceOrganization {
            org: org.clone(),
            demo: true,
        })
        .unwrap();
    (store, org)
}

pub(in crate::store) fn create(store: &SledStore, name: &str) {
    store
        .change_plan(&PlanChange::Create {
            name: name.into(),
            by: "ani".into(),
            at: AT,
        })
        .unwrap();
}

/// Makes `n` valid moves in a plan the way the CLI does: each against the current view.
pub(in crate::store) fn make_moves(
    store: &SledStore,
    baseline: &Organization,
    plan: &str,
    n: usize,
) -> Vec<Move> {
    let mut made = Vec::new();
    let seats: Vec<String> = baseline
        .positions()
        .iter()
        .filter(|p| p.formation > 0)
        .map(|p| p.id.clone())
        .collect();
    let mut k = 0;
    while made.len() < n {
        let view = plan_view(baseline, &store.plan(plan).unwrap().unwrap());
        let e = view.employee((k * 7 % view.employees().len()) as u32).nip;
        let to = seats[k * 3 % seats.len()].as_str();
        k += 1;
        if let Ok(m) = new_move(&view, &e, Some(to), Some("rotasi".into()), "ani".into(), AT) {
            store
                .change_plan(&PlanChange::Move {
                    plan: plan.into(),
                    mv: m.clone(),
                })
                .unwrap();
            made.push(m);
        }
    }
    made
}

#[test]
fn plans_moves_and_history_survive_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let made = {
        let (store, org) = demo_store(tmp.path());
        create(&store, "Rotasi 2027");
        let made = make_moves(&store, &org, "Rotasi 2027", 5);
        let undone = store
            .change_plan(&PlanChange::Undo {
                plan: "Rotasi 2027".into(),
            })
            .unwrap();
        assert_eq!(undone.as_ref(), made.last());
        store
            .change_plan(&PlanChange::Undo {
                plan: "Rotasi 2027".into(),
            })
            .unwrap();
        made
    };
    let store = SledStore::open(tmp.path()).unwrap();
    let plan = store.plan("Rotasi 2027").unwrap().unwrap();
    assert_eq!(plan.moves, made[..3]);
    assert_eq!(plan.redo, vec![made[4].clone(), made[3].clone()]);
    let list = store.plans().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].moves, list[0].redo), (3, 2));
    assert_eq!(list[0].created_by, "ani");

    let redone = store
        .change_plan(&PlanChange::Redo {
            plan: "Rotasi 2027".into(),
        })
        .unwrap();
    assert_eq!(redone.as_ref(), Some(&made[3]));
    drop(store);
    let store = SledStore::open(tmp.path()).unwrap();
    let plan = store.plan("Rotasi 2027").unwrap().unwrap();
    assert_eq!(plan.moves, made[..4]);
    assert_eq!(plan.redo, vec![made[4].clone()]);

    // A new move clears redo; undo on an empty plan does nothing.
    let org = store.load().unwrap();
    make_moves(&store, &org, "Rotasi 2027", 1);
    let plan = store.plan("Rotasi 2027").unwrap().unwrap();
    assert_eq!((plan.moves.len(), plan.redo.len()), (5, 0));
    create(&store, "Kosong");
    let none = store
        .change_plan(&PlanChange::Undo {
            plan: "Kosong".into(),
        })
        .unwrap();
    assert_eq!(none, None);
}

#[test]
fn rename_duplicate_delete_and_their_refusals() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    create(&store, "A");
    make_moves(&store, &org, "A", 3);
    store
        .change_plan(&PlanChange::Decide {
            plan: "A".into(),
            index: 0,
            review: Some(Review {
                decision: Decision::Setuju,
                remark: Some("lanjut".into()),
                by: "rapat".into(),
                at: AT,
            }),
        })
        .unwrap();
    let err = |c: PlanChange| crate::lang::Lang::Id.say(&store.change_plan(&c).unwrap_err().msg());
    assert!(
        err(PlanChange::Create {
            name: "A".into(),
            by: "x".into(),
            at: AT
        })
        .contains("rencana bernama \"A\" sudah ada")
    );
    assert!(err(PlanChange::Undo { plan: "Z".into() }).contains("tidak ada rencana bernama \"Z\""));
    assert!(
        err(PlanChange::Create {
            name: "x".repeat(65),
            by: "x".into(),
            at: AT
        })
            // The domain's refusal, passed through as it words it.
            == crate::lang::Lang::Id.say(
                &crate::domain::plan_ops::check_plan_name(&"x".repeat(65))
                    .unwrap_err()
                    .msg()
            )
    );
    assert!(
        err(PlanChange::Decide {
            plan: "A".into(),
            index: 3,
            review: None
        })
        .contains("rencana \"A\" memiliki 3 perpindahan; tidak ada perpindahan 4")
    );

    store
        .change_plan(&PlanChange::Rename {
            from: "A".into(),
            to: "B".into(),
        })
        .unwrap();
    assert!(store.plan("A").unwrap().is_none());
    let b = store.plan("B").unwrap().unwrap();
    assert_eq!(b.moves.len(), 3);
    assert!(b.moves[0].review.is_some());
    store
        .change_plan(&PlanChange::Duplicate {
            from: "B".into(),
            to: "C".into(),
            by: "budi".into(),
            at: AT,
        })
        .unwrap();
    let c = store.plan("C").unwrap().unwrap();
    assert_eq!(c.moves.len(), 3);
    assert!(c.moves.iter().all(|m| m.review.is_none()));
    assert_eq!(c.created_by, "budi");
    store
        .change_plan(&PlanChange::Delete { name: "B".into() })
        .unwrap();
    assert!(store.plan("B").unwrap().is_none());
    // The copy keeps its own moves.
    assert_eq!(store.plan("C").unwrap().unwrap().moves, c.moves);
    let names: Vec<String> = store.plans().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, vec!["C".to_string()]);
    // The log follows the plan across the rename.
    let actions: Vec<String> = store
        .audit_log(Some("C"))
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, vec!["plan_duplicate"]);
    let b_log = store.audit_log(Some("B")).unwrap();
    assert!(b_log.iter().any(|e| e.action == "plan_delete"));
}

#[test]
fn apply_writes_the_baseline_and_closes_the_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    create(&store, "P");
    make_moves(&store, &org, "P", 4);
    let plan = store.plan("P").unwrap().unwrap();
    let app = prepare_apply(&org, &plan);
    assert!(app.conflicts.is_empty());
    store
        .change_plan(&PlanChange::Apply {
            plan: "P".into(),
            application: app,
            at: AT,
        })
        .unwrap();
    drop(store);
    let store = SledStore::open(tmp.path()).unwrap();
    let after = store.load().unwrap();
    assert_eq!(after, plan_view(&org, &plan));
    assert!(plan_ops::check(&after).is_empty());
    assert_eq!(store.plans().unwrap()[0].applied_at, Some(AT));
    let refused = crate::lang::Lang::Id.say(
        &store
            .change_plan(&PlanChange::Undo { plan: "P".into() })
            .unwrap_err()
            .msg(),
    );
    assert!(
        refused.contains("sudah diterapkan ke baseline"),
        "{refused}"
    );
}
