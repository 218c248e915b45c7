//! Presenting: read-only refuses every change (every action of every key table, in every
//! mode, on a real database), and masking hides NIPs, birth dates and notes on screen.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use crossterm::event::{Event, KeyCode};
use insta::assert_snapshot;
use penata::app::{Action, Effect, Mode, Node, guard, update};
use penata::domain::{EmployeeIx, Note, Organization, PositionIx};
use penata::input::MODES;
use penata::store::{Change, OrgStore};
use penata::tui::{self, ScriptedEvents};
use time::OffsetDateTime;

use common::{Harness, ch, ctrl, key, typed};

/// A placed person and a position in another unit with room.
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

/// The demo on a database with an active plan holding one move, made through the keys.
fn with_a_move() -> (Harness, EmployeeIx) {
    let mut h = Harness::demo_with_store(80, 24);
    let (e, p) = person_and_target(&h.state.org);
    assert!(h.state.tree.reveal(&h.state.org, Node::Employee(e)));
    let mut keys = vec![ch('m'), ctrl('u')];
    keys.extend(typed("Rotasi"));
    keys.push(key(KeyCode::Enter));
    h.send(keys);
    assert!(h.state.tree.reveal(&h.state.org, Node::Position(p)));
    // Step off and back so the drop preview is computed for the row, as a person would.
    h.send(vec![ch('k'), ch('j')]);
    h.send(vec![key(KeyCode::Enter), key(KeyCode::Enter)]);
    assert_eq!(h.state.org.seat_of(e), Some(p), "{}", h.screen());
    (h, e)
}

/// Everything a change could touch, as stored: plans, their moves and decisions, the
/// baseline's seats, notes and readiness, and the audit log.
fn stored(h: &Harness) -> String {
    let s = h.store.as_ref().unwrap();
    let plans = s.plans().unwrap();
    let plan = s.plan("Rotasi").unwrap();
    let org = s.load().unwrap();
    let people: Vec<_> = org
        .employees()
        .iter()
        .map(|e| (&e.nip, &e.position, &e.notes, e.readiness))
        .collect();
    let log = s.audit_log(None).unwrap().len();
    format!("{plans:?}\n{plan:?}\n{people:?}\n{log}")
}

/// Back to browsing on the moved person, then the keys that open `mode` (writes allowed
/// while getting there: opening a view or a question never writes).
fn enter(h: &mut Harness, e: EmployeeIx, mode: Mode) {
    h.state.read_only = false;
    h.state.quit = false;
    h.state.leave_to_browse();
    h.state.marked.clear();
    // Some actions (back to the baseline) leave the plan: show it again.
    if h.state.active.is_none() {
        h.send(vec![ch('P'), key(KeyCode::Enter)]);
        assert!(h.state.active.is_some(), "{}", h.screen());
    }
    assert!(h.state.tree.reveal(&h.state.org, Node::Employee(e)));
    let keys: Vec<Event> = match mode {
        Mode::Browse => vec![],
        Mode::Search => vec![ch('/')],
        Mode::Help => vec![ch('?')],
        Mode::Carrying => vec![ch('m')],
        Mode::Plans => vec![ch('P')],
        Mode::Prompt => vec![ch('P'), ch('n')],
        Mode::Confirm => vec![ch('P'), ch('x')],
        Mode::Compare => vec![ch('P'), ch('d')],
        Mode::Review => vec![ch('P'), ch('v')],
        Mode::Talent => vec![ch('c')],
        Mode::Readiness => vec![ch('r')],
        Mode::Note => {
            let mut k = vec![ch('n')];
            k.extend(typed("rahasia"));
            k
        }
    };
    h.send(keys);
    assert_eq!(h.state.mode(), mode, "{}", h.screen());
}

#[test]
fn read_only_refuses_every_change_of_every_key_table() {
    let (mut h, e) = with_a_move();
    let before = stored(&h);
    let mut refused = 0;
    for mode in MODES {
        let actions: Vec<Action> = h.state.keys.help_bindings(mode).map(|b| b.action).collect();
        for action in actions {
            enter(&mut h, e, mode);
            h.state.read_only = true;
            h.state.toasts.clear();
            let effects = update(&mut h.state, action);
            assert!(
                !effects.iter().any(guard::writes),
                "{mode:?} {action:?} asked for a write: {effects:?}"
            );
            if h.state
                .toasts
                .iter()
                .any(|t| *t == penata::app::Notice::ReadOnlyRefused)
            {
                refused += 1;
            }
            // Whatever it did ask for, the runtime performs against the real store.
            let store: &dyn OrgStore = match &h.store {
                Some(s) => s,
                None => &h.memory,
            };
            tui::perform_all(&mut h.state, effects, &mut ScriptedEvents::default(), store).unwrap();
            assert_eq!(
                stored(&h),
                before,
                "{mode:?} {action:?} changed the database"
            );
        }
    }
    // Undo, redo, pick-up, new/rename/duplicate/delete/apply, decisions, notes, readiness...
    assert!(refused >= 15, "only {refused} refusals");
}

#[test]
fn read_only_through_the_keys_says_so_and_the_runtime_refuses_writes_too() {
    let (mut h, e) = with_a_move();
    let before = stored(&h);
    h.state.read_only = true;
    h.state.toasts.clear();
    h.send(vec![ch('u')]);
    assert!(h.screen().contains("HANYA BACA"), "{}", h.screen());
    assert!(
        h.screen().contains("Hanya baca: tidak ada"),
        "{}",
        h.screen()
    );
    // A mouse drag would start carrying without a key: refused as well.
    assert!(h.state.tree.reveal(&h.state.org, Node::Employee(e)));
    h.state.press = Some(e);
    update(
        &mut h.state,
        Action::Mouse(penata::app::MouseKind::Drag, 1, 3),
    );
    assert_eq!(h.state.mode(), Mode::Browse);
    assert!(h.state.carry().is_none());
    // Even if a write effect got through, the runtime refuses it at the store boundary.
    let nip = h.state.org.employee(e).nip;
    let sneaked = vec![Effect::Annotate {
        nip,
        note: Some("tidak boleh".into()),
        author: "perencana".into(),
        readiness: None,
    }];
    let store: &dyn OrgStore = match &h.store {
        Some(s) => s,
        None => &h.memory,
    };
    tui::perform_all(&mut h.state, sneaked, &mut ScriptedEvents::default(), store).unwrap();
    assert_eq!(stored(&h), before);
}

#[test]
fn read_only_does_not_remember_the_plan_shown() {
    let (mut h, _) = with_a_move();
    let s = h.store.as_ref().unwrap();
    assert_eq!(s.active_plan().unwrap().as_deref(), Some("Rotasi"));
    h.state.read_only = true;
    // Back to the baseline: a view change, allowed, but not written down.
    h.send(vec![ch('P'), ch('b')]);
    assert!(h.state.active.is_none(), "{}", h.screen());
    let s = h.store.as_ref().unwrap();
    assert_eq!(s.active_plan().unwrap().as_deref(), Some("Rotasi"));
}

/// The demo with a note on the first placed person, selected.
fn masked_demo() -> (Harness, EmployeeIx) {
    let mut h = Harness::demo_with_store(80, 24);
    let org = &h.state.org;
    let e = (0..org.employees().len() as u32)
        .find(|&e| org.seat_of(e).is_some())
        .unwrap();
    let nip = org.employee(e).nip;
    h.store
        .as_ref()
        .unwrap()
        .apply(&Change::Annotate {
            nip,
            note: Some(Note {
                at: OffsetDateTime::UNIX_EPOCH,
                author: "perencana".into(),
                text: "Sakit jantung, minta pindah dekat rumah".into(),
            }),
            readiness: None,
        })
        .unwrap();
    let org = h.store.as_ref().unwrap().load().unwrap();
    h.state = tui::initial_state(org, &tui::AppOptions::default());
    h.state.lang = penata::lang::Lang::Id;
    h.send(vec![Event::Resize(80, 24)]);
    assert!(h.state.tree.reveal(&h.state.org, Node::Employee(e)));
    h.send(vec![ch('k'), ch('j')]);
    (h, e)
}

#[test]
fn the_mask_key_hides_nip_birth_date_and_notes_in_tree_and_details() {
    let (mut h, e) = masked_demo();
    let nip = h.state.org.employee(e).nip;
    let before = h.screen();
    assert!(before.contains(&nip.grouped()), "{before}");
    assert!(before.contains("Sakit jantung"), "{before}");
    h.send(vec![ch('N')]);
    let screen = h.screen();
    assert!(screen.contains("NIP disamarkan"), "{screen}");
    assert!(!screen.contains(&nip.grouped()), "{screen}");
    assert!(
        !screen.contains(&nip.as_str()[..8]),
        "birth date shown: {screen}"
    );
    assert!(!screen.contains("Sakit jantung"), "{screen}");
    assert!(screen.contains(&nip.masked()), "{screen}");
    h.state.toasts.clear();
    h.send(vec![ch('k'), ch('j')]);
    assert_snapshot!("masked_details_80x24", h.screen());
    // The note itself, further down the details, says it is hidden.
    h.send(vec![ch('J'); 40]);
    let bottom = h.screen();
    assert!(bottom.contains("(disamarkan)"), "{bottom}");
    assert!(bottom.contains("perencana"), "{bottom}");
    assert!(!bottom.contains("Sakit jantung"), "{bottom}");
    // And back.
    h.send(vec![ch('N')]);
    assert!(h.screen().contains("Sakit jantung"), "{}", h.screen());
}

/// Every full NIP of the demo, grouped as the screen writes them, and bare.
fn demo_nips(org: &Organization) -> Vec<String> {
    org.employees()
        .iter()
        .flat_map(|e| [e.nip.grouped(), e.nip.as_str().to_string()])
        .collect()
}

#[test]
fn no_full_nip_of_the_demo_appears_on_any_masked_screen() {
    let options = tui::AppOptions {
        presenting: tui::Presenting {
            read_only: false,
            masked: true,
        },
        ..Default::default()
    };
    let org = common::demo();
    let nips = demo_nips(&org);
    let mut h = Harness::with(org, 120, 40, &options);
    let mut screens = Vec::new();
    // Everything open, walked from top to bottom, details of every row.
    h.send(vec![ch('*')]);
    let rows = h.state.tree.rows.len();
    for _ in 0..rows {
        h.send(vec![ch('j')]);
        screens.push(h.screen());
    }
    // Lookup by NIP (digits of the first person's NIP) and by name.
    let first = h.state.org.employees()[0].nip.as_str().to_string();
    let mut keys = vec![ch('g'), ch('/')];
    keys.extend(typed(&first[..10]));
    h.send(keys);
    screens.push(h.screen());
    h.send(vec![key(KeyCode::Esc), ch('/')]);
    h.send(typed("sri"));
    screens.push(h.screen());
    h.send(vec![key(KeyCode::Esc)]);
    // The talent views of the top unit.
    for k in ['d', '9', 't', 'w', 'p'] {
        h.send(vec![ch('g'), ch(k)]);
        screens.push(h.screen());
        h.send(vec![key(KeyCode::Esc)]);
    }
    assert!(screens.len() > 50);
    for screen in &screens {
        assert!(screen.contains("NIP disamarkan"), "{screen}");
        for nip in &nips {
            assert!(!screen.contains(nip.as_str()), "{nip} on screen:\n{screen}");
        }
    }
}

#[test]
fn review_masks_with_the_same_key_and_state() {
    let (mut h, e) = with_a_move();
    let nip = h.state.org.employee(e).nip;
    h.send(vec![ch('P'), ch('v')]);
    assert_eq!(h.state.mode(), Mode::Review);
    assert!(h.screen().contains(&nip.grouped()), "{}", h.screen());
    h.send(vec![ch('N')]);
    assert!(h.state.masked);
    assert!(h.screen().contains(&nip.masked()), "{}", h.screen());
    // Still masked back in the tree.
    h.send(vec![key(KeyCode::Esc)]);
    assert!(h.screen().contains("NIP disamarkan"), "{}", h.screen());
}
