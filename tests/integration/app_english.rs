//! The app screen in English (`--lang en`): the same screens as the Indonesian snapshots, at
//! 80x24 through the real key path. The screen speaks its state's language, so English and
//! Indonesian screens are drawn side by side in one process.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use common::{Harness, ch, ctrl, key, stable, typed};
use crossterm::event::{Event, KeyCode};
use insta::assert_snapshot;
use penata::app::{Mode, Node};
use penata::domain::retirement;
use penata::lang::Lang;
use penata::ui::notice;

fn english(w: u16, h: u16) -> Harness {
    let mut app = Harness::demo(w, h);
    app.state.lang = Lang::En;
    app.state.today = retirement::date(2026, 11, 23).unwrap();
    app.send(vec![Event::Resize(w, h)]);
    app
}

/// The demo with a database, in English.
fn english_with_store(w: u16, h: u16) -> Harness {
    let mut app = Harness::demo_with_store(w, h);
    app.state.lang = Lang::En;
    app.send(vec![Event::Resize(w, h)]);
    app
}

/// The notices on screen, as the screen words them in English.
fn said(app: &Harness) -> Vec<String> {
    app.state
        .toasts
        .iter()
        .map(|n| notice::word(n, Lang::En))
        .collect()
}

fn find(app: &mut Harness, query: &str, downs: usize) {
    let mut keys = vec![ch('/')];
    keys.extend(typed(query));
    app.send(keys);
    let mut keys: Vec<Event> = std::iter::repeat_n(key(KeyCode::Down), downs).collect();
    keys.push(key(KeyCode::Enter));
    app.send(keys);
}

#[test]
fn tree_in_english() {
    let app = english(80, 24);
    let screen = app.screen();
    assert!(screen.contains("BROWSE"), "{screen}");
    assert!(!screen.contains("JELAJAH"), "{screen}");
    assert_snapshot!("en_tree_80x24", screen);
}

#[test]
fn details_in_english() {
    let mut app = english(80, 24);
    app.send(vec![ch('-'), ch('j')]);
    assert_snapshot!("en_unit_80x24", app.screen());
    let mut app = english(80, 24);
    app.send(vec![ch('j'), ch('l'), ch('l')]);
    assert_snapshot!("en_employee_80x24", app.screen());
}

#[test]
fn help_overlay_in_english() {
    let mut app = english(80, 24);
    app.send(vec![ch('?')]);
    let screen = app.screen();
    assert!(screen.contains("Help: keys"), "{screen}");
    assert_snapshot!("en_help_80x24", screen);
}

#[test]
fn talent_views_in_english() {
    let mut app = english(80, 24);
    find(&mut app, "dinas kesehatan", 0);
    assert!(matches!(app.state.selected(), Some(Node::Unit(_))));
    app.send(vec![ch('d')]);
    assert_eq!(app.state.mode(), Mode::Talent);
    assert_snapshot!("en_dashboard_80x24", app.screen());

    let mut app = english(80, 24);
    find(&mut app, "subbagian keuangan", 1);
    app.send(vec![ch('c')]);
    assert_eq!(app.state.mode(), Mode::Talent);
    assert_snapshot!("en_candidates_80x24", app.screen());
}

#[test]
fn plans_view_in_english() {
    let mut app = english_with_store(80, 24);
    let mut keys = vec![ch('P'), ch('n'), ctrl('u')];
    keys.extend(typed("Rotation 2026"));
    keys.push(key(KeyCode::Enter));
    app.send(keys);
    app.state.toasts.clear();
    app.send(vec![ch('P')]);
    assert_eq!(app.state.mode(), Mode::Plans, "{}", app.screen());
    assert_snapshot!("en_plans_80x24", stable(&app.screen()));
}

/// Picks up the Sekda and drops him on the seat he holds: the rules refuse the move.
fn refuse_a_move(app: &mut Harness) {
    penata::app::active::activate(
        &mut app.state,
        penata::domain::plan::Plan::new(
            "Uji".into(),
            "perencana".into(),
            time::OffsetDateTime::UNIX_EPOCH,
        ),
    );
    find(app, "markus pattiradjawane", 0);
    assert!(matches!(app.state.selected(), Some(Node::Employee(_))));
    app.send(vec![ch('m'), key(KeyCode::Enter)]);
    app.state.toasts.clear();
    app.send(vec![key(KeyCode::Enter)]);
}

#[test]
fn a_refused_move_says_why_in_english() {
    let mut app = english(120, 40);
    refuse_a_move(&mut app);
    let toast = said(&app)[0].clone();
    assert!(
        toast.starts_with(
            "Refused: Dr. Markus Pattiradjawane, S.STP., M.Si. already holds Sekretaris Daerah \
             (setda.sekda) in this plan; choose another seat"
        ),
        "{toast}"
    );
    let screen = app.screen();
    assert!(!screen.contains("Ditolak"), "{screen}");
    assert_snapshot!("en_refused_move_120x40", screen);
}

#[test]
fn a_refused_plan_name_says_why_in_english() {
    let mut app = english_with_store(80, 24);
    let mut keys = vec![ch('P'), ch('n'), ctrl('u')];
    keys.extend(typed(" Rotation"));
    keys.push(key(KeyCode::Enter));
    app.send(keys);
    let toasts = said(&app);
    assert!(
        toasts
            .iter()
            .any(|t| t
                == "Refused: the plan name \" Rotation\" starts or ends with a space; remove it"),
        "{toasts:?}"
    );
}
