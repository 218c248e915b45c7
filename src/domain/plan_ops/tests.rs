//! Plan operations: refusals, conflicts, apply/revert, undo/redo, invariants; proptests.

use proptest::prelude::*;
use time::macros::datetime;

use crate::lang::Lang;

use super::*;
use crate::domain::plan::Review;
use crate::domain::{Employee, Levels, Position, PositionType, Rank, Unit};

const AT: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

fn nip(i: usize) -> Nip {
    Nip::parse(&format!("198503122010011{:03}", i + 1)).unwrap()
}

/// Units a > a.b, c; seats: a.kadis (1), a.b.staf (3), c.kasi (1), c.lama (0, being abolished).
fn org_with(people: usize) -> Organization {
    let unit = |id: &str, parent: Option<&str>| Unit {
        id: id.into(),
        name: format!("Unit {id}"),
        parent: parent.map(Into::into),
        feedback: Vec::new(),
        siasn_id: None,
    };
    let pos = |id: &str, unit: &str, formation| Position {
        id: id.into(),
        unit: unit.into(),
        title: format!("Kepala {id}"),
        kind: PositionType::Pengawas,
        formation,
        requirements: Levels::new(),
        workload: vec![],
        siasn_id: None,
        jenjang: None,
    };
    let seats = ["a.kadis", "a.b.staf", "c.kasi", "c.lama"];
    let employees = (0..people)
        .map(|i| Employee {
            nip: nip(i),
            name: format!("Pegawai {i}"),
            rank: Rank::parse("III/a").unwrap(),
            position: (i % 5 < 4).then(|| seats[i % 5].to_string()),
            competencies: Levels::new(),
            performance: None,
            potential: None,
            readiness: None,
            notes: vec![],
            profile: Default::default(),
        })
        .collect();
    Organization::from_parts(
        "Kota Uji".into(),
        vec![],
        vec![unit("a", None), unit("a.b", Some("a")), unit("c", None)],
        vec![
            pos("a.kadis", "a", 1),
            pos("a.b.staf", "a.b", 3),
            pos("c.kasi", "c", 1),
            pos("c.lama", "c", 0),
        ],
        employees,
    )
}

fn mv(view: &Organization, i: usize, to: Option<&str>) -> Result<Move, MoveError> {
    new_move(view, &nip(i), to, None, "tester".into(), AT)
}

fn seat(org: &Organization, i: usize) -> Option<String> {
    org.employee(org.employee_ix(&nip(i)).unwrap())
        .position
        .clone()
}

#[test]
fn new_move_refuses_clearly() {
    let org = org_with(5);
    // Pegawai 0 holds a.kadis, 4 is unplaced.
    let cases: Vec<(Result<Move, MoveError>, &str)> = vec![
        (
            new_move(&org, &nip(40), Some("a.kadis"), None, "x".into(), AT),
            "tidak ada pegawai dengan NIP 19850312 201001 1 041; cari pegawai dengan: penata search",
        ),
        (
            mv(&org, 0, Some("nope")),
            "tidak ada jabatan dengan id nope",
        ),
        (
            mv(&org, 0, Some("a.kadis")),
            "Pegawai 0 sudah memangku Kepala a.kadis (a.kadis)",
        ),
        (mv(&org, 4, None), "Pegawai 4 belum ditempatkan"),
        (mv(&org, 4, Some("c.lama")), "sedang dihapus (formasi 0)"),
    ];
    for (result, expect) in cases {
        let err = Lang::Id.say(&result.unwrap_err().msg());
        assert!(err.contains(expect), "{err:?} should contain {expect:?}");
    }
}

#[test]
fn new_move_records_from_and_trims_reason() {
    let org = org_with(5);
    let m = new_move(
        &org,
        &nip(1),
        Some("c.kasi"),
        Some("  rotasi  ".into()),
        "ani".into(),
        AT,
    )
    .unwrap();
    assert_eq!(m.from.as_deref(), Some("a.b.staf"));
    assert_eq!(m.to.as_deref(), Some("c.kasi"));
    assert_eq!(m.reason.as_deref(), Some("rotasi"));
    let blank = new_move(&org, &nip(1), None, Some(" ".into()), "ani".into(), AT).unwrap();
    assert_eq!(blank.reason, None);
}

#[test]
fn apply_then_revert_restores_and_reports_conflicts() {
    let baseline = org_with(10);
    let mut view = baseline.clone();
    let mut plan = Plan::new("P".into(), "ani".into(), AT);
    for (i, to) in [(4, Some("c.kasi")), (1, None), (4, Some("a.b.staf"))] {
        let m = mv(&view, i, to).unwrap();
        apply_moves(&mut view, std::slice::from_ref(&m));
        plan.push(m);
    }
    assert_eq!(view, plan_view(&baseline, &plan));
    assert_eq!(seat(&view, 4).as_deref(), Some("a.b.staf"));
    assert!(conflicts(&baseline, &plan).is_empty());

    // The baseline changes: Pegawai 1 left, seat c.kasi is abolished.
    let (name, comps, units, mut positions, employees) = baseline.clone().into_parts();
    positions[2].formation = 0;
    let employees = employees.into_iter().filter(|e| e.nip != nip(1)).collect();
    let changed = Organization::from_parts(name, comps, units, positions, employees);
    let found = conflicts(&changed, &plan);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].kind, ConflictKind::SeatAbolished("c.kasi".into()));
    assert_eq!(found[1].kind, ConflictKind::PersonGone);
    // The third move's `from` (c.kasi) was never reached.
    assert!(matches!(found[2].kind, ConflictKind::SeatChanged { .. }));
    assert!(
        crate::lang::Lang::Id
            .say(&found[2].msg())
            .starts_with("perpindahan 3 (19850312 201001 1 005): jabatannya kini")
    );

    let mut copy = changed.clone();
    let skipped = apply_moves(&mut copy, &plan.moves);
    assert_eq!(skipped, found);
    revert_moves(&mut copy, &plan.moves, &skipped);
    assert_eq!(copy, changed);
    assert!(check(&copy).is_empty());
}

#[test]
fn revert_is_exact_when_a_skipped_move_lands_where_the_person_is() {
    // The plan moved Pegawai 4 (unplaced) to c.kasi; the new baseline already has them there.
    let baseline = org_with(5);
    let m = mv(&baseline, 4, Some("c.kasi")).unwrap();
    let mut changed = baseline.clone();
    let e = changed.employee_ix(&nip(4)).unwrap();
    let kasi = changed.position_ix("c.kasi");
    changed.set_seat(e, kasi);
    let before = changed.clone();
    let skipped = apply_moves(&mut changed, std::slice::from_ref(&m));
    assert_eq!(skipped.len(), 1);
    revert_moves(&mut changed, std::slice::from_ref(&m), &skipped);
    assert_eq!(changed, before);
}

#[test]
fn undo_redo_and_new_move_clears_redo() {
    let org = org_with(5);
    let mut plan = Plan::new("P".into(), "ani".into(), AT);
    plan.push(mv(&org, 4, Some("c.kasi")).unwrap());
    plan.push(mv(&org, 1, None).unwrap());
    assert_eq!(plan.undo().map(|m| m.nip), Some(nip(1)));
    assert_eq!(plan.moves.len(), 1);
    assert_eq!(plan.redo.len(), 1);
    assert_eq!(plan.redo().map(|m| m.nip), Some(nip(1)));
    assert!(plan.redo().is_none());
    plan.undo();
    plan.undo();
    assert!(plan.undo().is_none());
    assert_eq!(plan.redo().map(|m| m.nip), Some(nip(4)));
    plan.push(mv(&plan_view(&org, &plan), 2, None).unwrap());
    assert!(plan.redo.is_empty());
}

#[test]
fn reviewed_plan_applies_only_approved_moves() {
    let org = org_with(10);
    let mut plan = Plan::new("P".into(), "ani".into(), AT);
    let mut view = org.clone();
    for (i, to) in [(4, Some("c.kasi")), (9, Some("a.b.staf")), (1, None)] {
        let m = mv(&view, i, to).unwrap();
        apply_moves(&mut view, std::slice::from_ref(&m));
        plan.push(m);
    }
    let all = prepare_apply(&org, &plan);
    assert_eq!(all.applied, vec![0, 1, 2]);
    assert_eq!(all.seats.len(), 3);
    let review = |decision| {
        Some(Review {
            decision,
            remark: None,
            by: "rapat".into(),
            at: AT,
        })
    };
    plan.moves[0].review = review(Decision::Setuju);
    plan.moves[1].review = review(Decision::Tolak);
    let app = prepare_apply(&org, &plan);
    assert_eq!(app.applied, vec![0]);
    assert_eq!(app.not_approved, vec![1, 2]);
    assert_eq!(app.seats, vec![(nip(4), Some("c.kasi".to_string()))]);
    let t = plan.tally();
    assert_eq!((t.setuju, t.tolak, t.tunda, t.undecided), (1, 1, 0, 1));
}

#[test]
fn plan_names() {
    assert!(check_plan_name("Rotasi 2027").is_ok());
    assert!(check_plan_name(&"x".repeat(64)).is_ok());
    for bad in ["", "  ", &"x".repeat(65), " lead", "tab\there"] {
        assert!(check_plan_name(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn check_finds_broken_references_and_cycles() {
    assert!(check(&org_with(10)).is_empty());
    let (name, comps, mut units, mut positions, mut employees) = org_with(3).into_parts();
    units[0].parent = Some("a.b".into()); // a > a.b > a
    positions[2].unit = "zz".into();
    employees[0].position = Some("gone".into());
    let broken = Organization::from_parts(name, comps, units, positions, employees);
    let found: Vec<String> = check(&broken)
        .iter()
        .map(|f| Lang::Id.say(&f.msg()))
        .collect();
    let all = found.join("\n");
    assert!(all.contains("unit a menjadi leluhurnya sendiri"), "{all}");
    assert!(all.contains("jabatan c.kasi berada di unit zz"), "{all}");
    assert!(
        all.contains("memangku jabatan gone, yang tidak ada"),
        "{all}"
    );
}

/// One planner action in a generated session.
#[derive(Debug, Clone)]
enum Op {
    Move(usize, Option<usize>),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0usize..12, proptest::option::of(0usize..4)).prop_map(|(e, p)| Op::Move(e, p)),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

const SEATS: [&str; 4] = ["a.kadis", "a.b.staf", "c.kasi", "c.lama"];

/// Plays a session the way the app does: each move is made against the current view.
fn play(baseline: &Organization, ops: &[Op]) -> Plan {
    let mut plan = Plan::new("P".into(), "ani".into(), AT);
    for op in ops {
        match op {
            Op::Move(e, p) => {
                let view = plan_view(baseline, &plan);
                if let Ok(m) = mv(&view, *e, p.map(|p| SEATS[p])) {
                    plan.push(m);
                }
            }
            Op::Undo => {
                plan.undo();
            }
            Op::Redo => {
                plan.redo();
            }
        }
    }
    plan
}

proptest! {
    #[test]
    fn every_plan_keeps_one_seat_per_person_and_headcount(ops in proptest::collection::vec(op(), 0..40)) {
        let baseline = org_with(12);
        let plan = play(&baseline, &ops);
        let view = plan_view(&baseline, &plan);
        prop_assert!(check(&view).is_empty(), "{:?}", check(&view));
        let placed: usize = (0..4).map(|p| view.holders(p).len()).sum();
        prop_assert_eq!(placed + view.unplaced().len(), baseline.employees().len());
        prop_assert!(conflicts(&baseline, &plan).is_empty());
    }

    #[test]
    fn move_then_undo_is_identity(ops in proptest::collection::vec(op(), 0..30), e in 0usize..12, p in proptest::option::of(0usize..4)) {
        let baseline = org_with(12);
        let mut plan = play(&baseline, &ops);
        let before = plan_view(&baseline, &plan);
        if let Ok(m) = mv(&before, e, p.map(|p| SEATS[p])) {
            let mut view = before.clone();
            let skipped = apply_moves(&mut view, std::slice::from_ref(&m));
            prop_assert!(skipped.is_empty());
            plan.push(m.clone());
            prop_assert_eq!(&view, &plan_view(&baseline, &plan));
            revert_moves(&mut view, std::slice::from_ref(&m), &skipped);
            prop_assert_eq!(&view, &before);
            plan.undo();
            prop_assert_eq!(&plan_view(&baseline, &plan), &before);
        }
    }

    #[test]
    fn applying_a_conflict_free_plan_equals_its_view(ops in proptest::collection::vec(op(), 0..40)) {
        let baseline = org_with(12);
        let plan = play(&baseline, &ops);
        let app = prepare_apply(&baseline, &plan);
        prop_assert!(app.conflicts.is_empty());
        let mut applied = baseline.clone();
        for (nip, to) in &app.seats {
            let e = applied.employee_ix(nip).unwrap();
            let p = to.as_deref().and_then(|id| applied.position_ix(id));
            applied.set_seat(e, p);
        }
        prop_assert_eq!(&applied, &plan_view(&baseline, &plan));
        // Switching plans on one copy: apply and revert leave the baseline as it was.
        let mut copy = baseline.clone();
        let skipped = apply_moves(&mut copy, &plan.moves);
        revert_moves(&mut copy, &plan.moves, &skipped);
        prop_assert_eq!(&copy, &baseline);
    }
}
