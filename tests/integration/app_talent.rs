//! The talent views in the app (issue 5): each view's screen at 80x24 through the real key
//! path, and what their keys do to the state: choosing a candidate picks them up for the
//! seat, filters narrow the list, the 9-box moves and drills down, readiness and notes are
//! written through the store and show at once.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use common::{Harness, ch, ctrl, key, typed};
use crossterm::event::{Event, KeyCode};
use insta::assert_snapshot;
use penata::app::talent::Body;
use penata::app::{Mode, Node};
use penata::domain::ninebox::employee_box;
use penata::domain::{Readiness, retirement};
use penata::store::OrgStore;

fn today() -> time::Date {
    retirement::date(2026, 11, 23).unwrap()
}

fn demo() -> Harness {
    let mut app = Harness::demo(80, 24);
    app.state.today = today();
    app
}

fn stored() -> Harness {
    let mut app = Harness::demo_with_store(80, 24);
    app.state.today = today();
    app
}

fn find(app: &mut Harness, query: &str, downs: usize) {
    let mut keys = vec![ch('/')];
    keys.extend(typed(query));
    app.send(keys);
    // Results arrive once the typed keys are drained, as in the real loop.
    let mut keys: Vec<Event> = std::iter::repeat_n(key(KeyCode::Down), downs).collect();
    keys.push(key(KeyCode::Enter));
    app.send(keys);
}

/// The vacant Kasubbag Keuangan of Dinas Kesehatan, selected.
fn on_vacant_seat(app: &mut Harness) {
    find(app, "subbagian keuangan", 1);
    let Some(Node::Position(p)) = app.state.selected() else {
        panic!("not on a position: {:?}", app.state.selected());
    };
    assert_eq!(
        app.state.org.position(p).id,
        "dinkes.sekretariat.kasubbag_keu"
    );
}

fn on_dinkes(app: &mut Harness) {
    find(app, "dinas kesehatan", 0);
    assert!(matches!(app.state.selected(), Some(Node::Unit(_))));
}

#[test]
fn candidates_screen() {
    let mut app = demo();
    on_vacant_seat(&mut app);
    app.send(vec![ch('c')]);
    assert_eq!(app.state.mode(), Mode::Talent);
    assert_snapshot!("candidates_80x24", app.screen());
}

#[test]
fn candidates_follow_the_domain_ranking_and_filters() {
    let mut app = demo();
    on_vacant_seat(&mut app);
    app.send(vec![ch('c')]);
    let rows = |app: &Harness| match &app.state.talent().unwrap().body {
        Body::Candidates(c) => c.rows.clone().unwrap(),
        other => panic!("{other:?}"),
    };
    let all = rows(&app);
    assert!(all.len() > 10);
    assert!(
        all.windows(2).all(|w| w[0].percent >= w[1].percent),
        "best fit first"
    );
    assert_eq!(
        app.state.org.employee(all[0].employee).name,
        "Sri Wahyuni, S.E., M.M."
    );
    // `u`: only people not yet placed.
    app.send(vec![ch('u')]);
    let unplaced = rows(&app);
    assert!(unplaced.len() < all.len());
    assert!(
        unplaced
            .iter()
            .all(|r| app.state.org.seat_of(r.employee).is_none())
    );
    app.send(vec![ch('u')]);
    // `+` three times: golongan I/c at least; every row meets it.
    app.send(vec![
        ch('+'),
        ch('+'),
        ch('+'),
        ch('+'),
        ch('+'),
        ch('+'),
        ch('+'),
        ch('+'),
        ch('+'),
    ]);
    let min = match &app.state.talent().unwrap().body {
        Body::Candidates(c) => c.filter.min_rank.unwrap(),
        _ => unreachable!(),
    };
    assert_eq!(min.to_string(), "III/a");
    let ranked = rows(&app);
    assert!(
        ranked
            .iter()
            .all(|r| app.state.org.employee(r.employee).rank.order() >= min.order())
    );
    assert!(app.screen().contains("gol. >= III/a"), "{}", app.screen());
    // `-` lowers it again, all the way off.
    app.send(std::iter::repeat_n(ch('-'), 12).collect());
    assert_eq!(rows(&app).len(), all.len());
}

#[test]
fn choosing_a_candidate_carries_them_to_the_seat() {
    let mut app = stored();
    on_vacant_seat(&mut app);
    let seat = app.state.selected();
    app.send(vec![ch('c'), ch('j')]);
    let second = match &app.state.talent().unwrap().body {
        Body::Candidates(c) => c.rows.as_ref().unwrap()[1].employee,
        _ => unreachable!(),
    };
    // On the baseline: a plan is asked for first, then the carry starts on the seat.
    app.send(vec![key(KeyCode::Enter)]);
    assert_eq!(app.state.mode(), Mode::Prompt);
    app.send(vec![key(KeyCode::Enter)]);
    assert_eq!(app.state.mode(), Mode::Carrying);
    assert_eq!(app.state.carry().unwrap().people, vec![second]);
    assert_eq!(app.state.selected(), seat);
    assert!(
        app.screen()
            .contains("Letakkan di: Kepala Subbagian Keuangan")
    );
    // Dropping moves them into the seat in the plan.
    app.send(vec![key(KeyCode::Enter), key(KeyCode::Enter)]);
    let Some(Node::Position(p)) = seat else {
        unreachable!()
    };
    assert_eq!(app.state.org.seat_of(second), Some(p));
    assert_eq!(app.state.active.as_ref().unwrap().plan.moves.len(), 1);
}

#[test]
fn candidates_need_a_seat() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('c')]);
    assert_eq!(app.state.mode(), Mode::Browse);
    assert!(app.screen().contains("Pilih jabatan"), "{}", app.screen());
}

#[test]
fn gaps_screens() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('t')]);
    assert_snapshot!("gaps_needs_80x24", app.screen());
    app.send(vec![key(KeyCode::Tab)]);
    assert_snapshot!("gaps_people_80x24", app.screen());
}

#[test]
fn ninebox_screens_and_drill_down() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('9')]);
    assert_snapshot!("ninebox_80x24", app.screen());
    let selected = |app: &Harness| match &app.state.talent().unwrap().body {
        Body::NineBox(n) => n.selected,
        _ => unreachable!(),
    };
    assert_eq!(selected(&app), 9);
    // Left along the top row, then down the middle column, then to "belum dinilai".
    app.send(vec![ch('h')]);
    assert_eq!(selected(&app), 7);
    app.send(vec![ch('j')]);
    assert_eq!(selected(&app), 5);
    app.send(vec![ch('j')]);
    assert_eq!(selected(&app), 3);
    app.send(vec![ch('j')]);
    assert_eq!(selected(&app), 0);
    app.send(vec![ch('k')]);
    assert_eq!(selected(&app), 1);
    app.send(vec![ch('l'), ch('l'), ch('l')]);
    assert_eq!(selected(&app), 6);
    app.send(vec![ch('k')]);
    assert_eq!(selected(&app), 8);
    // Enter opens the box: everyone listed is in box 8 and in the count.
    app.send(vec![key(KeyCode::Enter)]);
    let (b, people, count) = match &app.state.talent().unwrap().body {
        Body::NineBox(n) => {
            let (b, p) = n.opened.clone().unwrap();
            (b, p, n.counts.count(8))
        }
        _ => unreachable!(),
    };
    assert_eq!(b, 8);
    assert_eq!(people.len() as u32, count);
    assert!(
        people
            .iter()
            .all(|&e| employee_box(app.state.org.employee(e)) == Some(8))
    );
    assert_snapshot!("ninebox_box8_80x24", app.screen());
    // Enter on a person shows them in the tree; Esc first goes back to the grid.
    app.send(vec![key(KeyCode::Esc)]);
    assert_eq!(app.state.mode(), Mode::Talent);
    app.send(vec![key(KeyCode::Enter), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.state.mode(), Mode::Browse);
    assert_eq!(app.state.selected(), Some(Node::Employee(people[1])));
}

#[test]
fn workload_screen() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('w')]);
    assert_snapshot!("workload_80x24", app.screen());
}

#[test]
fn retirement_screen() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('p')]);
    assert_snapshot!("retirements_80x24", app.screen());
}

#[test]
fn dashboard_screens() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('d')]);
    assert_snapshot!("dashboard_80x24", app.screen());
    // Enter on a child's bar shows that unit in the tree (the first bar is the unit's
    // own seats, the second its Sekretariat).
    app.send(vec![ch('j'), ch('j'), key(KeyCode::Enter)]);
    let Some(Node::Unit(u)) = app.state.selected() else {
        panic!("{:?}", app.state.selected())
    };
    assert_eq!(app.state.org.unit(u).name, "Bidang Kesehatan Masyarakat");
    let mut wide = Harness::demo(120, 40);
    wide.state.today = today();
    on_dinkes(&mut wide);
    wide.send(vec![ch('d')]);
    assert_snapshot!("dashboard_120x40", wide.screen());
}

#[test]
fn readiness_is_chosen_stored_and_counted() {
    let mut app = stored();
    find(&mut app, "sri wahyuni", 0);
    let Some(Node::Employee(e)) = app.state.selected() else {
        panic!()
    };
    let before = app.state.org.employee(e).readiness;
    assert_eq!(before, Some(Readiness::Siap));
    let unit = app
        .state
        .org
        .unit_of(app.state.org.seat_of(e).unwrap())
        .unwrap();
    let counts = app.state.derived.unit(unit).readiness;
    app.send(vec![ch('r')]);
    assert_eq!(app.state.mode(), Mode::Readiness);
    assert_snapshot!("readiness_80x24", app.screen());
    app.send(vec![ch('m')]);
    assert_eq!(app.state.mode(), Mode::Browse);
    assert_eq!(
        app.state.org.employee(e).readiness,
        Some(Readiness::Menolak)
    );
    let after = app.state.derived.unit(unit).readiness;
    assert_eq!(after.ready + 1, counts.ready);
    assert_eq!(after.resisting, counts.resisting + 1);
    let nip = app.state.org.employee(e).nip;
    let stored = app.store.as_ref().unwrap().employee(&nip).unwrap().unwrap();
    assert_eq!(stored.readiness, Some(Readiness::Menolak));
    // `b` (belum dinilai) with arrows and Enter clears it.
    app.send(vec![
        ch('r'),
        ch('j'),
        ch('j'),
        ch('j'),
        key(KeyCode::Enter),
    ]);
    assert_eq!(app.state.org.employee(e).readiness, None);
}

#[test]
fn a_note_is_edited_over_lines_and_stored() {
    let mut app = stored();
    find(&mut app, "sri wahyuni", 0);
    let Some(Node::Employee(e)) = app.state.selected() else {
        panic!()
    };
    let notes = app.state.org.employee(e).notes.len();
    app.send(vec![ch('n')]);
    assert_eq!(app.state.mode(), Mode::Note);
    // An empty note is not saved.
    app.send(vec![ctrl('s')]);
    assert_eq!(app.state.mode(), Mode::Note);
    let mut keys = typed("Bersedia pindah");
    keys.push(key(KeyCode::Enter));
    keys.extend(typed("asal dekat rumah"));
    // Cursor movement: to the start of the line, insert there.
    keys.push(key(KeyCode::Home));
    keys.extend(typed("— "));
    app.send(keys);
    assert_snapshot!("note_80x24", app.screen());
    app.send(vec![ctrl('s')]);
    assert_eq!(app.state.mode(), Mode::Browse);
    let shown = app.state.org.employee(e);
    assert_eq!(shown.notes.len(), notes + 1);
    let last = shown.notes.last().unwrap();
    assert_eq!(last.text, "Bersedia pindah\n— asal dekat rumah");
    assert_eq!(last.author, app.state.user);
    let nip = shown.nip;
    let stored = app.store.as_ref().unwrap().employee(&nip).unwrap().unwrap();
    assert_eq!(stored.notes.last().unwrap().text, last.text);
    // The details keep the writer's line break (newest note first).
    app.send(vec![key(KeyCode::Tab)]);
    app.send(std::iter::repeat_n(ch('J'), 20).collect());
    let screen = app.screen();
    let lines: Vec<&str> = screen.lines().map(str::trim).collect();
    let at = lines
        .iter()
        .position(|l| *l == "Bersedia pindah")
        .unwrap_or_else(|| panic!("{screen}"));
    assert_eq!(lines[at + 1], "— asal dekat rumah", "{screen}");
    app.send(vec![key(KeyCode::Tab)]);
    // Esc with text discards it and writes nothing.
    app.send(vec![ch('n'), ch('x'), key(KeyCode::Esc)]);
    assert_eq!(app.state.mode(), Mode::Browse);
    let stored = app.store.as_ref().unwrap().employee(&nip).unwrap().unwrap();
    assert_eq!(stored.notes.len(), notes + 1);
}

#[test]
fn pasted_text_goes_into_the_note() {
    let mut app = stored();
    find(&mut app, "sri wahyuni", 0);
    app.send(vec![
        ch('n'),
        Event::Paste("baris satu\r\nbaris dua".into()),
    ]);
    let text = app.state.note().unwrap().text();
    assert_eq!(text, "baris satu\nbaris dua");
}

#[test]
fn readiness_and_notes_need_a_person() {
    let mut app = demo();
    on_dinkes(&mut app);
    app.send(vec![ch('r')]);
    assert_eq!(app.state.mode(), Mode::Browse);
    app.send(vec![ch('n')]);
    assert_eq!(app.state.mode(), Mode::Browse);
    assert!(app.screen().contains("Pilih seorang pegawai"));
}

#[test]
fn every_view_draws_at_every_size_without_panic() {
    for (w, h) in [(40, 10), (41, 11), (60, 15), (80, 24), (100, 30), (200, 60)] {
        for k in ['c', 't', '9', 'w', 'p', 'd'] {
            let mut app = Harness::demo(w, h);
            app.state.today = today();
            on_vacant_seat(&mut app);
            app.send(vec![ch(k)]);
            assert_eq!(app.state.mode(), Mode::Talent, "{k} at {w}x{h}");
            // Walk the list and the grid, open what opens, and come back.
            app.send(vec![
                ch('j'),
                ch('G'),
                ch('h'),
                key(KeyCode::Tab),
                key(KeyCode::Enter),
                ch('j'),
                key(KeyCode::Esc),
            ]);
            let screen = app.screen();
            assert_eq!(screen.lines().count(), usize::from(h), "{k} at {w}x{h}");
        }
        // At the smallest size the candidate list still shows rows.
        let mut app = Harness::demo(w, h);
        on_vacant_seat(&mut app);
        app.send(vec![ch('c')]);
        assert!(app.screen().contains("  1 "), "{w}x{h}\n{}", app.screen());
    }
}
