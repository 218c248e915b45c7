//! Reducer tests: key -> action (through the key map) -> state. No terminal involved.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use penata::app::{Action, AppState, Effect, Mode, Node, Notice, tree, update};
use penata::input::action_for;

fn app() -> AppState {
    let mut s = AppState::new(common::demo());
    update(&mut s, Action::Resize(80, 24));
    s
}

/// Presses keys through the real key map, refreshing lookup results like the runtime.
fn press(s: &mut AppState, events: &[Event]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for e in events {
        if let Event::Key(k) = e
            && let Some(a) = action_for(s.mode(), *k)
        {
            effects.extend(update(s, a));
        }
        s.refresh();
    }
    effects
}

fn keys(s: &str) -> Vec<Event> {
    common::typed(s)
}

fn code(c: KeyCode) -> Event {
    common::key(c)
}

fn invariant(s: &AppState) {
    assert_eq!(
        s.tree.rows,
        tree::flatten(&s.org, &s.tree.expanded),
        "rows match expansion"
    );
    assert!(s.tree.selected < s.tree.rows.len().max(1));
    let w = s.tree.window(s.tree.viewport);
    assert!(
        w.contains(&s.tree.selected),
        "selection visible: {w:?} {}",
        s.tree.selected
    );
}

#[test]
fn starts_on_the_first_root_with_roots_open() {
    let s = app();
    assert_eq!(s.selected(), Some(Node::Unit(s.org.roots()[0])));
    assert_eq!(s.mode(), Mode::Browse);
    assert!(matches!(
        s.tree.rows.last().map(|r| r.node),
        Some(Node::Unplaced)
    ));
    invariant(&s);
}

#[test]
fn j_and_down_move_alike_and_stop_at_the_ends() {
    let mut a = app();
    let mut b = app();
    press(&mut a, &keys("jjj"));
    press(
        &mut b,
        &[
            code(KeyCode::Down),
            code(KeyCode::Down),
            code(KeyCode::Down),
        ],
    );
    assert_eq!(a.tree.selected, 3);
    assert_eq!(a.tree.selected, b.tree.selected);
    press(&mut a, &keys("kkkkkk"));
    assert_eq!(a.tree.selected, 0);
    press(&mut a, &keys("G"));
    assert_eq!(a.tree.selected, a.tree.rows.len() - 1);
    assert_eq!(a.selected(), Some(Node::Unplaced));
    press(&mut a, &keys("j"));
    assert_eq!(a.tree.selected, a.tree.rows.len() - 1);
    invariant(&a);
    press(&mut a, &keys("g"));
    assert_eq!(a.tree.selected, 0);
    press(&mut a, &[code(KeyCode::End)]);
    assert_eq!(a.selected(), Some(Node::Unplaced));
    press(&mut a, &[code(KeyCode::Home)]);
    assert_eq!(a.tree.selected, 0);
}

#[test]
fn page_keys_move_by_the_visible_height() {
    let mut s = app();
    let page = s.tree.viewport;
    press(&mut s, &[code(KeyCode::PageDown)]);
    assert_eq!(s.tree.selected, page);
    invariant(&s);
    press(&mut s, &[code(KeyCode::PageUp)]);
    assert_eq!(s.tree.selected, 0);
    // A bigger terminal makes a bigger page.
    update(&mut s, Action::Resize(120, 40));
    assert!(s.tree.viewport > page);
}

#[test]
fn l_opens_then_steps_in_and_h_closes_then_goes_up() {
    let mut s = app();
    press(&mut s, &keys("j"));
    let pos = s.selected().unwrap();
    assert!(matches!(pos, Node::Position(_)));
    let before = s.tree.rows.len();
    press(&mut s, &keys("l"));
    assert!(s.tree.is_expanded(pos));
    assert!(s.tree.rows.len() > before);
    assert_eq!(s.selected(), Some(pos), "first l only opens");
    press(&mut s, &keys("l"));
    assert!(
        matches!(s.selected(), Some(Node::Employee(_))),
        "second l steps in"
    );
    press(&mut s, &keys("h"));
    assert_eq!(s.selected(), Some(pos), "h on a leaf goes to the parent");
    press(&mut s, &keys("h"));
    assert!(!s.tree.is_expanded(pos), "h on an open node closes it");
    assert_eq!(s.tree.rows.len(), before);
    press(&mut s, &keys("h"));
    assert_eq!(s.selected(), Some(Node::Unit(s.org.roots()[0])));
    invariant(&s);
}

#[test]
fn enter_and_right_arrow_open_like_l() {
    let mut s = app();
    press(&mut s, &keys("j"));
    let pos = s.selected().unwrap();
    press(&mut s, &[code(KeyCode::Enter)]);
    assert!(s.tree.is_expanded(pos));
    press(&mut s, &[code(KeyCode::Left)]);
    assert!(!s.tree.is_expanded(pos));
    press(&mut s, &[code(KeyCode::Right)]);
    assert!(s.tree.is_expanded(pos));
}

#[test]
fn backspace_goes_to_the_parent() {
    let mut s = app();
    press(&mut s, &keys("jll"));
    let e = s.selected().unwrap();
    press(&mut s, &[code(KeyCode::Backspace)]);
    assert_eq!(Some(s.selected().unwrap()), tree::parent(&s.org, e));
}

#[test]
fn star_opens_a_whole_subtree_and_minus_closes_it() {
    let mut s = app();
    let root = s.selected().unwrap();
    let collapsed = s.tree.rows.len();
    press(&mut s, &keys("*"));
    let people_in_root = s
        .tree
        .rows
        .iter()
        .filter(|r| matches!(r.node, Node::Employee(_)))
        .count();
    assert!(people_in_root > 0, "everyone under the root is visible");
    invariant(&s);
    press(&mut s, &keys("-"));
    assert!(!s.tree.is_expanded(root));
    assert!(s.tree.rows.len() < collapsed);
    // Reopening shows one level again, not the whole subtree.
    press(&mut s, &keys("l"));
    assert!(
        s.tree
            .rows
            .iter()
            .all(|r| !matches!(r.node, Node::Employee(_))),
        "children closed after -"
    );
    invariant(&s);
}

#[test]
fn selection_stays_visible_while_walking_everything() {
    let mut s = app();
    press(&mut s, &keys("g*"));
    for _ in 0..300 {
        press(&mut s, &keys("j"));
        invariant(&s);
    }
    press(&mut s, &[code(KeyCode::PageDown), code(KeyCode::PageDown)]);
    invariant(&s);
    update(&mut s, Action::Resize(80, 12));
    invariant(&s);
}

#[test]
fn tab_gives_details_the_whole_body_and_back() {
    let mut s = app();
    press(&mut s, &[code(KeyCode::Tab)]);
    assert!(s.details.full);
    press(&mut s, &keys("J"));
    assert_eq!(s.details.scroll, 1);
    press(&mut s, &keys("j"));
    assert_eq!(
        s.details.scroll, 0,
        "a new selection starts at the top of its details"
    );
    press(&mut s, &[code(KeyCode::Tab)]);
    assert!(!s.details.full);
}

#[test]
fn help_opens_and_closes() {
    let mut s = app();
    press(&mut s, &keys("?"));
    assert_eq!(s.mode(), Mode::Help);
    assert_eq!(s.help().map(|h| h.mode), Some(Mode::Browse));
    press(&mut s, &keys("jj"));
    assert_eq!(s.help().map(|h| h.scroll), Some(2));
    let before = s.tree.selected;
    press(&mut s, &[code(KeyCode::Esc)]);
    assert_eq!(s.mode(), Mode::Browse);
    assert_eq!(
        s.tree.selected, before,
        "j in help scrolled help, not the tree"
    );
    press(&mut s, &keys("??"));
    assert_eq!(s.mode(), Mode::Browse);
    // q in help closes help rather than quitting.
    press(&mut s, &keys("?q"));
    assert_eq!(s.mode(), Mode::Browse);
    assert!(!s.quit);
}

#[test]
fn q_quits_and_ctrl_c_quits_from_every_mode() {
    let mut s = app();
    assert!(matches!(press(&mut s, &keys("q"))[..], [Effect::Quit]));
    assert!(s.quit);
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    for open in ["", "/", "?"] {
        let mut s = app();
        press(&mut s, &keys(open));
        assert!(
            matches!(
                press(&mut s, std::slice::from_ref(&ctrl_c))[..],
                [Effect::Quit]
            ),
            "{open:?}"
        );
    }
}

#[test]
fn lookup_updates_on_every_key_people_first() {
    let mut s = app();
    press(&mut s, &keys("/"));
    assert_eq!(s.mode(), Mode::Search);
    assert!(s.search.hits.is_empty());
    press(&mut s, &keys("s"));
    let after_s = s.search.hits.len();
    press(&mut s, &keys("ri"));
    assert_eq!(s.search.query(), "sri");
    assert!(!s.search.hits.is_empty());
    assert!(s.search.hits.len() <= after_s);
    assert!(matches!(s.search.hits[0].node, Node::Employee(_)));
    let first_other = s
        .search
        .hits
        .iter()
        .position(|h| !matches!(h.node, Node::Employee(_)));
    if let Some(i) = first_other {
        assert!(
            s.search.hits[i..]
                .iter()
                .all(|h| !matches!(h.node, Node::Employee(_))),
            "people first"
        );
    }
    press(&mut s, &[code(KeyCode::Backspace)]);
    assert_eq!(s.search.query(), "sr");
    // q and j are typed, not commands, while searching.
    press(&mut s, &keys("qj"));
    assert_eq!(s.search.query(), "srqj");
    assert!(!s.quit);
    press(&mut s, &[common::ctrl('u')]);
    assert!(s.search.query().is_empty());
    assert!(s.search.hits.is_empty());
}

#[test]
fn enter_jumps_to_the_hit_with_ancestors_open() {
    let mut s = app();
    press(&mut s, &keys("/sri"));
    press(
        &mut s,
        &[code(KeyCode::Down), code(KeyCode::Down), code(KeyCode::Up)],
    );
    assert_eq!(s.search.selected, 1);
    let target = s.search.hits[1].node;
    press(&mut s, &[code(KeyCode::Enter)]);
    assert_eq!(s.mode(), Mode::Browse);
    assert_eq!(s.selected(), Some(target));
    for n in tree::path(&s.org, target).iter().rev().skip(1) {
        assert!(s.tree.is_expanded(*n), "{n:?} open");
    }
    invariant(&s);
}

#[test]
fn nip_lookup_finds_the_person() {
    let mut s = app();
    let e = s.org.holders(0).first().copied().unwrap_or(0);
    let nip = s.org.employee(e).nip.as_str().to_string();
    press(&mut s, &keys("/"));
    press(&mut s, &keys(&nip[..12]));
    assert!(
        s.search
            .hits
            .iter()
            .any(|h| h.node == Node::Employee(e) && h.by_nip)
    );
}

#[test]
fn esc_returns_to_where_you_were() {
    let mut s = app();
    press(&mut s, &keys("jjjj"));
    let (sel, off, rows) = (s.tree.selected, s.tree.offset, s.tree.rows.clone());
    press(&mut s, &keys("/sri"));
    press(&mut s, &[code(KeyCode::Down), code(KeyCode::Esc)]);
    assert_eq!(s.mode(), Mode::Browse);
    assert_eq!((s.tree.selected, s.tree.offset), (sel, off));
    assert_eq!(s.tree.rows, rows);
    // Reopening starts with an empty query.
    press(&mut s, &keys("/"));
    assert!(s.search.query().is_empty());
}

#[test]
fn enter_without_hits_stays_in_search() {
    let mut s = app();
    press(&mut s, &keys("/zzzzqqqxx"));
    press(&mut s, &[code(KeyCode::Enter)]);
    assert_eq!(s.mode(), Mode::Search);
}

#[test]
fn toasts_queue_and_dismiss() {
    let mut s = app();
    s.toast(Notice::PlanCreated("satu".into()));
    s.toast(Notice::PlanCreated("dua".into()));
    update(&mut s, Action::DismissToast);
    assert_eq!(s.toasts.front(), Some(&Notice::PlanCreated("dua".into())));
}

#[test]
fn opening_a_node_at_the_bottom_scrolls_its_children_into_view() {
    let mut s = app();
    press(&mut s, &keys("Gl"));
    assert_eq!(s.selected(), Some(Node::Unplaced));
    let w = s.tree.window(s.tree.viewport);
    assert_eq!(w.start, s.tree.selected, "the opened node moves to the top");
    assert!(w.end > s.tree.selected + 1, "its children show under it");
    invariant(&s);
}

#[test]
fn f1_in_search_shows_the_search_keys_and_returns_to_the_query() {
    let mut s = app();
    press(&mut s, &keys("/sri"));
    press(&mut s, &[code(KeyCode::F(1))]);
    assert_eq!(
        (s.mode(), s.help().map(|h| h.mode)),
        (Mode::Help, Some(Mode::Search))
    );
    press(&mut s, &[code(KeyCode::Esc)]);
    assert_eq!(s.mode(), Mode::Search);
    assert_eq!(s.search.query(), "sri");
}

#[test]
fn the_reducer_says_what_happened_as_data() {
    let mut s = app();
    update(&mut s, Action::ToggleMouse);
    assert_eq!(s.toasts.back(), Some(&Notice::MouseToggled(false)));
    s.read_only = true;
    update(&mut s, Action::Undo);
    assert_eq!(s.toasts.back(), Some(&Notice::ReadOnlyRefused));
    // The screen words it in its language.
    assert_eq!(
        penata::ui::notice::word(&Notice::MouseToggled(false), penata::lang::Lang::En),
        "Mouse off: text can be selected (M: turn on again)."
    );
}
