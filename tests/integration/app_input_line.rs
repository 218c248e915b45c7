//! The one-line inputs (the prompt and the lookup line): key -> key map -> action -> state,
//! pasted text, and the cursor on screen where the next character goes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use common::{Harness, ch, ctrl, key, typed};
use crossterm::event::{Event, KeyCode};
use insta::assert_snapshot;
use penata::app::prompt::PROMPT_MAX;
use penata::app::search::QUERY_MAX;
use penata::app::{Action, AppState, Mode, Node, update};
use penata::input::action_for;
use ratatui::backend::Backend;
use ratatui::layout::Position;

fn app() -> AppState {
    let mut s = AppState::new(common::demo());
    update(&mut s, Action::Resize(80, 24));
    s
}

/// Presses keys through the default key map, refreshing lookup results like the runtime.
fn press(s: &mut AppState, events: &[Event]) {
    for e in events {
        if let Event::Key(k) = e
            && let Some(a) = action_for(s.mode(), *k)
        {
            update(s, a);
        }
        s.refresh();
    }
}

/// Pastes text as the runtime does (a bracketed paste event).
fn paste(s: &mut AppState, text: &str) {
    for a in penata::tui::actions_of(s, Event::Paste(text.to_string())) {
        update(s, a);
    }
    s.refresh();
}

fn lefts(n: usize) -> Vec<Event> {
    vec![key(KeyCode::Left); n]
}

fn prompt_line(s: &AppState) -> (String, usize) {
    let p = s.prompt().expect("a prompt is open");
    (p.text().to_string(), p.line.cursor())
}

fn lookup_line(s: &AppState) -> (String, usize) {
    (s.search.query().to_string(), s.search.line.cursor())
}

/// The new-plan prompt, emptied.
fn new_plan_prompt() -> AppState {
    let mut s = app();
    press(&mut s, &[ch('P'), ch('n'), ctrl('u')]);
    assert_eq!(s.mode(), Mode::Prompt);
    s
}

#[test]
fn the_prompt_moves_inserts_and_deletes_at_the_cursor() {
    let mut s = new_plan_prompt();
    press(&mut s, &typed("rencana mutasi"));
    press(&mut s, &lefts(6));
    press(&mut s, &typed("2026 "));
    assert_eq!(prompt_line(&s), ("rencana 2026 mutasi".into(), 13));
    press(&mut s, &[key(KeyCode::Delete), key(KeyCode::Backspace)]);
    assert_eq!(prompt_line(&s), ("rencana 2026utasi".into(), 12));
    press(&mut s, &[ctrl('w')]);
    assert_eq!(prompt_line(&s), ("rencana utasi".into(), 8));
    press(&mut s, &[key(KeyCode::Home), ch('B'), ctrl('e'), ch('!')]);
    assert_eq!(prompt_line(&s), ("Brencana utasi!".into(), 15));
    press(
        &mut s,
        &[ctrl('a'), key(KeyCode::Right), key(KeyCode::Right)],
    );
    press(&mut s, &[ctrl('u')]);
    assert_eq!(prompt_line(&s), ("encana utasi!".into(), 0));
    // Left at the start and Right at the end stay put.
    press(&mut s, &[key(KeyCode::Left)]);
    assert_eq!(prompt_line(&s).1, 0);
    press(&mut s, &[key(KeyCode::End), key(KeyCode::Right)]);
    assert_eq!(prompt_line(&s).1, 13);
    // Enter takes the whole line, not the part before the cursor.
    press(&mut s, &lefts(3));
    let effects = update(&mut s, Action::PromptAccept);
    assert!(
        format!("{effects:?}").contains("\"encana utasi!\""),
        "{effects:?}"
    );
}

#[test]
fn the_prompt_counts_wide_and_accented_characters_as_one() {
    let mut s = new_plan_prompt();
    press(&mut s, &typed("Ñoño 山田"));
    press(&mut s, &lefts(2));
    press(&mut s, &typed("太"));
    assert_eq!(prompt_line(&s), ("Ñoño 太山田".into(), 6));
    press(&mut s, &[key(KeyCode::Delete)]);
    assert_eq!(prompt_line(&s), ("Ñoño 太田".into(), 6));
    press(&mut s, &[key(KeyCode::Home), key(KeyCode::Delete)]);
    assert_eq!(prompt_line(&s), ("oño 太田".into(), 0));
}

#[test]
fn pasting_into_the_prompt_drops_control_characters_and_keeps_the_bound() {
    let mut s = new_plan_prompt();
    press(&mut s, &typed("ab"));
    press(&mut s, &lefts(1));
    paste(&mut s, "X\nY\u{1b}[2J\tZ\r");
    assert_eq!(prompt_line(&s), ("aX Y[2J Zb".into(), 9));
    paste(&mut s, &"x".repeat(PROMPT_MAX * 3));
    assert_eq!(s.prompt().unwrap().text().chars().count(), PROMPT_MAX);
    assert!(s.prompt().unwrap().text().ends_with('b'));
}

#[test]
fn the_lookup_line_edits_at_the_cursor_and_searches_again() {
    let mut s = app();
    press(&mut s, &typed("/srwah"));
    let fuzzy = s.search.hits.clone();
    press(&mut s, &lefts(3));
    press(&mut s, &typed("i "));
    assert_eq!(lookup_line(&s), ("sri wah".into(), 4));
    assert_ne!(s.search.hits, fuzzy, "the edited query is searched again");
    let Node::Employee(first) = s.search.hits[0].node else {
        panic!("people first");
    };
    assert!(s.org.employee(first).name.starts_with("Sri Wahyuni"));
    let found = s.search.hits.len();
    // Moving the cursor alone searches nothing again and keeps the selection.
    press(&mut s, &[key(KeyCode::Down)]);
    let selected = s.search.selected;
    press(&mut s, &[key(KeyCode::End), key(KeyCode::Home)]);
    assert!(!s.search.is_dirty());
    assert_eq!((s.search.hits.len(), s.search.selected), (found, selected));
    press(&mut s, &[key(KeyCode::Delete)]);
    assert_eq!(lookup_line(&s), ("ri wah".into(), 0));
    press(&mut s, &[ctrl('e'), ctrl('w')]);
    assert_eq!(lookup_line(&s), ("ri ".into(), 3));
    // Left and Right move the cursor here; they are not the tree's keys.
    press(&mut s, &[key(KeyCode::Left)]);
    assert_eq!((s.mode(), lookup_line(&s).1), (Mode::Search, 2));
    press(&mut s, &[key(KeyCode::Right), ctrl('u')]);
    assert_eq!(lookup_line(&s), (String::new(), 0));
    assert!(s.search.hits.is_empty());
}

#[test]
fn the_lookup_line_takes_wide_characters_and_pastes_at_the_cursor() {
    let mut s = app();
    press(&mut s, &typed("/Ñ山"));
    press(&mut s, &lefts(1));
    paste(&mut s, "a\u{1b}b\nc");
    assert_eq!(lookup_line(&s), ("Ñab c山".into(), 5));
    press(&mut s, &[key(KeyCode::Backspace), key(KeyCode::Delete)]);
    assert_eq!(lookup_line(&s), ("Ñab ".into(), 4));
    paste(&mut s, &"y".repeat(QUERY_MAX + 50));
    assert_eq!(s.search.query().chars().count(), QUERY_MAX);
}

fn cursor(app: &mut Harness) -> Position {
    app.terminal.backend_mut().get_cursor_position().unwrap()
}

#[test]
fn lookup_with_the_cursor_in_the_middle() {
    let mut app = Harness::demo(80, 24);
    let mut keys = vec![ch('/')];
    keys.extend(typed("srwah"));
    keys.extend(lefts(3));
    keys.extend(typed("i "));
    app.send(keys);
    // `Cari: sri wah`: the cursor is on the `w`, the fifth character of the query.
    let at = cursor(&mut app);
    let row: String = app.screen().lines().nth(usize::from(at.y)).unwrap().into();
    let before: String = row.chars().take(usize::from(at.x)).collect();
    assert!(before.ends_with("sri "), "{row:?} at {at:?}");
    assert_eq!(row.chars().nth(usize::from(at.x)), Some('w'));
    assert_snapshot!(
        "search_cursor_middle_80x24",
        format!("{}cursor {} {}\n", app.screen(), at.x, at.y)
    );
}

#[test]
fn a_long_line_keeps_the_cursor_on_screen_at_40_columns() {
    let text = "perpindahan pejabat administrator dinas kesehatan tahun 2026";
    for open in [vec![ch('/')], vec![ch('P'), ch('n'), ctrl('u')]] {
        let mut app = Harness::demo(40, 12);
        app.send(open);
        app.send(typed(text));
        let mut seen = Vec::new();
        for step in 0..=text.chars().count() {
            let at = cursor(&mut app);
            assert!(at.x < 40 && at.y < 12, "step {step}: {at:?}");
            let row: String = app.screen().lines().nth(usize::from(at.y)).unwrap().into();
            let under = row.chars().nth(usize::from(at.x));
            let i = text.chars().count() - step;
            // The cell under the cursor is the character there, or `_` after the text.
            assert_eq!(under, Some(text.chars().nth(i).unwrap_or('_')), "{row:?}");
            seen.push(row);
            app.send(lefts(1));
        }
        assert!(seen[0].contains("2026_"), "{}", seen[0]);
        assert!(seen.last().unwrap().contains("perpindahan"));
    }
}
