//! Plans and moves in the app: marking, carrying with a drop preview, dropping, Esc,
//! unplacing, undo/redo, refusals, and the plans view; first on the pure reducer (the
//! runtime's outcomes fed back by hand), then through the real loop on a temporary
//! database with 80x24 snapshots of carrying, the plans view, compare and review.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use crossterm::event::KeyCode;
use insta::assert_snapshot;
use penata::app::active;
use penata::app::prompt::PromptFor;
use penata::app::{
    Action, AfterLoad, AppState, Derived, Effect, Mode, Node, Outcome, Preview, feedback, update,
};
use penata::domain::plan::Plan;
use penata::domain::{EmployeeIx, Organization, PositionIx};
use penata::store::PlanChange;
use time::OffsetDateTime;

use common::{Harness, ch, ctrl, key, stable, typed};

fn app() -> AppState {
    let mut s = AppState::new(common::demo());
    update(&mut s, Action::Resize(80, 24));
    s.user = "perencana".into();
    s
}

fn with_plan() -> AppState {
    let mut s = app();
    active::activate(
        &mut s,
        Plan::new("Uji".into(), "perencana".into(), OffsetDateTime::UNIX_EPOCH),
    );
    s
}

/// A placed person and a position in another unit with room (formation not full).
fn person_and_target(org: &Organization) -> (EmployeeIx, PositionIx) {
    let e = (0..org.employees().len() as u32)
        .find(|&e| org.seat_of(e).is_some())
        .unwrap();
    let from_unit = org.unit_of(org.seat_of(e).unwrap());
    let p = (0..org.positions().len() as u32)
        .find(|&p| {
            let h = org.position_headcount(p);
            org.unit_of(p) != from_unit && h.filled < h.formation
        })
        .unwrap();
    (e, p)
}

fn select(s: &mut AppState, node: Node) {
    assert!(s.tree.reveal(&s.org, node), "{node:?} can be shown");
}

fn run(s: &mut AppState, actions: &[Action]) -> Vec<Effect> {
    actions.iter().flat_map(|&a| update(s, a)).collect()
}

/// Feeds persist effects back as if the store accepted them.
fn accept_all(s: &mut AppState, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::Persist(change) = e {
            let result = match &change {
                PlanChange::Move { mv, .. } => Ok(Some(mv.clone())),
                PlanChange::Undo { .. } => {
                    Ok(s.active.as_ref().and_then(|a| a.plan.moves.last().cloned()))
                }
                PlanChange::Redo { .. } => {
                    Ok(s.active.as_ref().and_then(|a| a.plan.redo.last().cloned()))
                }
                _ => Ok(None),
            };
            let more = feedback(s, Outcome::Persisted { change, result });
            accept_all(s, more);
        }
    }
}

/// The derived numbers match a full recompute of the view.
fn derived_exact(s: &AppState) {
    let full = Derived::compute(&s.org, s.derived.profile, s.derived.standards.clone());
    for u in 0..s.org.units().len() as u32 {
        let (a, b) = (s.derived.unit(u), full.unit(u));
        assert_eq!(a.headcount, b.headcount, "unit {u}");
        assert_eq!(a.readiness, b.readiness, "unit {u}");
        assert_eq!(a.fit_count, b.fit_count, "unit {u}");
        assert!((a.fit_sum - b.fit_sum).abs() < 1e-3, "unit {u}");
    }
    for e in 0..s.org.employees().len() as u32 {
        assert_eq!(s.derived.fit(e), full.fit(e), "employee {e}");
    }
    assert_eq!(s.derived.unplaced, full.unplaced);
}

#[test]
fn space_marks_people_and_steps_down() {
    let mut s = app();
    let (e, _) = person_and_target(&s.org);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::ToggleMark]);
    assert_eq!(s.marked, vec![e]);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::ToggleMark]);
    assert!(s.marked.is_empty());
    // Marking a unit says why not.
    s.tree.select(0);
    run(&mut s, &[Action::ToggleMark]);
    assert!(s.marked.is_empty());
    assert!(!s.toasts.is_empty());
}

#[test]
fn picking_up_on_the_baseline_offers_a_new_plan() {
    let mut s = app();
    let (e, _) = person_and_target(&s.org);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    assert_eq!(s.mode(), Mode::Prompt);
    assert_eq!(s.prompt().unwrap().purpose, PromptFor::NewPlan);
    assert_eq!(s.pending_carry(), [e]);
    let effects = run(
        &mut s,
        &[
            Action::SearchClear,
            Action::SearchInput('A'),
            Action::PromptAccept,
        ],
    );
    assert!(matches!(
        &effects[..],
        [Effect::Persist(PlanChange::Create { name, .. })] if name == "A"
    ));
    // Created and loaded: the plan becomes active and the person is carried.
    let more = feedback(
        &mut s,
        Outcome::Persisted {
            change: PlanChange::Create {
                name: "A".into(),
                by: "perencana".into(),
                at: OffsetDateTime::UNIX_EPOCH,
            },
            result: Ok(None),
        },
    );
    assert!(more.iter().any(|e| matches!(
        e,
        Effect::LoadPlan {
            then: AfterLoad::Activate,
            ..
        }
    )));
    feedback(
        &mut s,
        Outcome::Plan {
            then: AfterLoad::Activate,
            result: Ok(Some(Plan::new(
                "A".into(),
                "perencana".into(),
                OffsetDateTime::UNIX_EPOCH,
            ))),
        },
    );
    assert_eq!(active::name(&s), Some("A"));
    assert_eq!(s.mode(), Mode::Carrying);
    assert_eq!(s.carry().unwrap().people, vec![e]);
}

#[test]
fn carrying_previews_drops_and_persists_only_through_the_store() {
    let mut s = with_plan();
    let (e, p) = person_and_target(&s.org);
    let from = s.org.seat_of(e);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    assert_eq!(s.mode(), Mode::Carrying);
    select(&mut s, Node::Position(p));
    run(&mut s, &[Action::Up, Action::Down]);
    let before = s.org.position_headcount(p);
    match &s.carry().unwrap().preview {
        Preview::Position {
            position,
            people,
            after,
        } => {
            assert_eq!(*position, p);
            assert_eq!(people.len(), 1);
            assert_eq!(people[0].employee, e);
            assert_eq!(after.filled, before.filled + 1);
            assert_eq!(after.formation, before.formation);
        }
        other => panic!("expected a position preview, got {other:?}"),
    }
    // Enter asks for the reason; Enter again (empty) skips it and makes the move.
    run(&mut s, &[Action::Drop]);
    assert_eq!(s.mode(), Mode::Prompt);
    let effects = run(&mut s, &[Action::PromptAccept]);
    assert_eq!(s.mode(), Mode::Browse);
    assert!(s.carry().is_none());
    let Some(Effect::Persist(PlanChange::Move { plan, mv })) = effects.first() else {
        panic!("a move to persist: {effects:?}");
    };
    assert_eq!(plan, "Uji");
    assert_eq!(mv.to.as_deref(), Some(s.org.position(p).id.as_str()));
    assert_eq!(mv.reason, None);
    // Nothing changed before the store acknowledged it.
    assert_eq!(s.org.seat_of(e), from);
    accept_all(&mut s, effects);
    assert_eq!(s.org.seat_of(e), Some(p));
    assert_eq!(s.active.as_ref().unwrap().origin_of(e), Some(from));
    assert_eq!(s.active.as_ref().unwrap().plan.moves.len(), 1);
    derived_exact(&s);

    // Undo puts the person back, redo moves them again; numbers stay exact.
    let effects = run(&mut s, &[Action::Undo]);
    assert!(matches!(
        &effects[..],
        [Effect::Persist(PlanChange::Undo { .. })]
    ));
    accept_all(&mut s, effects);
    assert_eq!(s.org.seat_of(e), from);
    assert_eq!(s.active.as_ref().unwrap().origin_of(e), None);
    derived_exact(&s);
    let effects = run(&mut s, &[Action::Redo]);
    accept_all(&mut s, effects);
    assert_eq!(s.org.seat_of(e), Some(p));
    derived_exact(&s);

    // Switching back to the baseline reverts exactly.
    active::deactivate(&mut s);
    assert_eq!(s.org.seat_of(e), from);
    derived_exact(&s);
}

#[test]
fn while_carrying_a_lookup_jumps_to_the_target_seat_and_keeps_carrying() {
    let mut s = with_plan();
    let nip = penata::domain::Nip::parse("198403292009022001").unwrap();
    let e = s.org.employee_ix(&nip).unwrap();
    let target = s
        .org
        .position_ix("dinkes.sekretariat.kasubbag_keu")
        .unwrap();
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    run(&mut s, &[Action::OpenSearch]);
    assert_eq!(s.mode(), Mode::Search);
    let typed: Vec<Action> = "kepala subbagian keuangan"
        .chars()
        .map(Action::SearchInput)
        .collect();
    run(&mut s, &typed);
    s.refresh();
    let at = s
        .search
        .hits
        .iter()
        .position(|h| h.node == Node::Position(target))
        .expect("the seat is among the hits");
    run(&mut s, &vec![Action::SearchDown; at]);
    run(&mut s, &[Action::SearchAccept]);
    // Back to carrying, on the seat, with its drop preview.
    assert_eq!(s.mode(), Mode::Carrying);
    match &s.carry().unwrap().preview {
        Preview::Position {
            position, people, ..
        } => {
            assert_eq!(*position, target);
            assert_eq!(people[0].employee, e);
        }
        other => panic!("expected a position preview, got {other:?}"),
    }
    // Esc in the lookup also returns to carrying, not to browsing.
    run(&mut s, &[Action::OpenSearch, Action::SearchCancel]);
    assert_eq!(s.mode(), Mode::Carrying);
    assert!(s.carry().is_some());
}

#[test]
fn a_reason_typed_at_the_drop_is_kept() {
    let mut s = with_plan();
    let (e, p) = person_and_target(&s.org);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    select(&mut s, Node::Position(p));
    run(&mut s, &[Action::Home, Action::End]);
    select(&mut s, Node::Position(p));
    run(&mut s, &[Action::Up, Action::Down, Action::Drop]);
    let mut actions: Vec<Action> = "rotasi".chars().map(Action::SearchInput).collect();
    actions.push(Action::PromptAccept);
    let effects = run(&mut s, &actions);
    let Some(Effect::Persist(PlanChange::Move { mv, .. })) = effects.first() else {
        panic!("{effects:?}");
    };
    assert_eq!(mv.reason.as_deref(), Some("rotasi"));
}

#[test]
fn esc_puts_everything_back() {
    let mut s = with_plan();
    let (e, p) = person_and_target(&s.org);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::ToggleMark, Action::PickUp]);
    select(&mut s, Node::Position(p));
    let effects = run(&mut s, &[Action::Down, Action::CancelCarry]);
    assert!(effects.is_empty());
    assert_eq!(s.mode(), Mode::Browse);
    assert!(s.carry().is_none());
    assert_eq!(s.active.as_ref().unwrap().plan.moves.len(), 0);
}

#[test]
fn dropping_on_unplaced_unplaces_and_on_a_unit_offers_its_positions() {
    let mut s = with_plan();
    let (e, p) = person_and_target(&s.org);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    let u = s.org.unit_of(p).unwrap();
    select(&mut s, Node::Unit(u));
    run(&mut s, &[Action::Up, Action::Down]);
    select(&mut s, Node::Unit(u));
    run(&mut s, &[Action::End, Action::Home]);
    select(&mut s, Node::Unit(u));
    // A navigation key refreshes the preview.
    run(&mut s, &[Action::Collapse, Action::Expand]);
    select(&mut s, Node::Unit(u));
    run(&mut s, &[Action::Down, Action::Up]);
    assert!(
        matches!(&s.carry().unwrap().preview, Preview::Unit { unit, .. } if *unit == u),
        "{:?}",
        s.carry().unwrap().preview
    );
    run(&mut s, &[Action::End]);
    assert_eq!(s.selected(), Some(Node::Unplaced));
    assert_eq!(s.carry().unwrap().preview, Preview::Unplace);
    run(&mut s, &[Action::Drop]);
    let effects = run(&mut s, &[Action::PromptAccept]);
    let Some(Effect::Persist(PlanChange::Move { mv, .. })) = effects.first() else {
        panic!("{effects:?}");
    };
    assert_eq!(mv.to, None);
    accept_all(&mut s, effects);
    assert_eq!(s.org.seat_of(e), None);
    derived_exact(&s);
}

#[test]
fn a_refused_move_changes_nothing_and_says_why() {
    let mut s = with_plan();
    let (e, p) = person_and_target(&s.org);
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    select(&mut s, Node::Position(p));
    run(&mut s, &[Action::Up, Action::Down, Action::Drop]);
    let effects = run(&mut s, &[Action::PromptAccept]);
    let Some(Effect::Persist(change)) = effects.into_iter().next() else {
        panic!("a move");
    };
    s.toasts.clear();
    let from = s.org.seat_of(e);
    feedback(
        &mut s,
        Outcome::Persisted {
            change,
            result: Err(penata::store::as_is("database error: disk full")),
        },
    );
    assert_eq!(s.org.seat_of(e), from);
    assert_eq!(s.active.as_ref().unwrap().plan.moves.len(), 0);
    assert!(said(&s).contains("disk full"));
}

#[test]
fn moving_onto_the_seat_already_held_is_refused_by_the_rules() {
    let mut s = with_plan();
    let (e, _) = person_and_target(&s.org);
    let seat = s.org.seat_of(e).unwrap();
    select(&mut s, Node::Employee(e));
    run(&mut s, &[Action::PickUp]);
    select(&mut s, Node::Position(seat));
    run(&mut s, &[Action::Up, Action::Down, Action::Drop]);
    s.toasts.clear();
    let effects = run(&mut s, &[Action::PromptAccept]);
    assert!(effects.is_empty());
    // The reason is the domain's, in the screen's language (Bahasa Indonesia by default).
    let (emp, pos) = (s.org.employee(e), s.org.position(seat));
    let want = format!(
        "Ditolak: {} sudah memangku {} ({}) dalam rencana ini; pilih jabatan lain",
        emp.name, pos.title, pos.id
    );
    assert_eq!(said(&s), want);
}

#[test]
fn snapshot_a_refused_move_in_indonesian() {
    let mut h = Harness::demo(120, 40);
    active::activate(
        &mut h.state,
        Plan::new("Uji".into(), "perencana".into(), OffsetDateTime::UNIX_EPOCH),
    );
    let mut keys = vec![ch('/')];
    keys.extend(typed("markus pattiradjawane"));
    keys.push(key(KeyCode::Enter));
    h.send(keys);
    assert!(matches!(h.state.selected(), Some(Node::Employee(_))));
    h.send(vec![ch('m'), key(KeyCode::Enter)]);
    h.state.toasts.clear();
    h.send(vec![key(KeyCode::Enter)]);
    let toast = said(&h.state);
    assert!(
        toast.starts_with(
            "Ditolak: Dr. Markus Pattiradjawane, S.STP., M.Si. sudah memangku Sekretaris Daerah \
             (setda.sekda) dalam rencana ini"
        ),
        "{toast}"
    );
    let screen = h.screen();
    assert!(!screen.contains("already holds"), "{screen}");
    assert_snapshot!("refused_move_120x40", screen);
}

#[test]
fn undo_without_a_plan_says_how_to_make_one() {
    let mut s = app();
    assert!(run(&mut s, &[Action::Undo, Action::Redo]).is_empty());
    assert_eq!(s.toasts.len(), 2);
}

#[test]
fn plans_view_asks_the_store_and_acts_on_the_selected_plan() {
    let mut s = app();
    let effects = run(&mut s, &[Action::OpenPlans]);
    assert!(matches!(&effects[..], [Effect::LoadPlans]));
    assert_eq!(s.mode(), Mode::Plans);
    let summary = |name: &str| penata::store::PlanSummary {
        name: name.into(),
        created_by: "perencana".into(),
        created_at: OffsetDateTime::UNIX_EPOCH,
        moves: 0,
        redo: 0,
        applied_at: None,
    };
    feedback(&mut s, Outcome::Plans(Ok(vec![summary("A"), summary("B")])));
    run(&mut s, &[Action::Down]);
    let effects = run(&mut s, &[Action::PlanSwitch]);
    assert!(
        matches!(&effects[..], [Effect::LoadPlan { name, then: AfterLoad::Activate }] if name == "B")
    );
    let effects = run(&mut s, &[Action::PlanCompare]);
    assert!(matches!(
        &effects[..],
        [Effect::LoadPlan {
            then: AfterLoad::Compare,
            ..
        }]
    ));
    // Rename, duplicate and new open a prompt with a sensible name.
    run(&mut s, &[Action::PlanDuplicate]);
    assert_eq!(s.prompt().unwrap().text(), "B (salinan)");
    let effects = run(&mut s, &[Action::PromptAccept]);
    assert!(
        matches!(&effects[..], [Effect::Persist(PlanChange::Duplicate { from, to, .. })] if from == "B" && to == "B (salinan)")
    );
    assert_eq!(s.mode(), Mode::Plans);
    run(&mut s, &[Action::PlanRename, Action::SearchClear]);
    let effects = run(&mut s, &[Action::PromptAccept]);
    assert!(effects.is_empty(), "an empty name is refused");
    assert_eq!(s.mode(), Mode::Prompt);
    run(&mut s, &[Action::Close]);
    // Delete asks first; n goes back, y deletes.
    run(&mut s, &[Action::PlanDelete]);
    assert_eq!(s.mode(), Mode::Confirm);
    assert!(run(&mut s, &[Action::ConfirmNo]).is_empty());
    assert_eq!(s.mode(), Mode::Plans);
    run(&mut s, &[Action::PlanDelete]);
    let effects = run(&mut s, &[Action::ConfirmYes]);
    assert!(matches!(&effects[..], [Effect::Persist(PlanChange::Delete { name })] if name == "B"));
    run(&mut s, &[Action::Close]);
    assert_eq!(s.mode(), Mode::Browse);
}

// Through the real loop, on a real (temporary) database.

/// The demo on a database with one plan holding one move, made through the keys.
fn one_move() -> (Harness, EmployeeIx, PositionIx) {
    let mut h = Harness::demo_with_store(80, 24);
    let (e, p) = person_and_target(&h.state.org);
    select(&mut h.state, Node::Employee(e));
    let mut keys = vec![ch('m'), ctrl('u')];
    keys.extend(typed("Rotasi 2026"));
    keys.push(key(KeyCode::Enter));
    h.send(keys);
    assert_eq!(h.state.mode(), Mode::Carrying, "{}", h.screen());
    select(&mut h.state, Node::Position(p));
    h.send(vec![ch('k'), ch('j')]);
    h.state.toasts.clear();
    (h, e, p)
}

#[test]
fn snapshot_carrying_with_preview() {
    let (mut h, _, _) = one_move();
    h.send(vec![ch('k'), ch('j')]);
    assert_snapshot!("carrying_80x24", stable(&h.screen()));
}

#[test]
fn snapshot_preview_of_a_drop_over_formation() {
    let (mut h, e, _) = one_move();
    let org = &h.state.org;
    let from_unit = org.unit_of(org.seat_of(e).unwrap());
    let full = (0..org.positions().len() as u32)
        .find(|&p| {
            let hc = org.position_headcount(p);
            org.unit_of(p) != from_unit && hc.formation > 1 && hc.filled >= hc.formation
        })
        .unwrap();
    select(&mut h.state, Node::Position(full));
    h.send(vec![ch('k'), ch('j')]);
    let after = match &h.state.carry().unwrap().preview {
        Preview::Position { after, .. } => *after,
        other => panic!("{other:?}"),
    };
    assert!(after.over() > 0);
    assert!(
        h.screen()
            .contains(&format!("{}/{} +", after.filled, after.formation))
    );
    assert_snapshot!("carrying_over_80x24", stable(&h.screen()));
}

#[test]
fn keyboard_move_then_plans_view_compare_and_review() {
    let (mut h, e, p) = one_move();
    let mut keys = vec![key(KeyCode::Enter)];
    keys.extend(typed("kebutuhan ABK"));
    keys.push(key(KeyCode::Enter));
    h.send(keys);
    assert_eq!(h.state.org.seat_of(e), Some(p));
    assert_eq!(h.state.mode(), Mode::Browse);
    // On disk: the store has the move with its reason.
    let stored = penata::store::OrgStore::plan(h.store.as_ref().unwrap(), "Rotasi 2026")
        .unwrap()
        .unwrap();
    assert_eq!(stored.moves.len(), 1);
    assert_eq!(stored.moves[0].reason.as_deref(), Some("kebutuhan ABK"));
    h.state.toasts.clear();
    select(&mut h.state, Node::Employee(e));
    h.send(vec![ch('k'), ch('j')]);
    assert_snapshot!("moved_person_80x24", stable(&h.screen()));

    h.send(vec![ch('P')]);
    assert_snapshot!("plans_80x24", stable(&h.screen()));
    h.send(vec![ch('d')]);
    assert_eq!(h.state.mode(), Mode::Compare);
    assert_snapshot!("compare_80x24", stable(&h.screen()));
    h.send(vec![key(KeyCode::Esc), ch('v')]);
    assert_eq!(h.state.mode(), Mode::Review);
    h.send(vec![ch('n')]);
    assert_snapshot!("review_80x24", stable(&h.screen()));
    let mut keys = vec![ch('s')];
    keys.extend(typed("sesuai ABK"));
    keys.push(key(KeyCode::Enter));
    h.send(keys);
    let stored = penata::store::OrgStore::plan(h.store.as_ref().unwrap(), "Rotasi 2026")
        .unwrap()
        .unwrap();
    let review = stored.moves[0].review.as_ref().unwrap();
    assert_eq!(review.decision, penata::domain::plan::Decision::Setuju);
    assert_eq!(review.remark.as_deref(), Some("sesuai ABK"));
    assert!(h.screen().contains("setuju 1"), "{}", h.screen());

    // Undo and redo go through the store.
    h.send(vec![key(KeyCode::Esc), ch('u')]);
    assert_ne!(h.state.org.seat_of(e), Some(p));
    h.send(vec![ctrl('r')]);
    assert_eq!(h.state.org.seat_of(e), Some(p));

    // Apply asks first, lists what it will do, then writes the baseline.
    h.send(vec![ch('P'), ch('a')]);
    assert_eq!(h.state.mode(), Mode::Confirm, "{}", h.screen());
    assert!(h.screen().contains("akan diterapkan"), "{}", h.screen());
    h.send(vec![ch('y')]);
    assert!(h.state.active.is_none());
    assert_eq!(
        h.state.org.seat_of(e),
        Some(p),
        "the baseline now has the move"
    );
    let base = penata::store::OrgStore::load(h.store.as_ref().unwrap()).unwrap();
    assert_eq!(
        base.seat_of(base.employee_ix(&h.state.org.employee(e).nip).unwrap()),
        Some(p)
    );
}

fn mouse(kind: crossterm::event::MouseEventKind, col: u16, row: u16) -> crossterm::event::Event {
    crossterm::event::Event::Mouse(crossterm::event::MouseEvent {
        kind,
        column: col,
        row,
        modifiers: crossterm::event::KeyModifiers::NONE,
    })
}

/// The screen row (0-based) of the first line containing `text`.
fn row_of(h: &Harness, text: &str) -> u16 {
    h.screen().lines().position(|l| l.contains(text)).unwrap() as u16
}

#[test]
fn mouse_press_drag_release_moves_a_person() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let mut h = Harness::demo_with_store(80, 24);
    let mut keys = vec![ch('P'), ch('n'), key(KeyCode::Enter), key(KeyCode::Enter)];
    keys.extend([key(KeyCode::Down), key(KeyCode::Enter)]);
    h.send(keys);
    assert_eq!(active::name(&h.state), Some("Rencana 1"), "{}", h.screen());
    let person = row_of(&h, "▾ Sekretaris Daerah") + 1;
    let target = row_of(&h, "Bidang Ekonomi");
    h.send(vec![
        mouse(MouseEventKind::Down(MouseButton::Left), 12, person),
        mouse(MouseEventKind::Drag(MouseButton::Left), 12, person + 1),
        mouse(MouseEventKind::Drag(MouseButton::Left), 12, target),
    ]);
    assert_eq!(h.state.mode(), Mode::Carrying, "{}", h.screen());
    assert!(
        h.screen().contains("Formasi sesudah: 1/1"),
        "{}",
        h.screen()
    );
    h.send(vec![mouse(
        MouseEventKind::Up(MouseButton::Left),
        12,
        target,
    )]);
    assert_eq!(h.state.mode(), Mode::Prompt, "{}", h.screen());
    h.send(vec![key(KeyCode::Enter)]);
    assert_eq!(h.state.active.as_ref().unwrap().plan.moves.len(), 1);
    assert!(
        h.screen().contains("Rencana 1 (1 perpindahan)"),
        "{}",
        h.screen()
    );
}

#[test]
fn new_screens_draw_at_any_size() {
    let (mut h, _, _) = one_move();
    h.send(vec![key(KeyCode::Enter), key(KeyCode::Enter)]);
    let scripts: Vec<Vec<crossterm::event::Event>> = vec![
        vec![ch('m')],
        vec![ch('P')],
        vec![ch('P'), ch('d')],
        vec![ch('P'), ch('v')],
        vec![ch('P'), ch('x')],
        vec![ch('P'), ch('n')],
        vec![ch('P'), ch('a')],
    ];
    for (w, hh) in [(40, 10), (41, 11), (60, 15), (80, 24), (200, 60)] {
        for script in &scripts {
            h.resize(w, hh);
            h.send(script.clone());
            assert!(!h.screen().is_empty());
            h.send(vec![
                key(KeyCode::Esc),
                key(KeyCode::Esc),
                key(KeyCode::Esc),
            ]);
        }
    }
    h.resize(30, 8);
    h.send(vec![ch('P'), ch('d')]);
    assert!(h.screen().contains("Terminal terlalu kecil"));
}

#[test]
fn apply_lists_every_conflict_and_applies_none_of_them() {
    let mut s = with_plan();
    let (e, p) = person_and_target(&s.org);
    let nip = s.org.employee(e).nip;
    // A move recorded from a seat the person no longer holds in the baseline.
    let mut plan = Plan::new(
        "Lama".into(),
        "perencana".into(),
        OffsetDateTime::UNIX_EPOCH,
    );
    plan.push(penata::domain::plan::Move {
        nip,
        from: Some(s.org.position(p).id.clone()),
        to: None,
        reason: None,
        author: "perencana".into(),
        at: OffsetDateTime::UNIX_EPOCH,
        review: None,
    });
    feedback(
        &mut s,
        Outcome::Plan {
            then: AfterLoad::Apply,
            result: Ok(Some(plan)),
        },
    );
    assert_eq!(s.mode(), Mode::Confirm);
    let c = s.confirm().unwrap();
    let (_, lines) = penata::ui::words::confirm(&c.what, penata::lang::Lang::Id);
    assert!(lines[0].starts_with("0 dari 1"), "{:?}", lines);
    assert!(lines.iter().any(|l| l.contains("BENTROK")), "{:?}", lines);
    assert!(lines.iter().any(|l| l.contains("#1")), "{:?}", lines);
    let effects = run(&mut s, &[Action::ConfirmYes]);
    let Some(Effect::Persist(PlanChange::Apply { application, .. })) = effects.first() else {
        panic!("{effects:?}");
    };
    assert!(application.applied.is_empty());
    assert_eq!(application.conflicts.len(), 1);
}

/// The first notice on screen, as the screen words it (Bahasa Indonesia).
fn said(s: &penata::app::AppState) -> String {
    penata::ui::notice::word(s.toasts.front().unwrap(), penata::lang::Lang::Id)
}

#[test]
fn compare_scrolls_a_move_at_a_time_and_stops_at_the_last_page() {
    let (mut h, _, _) = one_move();
    let mut keys = vec![key(KeyCode::Enter)];
    keys.extend(typed("kebutuhan ABK"));
    keys.extend([key(KeyCode::Enter), ch('P'), ch('d')]);
    h.send(keys);
    h.resize(80, 12);
    assert_eq!(h.state.mode(), Mode::Compare);
    let inside = |h: &Harness| -> Vec<String> {
        let screen = h.screen();
        screen.lines().skip(3).take(7).map(str::to_string).collect()
    };
    // Rows: heading, two lines of numbers, blank, heading; then the move (three lines).
    h.send(vec![ch('j'); 5]);
    let rows = inside(&h);
    assert!(rows[0].contains("1. Dr. Markus"), "{rows:#?}");
    assert!(rows[1].contains("Sekretaris Daerah →"), "{rows:#?}");
    // One more step moves past the whole move, not one of its lines.
    h.send(vec![ch('j')]);
    assert!(
        inside(&h)[0].trim_matches('│').trim().is_empty(),
        "{:#?}",
        inside(&h)
    );
    // Far past the end, the view holds the last full page, and one step up shows at once.
    h.send(vec![ch('j'); 40]);
    let last = h.state.compare_scroll();
    assert!(last < 12, "{last}");
    assert!(h.screen().contains("Bagian Pemerintahan"));
    h.send(vec![ch('k')]);
    assert_eq!(h.state.compare_scroll(), last - 1);
}
