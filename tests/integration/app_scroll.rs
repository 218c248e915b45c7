//! The tree pane's scroll policy through the real key path: where the window goes at its
//! edges, on pages, lookups, resizes and tiny terminals; where a click lands after a jump;
//! and how many bytes a key held at the pane's edge writes to a real terminal backend.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::{Harness, ch, key, typed};
use crossterm::event::{Event, KeyCode, MouseButton, MouseEvent, MouseEventKind};
use insta::assert_snapshot;
use penata::app::{Action, AppState, Mode, scroll, update};
use penata::input::action_for;
use penata::store::memory::MemoryStore;
use penata::tui::{self, AppOptions, EventSource, Next};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

/// The demo at `w`x`h` with the first root's subtree open (`*`): several pages of rows.
fn app(w: u16, h: u16) -> AppState {
    let mut s = AppState::new(common::demo());
    update(&mut s, Action::Resize(w, h));
    press(&mut s, &typed("*"));
    assert!(
        s.tree.rows.len() > 4 * s.tree.viewport,
        "enough rows to scroll"
    );
    s
}

/// Presses keys through the real key map, refreshing lookup results like the runtime.
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

fn times(c: char, n: usize) -> Vec<Event> {
    vec![ch(c); n]
}

/// The cursor's line in the pane.
fn line(s: &AppState) -> usize {
    s.tree.selected - s.tree.offset
}

fn visible(s: &AppState) {
    let vp = s.tree.viewport;
    assert!(
        s.tree.offset <= s.tree.selected && s.tree.selected < s.tree.offset + vp,
        "selection {} outside {}..{}",
        s.tree.selected,
        s.tree.offset,
        s.tree.offset + vp
    );
    assert!(s.tree.offset <= s.tree.rows.len().saturating_sub(vp));
}

#[test]
fn a_held_key_moves_the_window_only_when_the_cursor_leaves_it() {
    // 120x40 side by side, 80x24 and 40x10 stacked (the smallest screen there is).
    for (w, h) in [(120, 40), (80, 24), (40, 10)] {
        let mut s = app(w, h);
        let vp = s.tree.viewport;
        let ctx = scroll::context(vp);
        // Down to the last line of the pane: the window stays.
        press(&mut s, &times('j', vp - 1));
        assert_eq!((s.tree.selected, s.tree.offset), (vp - 1, 0), "{w}x{h}");
        // One more: the window jumps; the cursor lands `ctx` lines below the top.
        press(&mut s, &times('j', 1));
        assert_eq!(s.tree.offset, vp - ctx, "{w}x{h}");
        assert_eq!(line(&s), ctx, "{w}x{h}");
        // The next jump comes `vp - ctx` steps later, not before.
        let off = s.tree.offset;
        press(&mut s, &times('j', vp - ctx - 1));
        assert_eq!(s.tree.offset, off, "{w}x{h}");
        assert_eq!(line(&s), vp - 1, "{w}x{h}");
        press(&mut s, &times('j', 1));
        assert_eq!(s.tree.offset, off + vp - ctx, "{w}x{h}");
        visible(&s);
        // Up: the window stays until the cursor passes the top, then the cursor lands
        // `ctx` lines above the bottom.
        let off = s.tree.offset;
        let up = line(&s);
        press(&mut s, &times('k', up));
        assert_eq!((s.tree.offset, line(&s)), (off, 0), "{w}x{h}");
        press(&mut s, &times('k', 1));
        assert_eq!(line(&s), vp - 1 - ctx, "{w}x{h}");
        assert_eq!(s.tree.offset, off - (vp - ctx), "{w}x{h}");
        visible(&s);
    }
}

#[test]
fn the_window_stops_at_both_ends() {
    let mut s = app(80, 24);
    let (vp, len) = (s.tree.viewport, s.tree.rows.len());
    press(&mut s, &typed("G"));
    assert_eq!((s.tree.selected, s.tree.offset), (len - 1, len - vp));
    // Up from the last row keeps the last page until the cursor passes its top.
    press(&mut s, &times('k', vp - 1));
    assert_eq!(s.tree.offset, len - vp);
    press(&mut s, &typed("g"));
    assert_eq!((s.tree.selected, s.tree.offset), (0, 0));
    // Holding j through everything never leaves the cursor off screen or the pane short.
    for _ in 0..len + 3 {
        press(&mut s, &typed("j"));
        visible(&s);
    }
    assert_eq!(s.tree.selected, len - 1);
}

#[test]
fn pages_move_the_window_a_whole_pane_and_keep_the_cursor_line() {
    let mut s = app(80, 24);
    let (vp, len) = (s.tree.viewport, s.tree.rows.len());
    press(&mut s, &typed("jj"));
    press(&mut s, &[key(KeyCode::PageDown)]);
    assert_eq!((s.tree.selected, s.tree.offset), (2 + vp, vp));
    press(&mut s, &[key(KeyCode::PageDown)]);
    assert_eq!((s.tree.selected, s.tree.offset), (2 + 2 * vp, 2 * vp));
    press(&mut s, &[key(KeyCode::PageUp)]);
    assert_eq!((s.tree.selected, s.tree.offset), (2 + vp, vp));
    // At the end the window stops on the last page and the cursor goes to the last row.
    for _ in 0..len / vp + 1 {
        press(&mut s, &[key(KeyCode::PageDown)]);
        visible(&s);
    }
    assert_eq!((s.tree.selected, s.tree.offset), (len - 1, len - vp));
    for _ in 0..len / vp + 1 {
        press(&mut s, &[key(KeyCode::PageUp)]);
        visible(&s);
    }
    assert_eq!((s.tree.selected, s.tree.offset), (0, 0));
}

#[test]
fn a_resize_moves_the_window_as_little_as_possible() {
    let mut s = app(120, 40);
    press(&mut s, &times('j', 30));
    assert_eq!(s.tree.offset, 0);
    // 11 lines: the cursor stays in view on the bottom line.
    update(&mut s, Action::Resize(80, 24));
    assert_eq!(
        (s.tree.offset, line(&s)),
        (30 + 1 - s.tree.viewport, s.tree.viewport - 1)
    );
    // The smallest screen: three lines.
    update(&mut s, Action::Resize(40, 10));
    assert_eq!(s.tree.viewport, 3);
    assert_eq!((s.tree.offset, line(&s)), (28, 2));
    // Back to the big screen: the window does not move while the cursor fits.
    update(&mut s, Action::Resize(120, 40));
    assert_eq!(s.tree.offset, 28);
    visible(&s);
    // Details over the whole body (Tab) and back.
    update(&mut s, Action::Resize(80, 24));
    press(&mut s, &[key(KeyCode::Tab)]);
    visible(&s);
    press(&mut s, &[key(KeyCode::Tab)]);
    visible(&s);
    // Below the smallest screen the app says so; the cursor still has a line.
    update(&mut s, Action::Resize(30, 8));
    visible(&s);
    press(&mut s, &typed("jjj"));
    visible(&s);
}

#[test]
fn a_lookup_jump_lands_a_third_down_and_esc_goes_back() {
    let mut s = app(80, 24);
    let vp = s.tree.viewport;
    press(&mut s, &times('j', 5));
    let before = (s.tree.selected, s.tree.offset);
    // Someone further down the open tree (not on the last page), found by a unique name.
    let unique = |e: u32| {
        let name = &s.org.employee(e).name;
        s.org.employees().iter().filter(|x| &x.name == name).count() == 1
    };
    let (i, e) = (3 * vp..s.tree.rows.len() - vp)
        .find_map(|i| match s.tree.rows[i].node {
            penata::app::Node::Employee(e) if unique(e) => Some((i, e)),
            _ => None,
        })
        .expect("a person in the middle of the tree");
    let far = s.tree.rows[i].node;
    let name = s.org.employee(e).name.clone();
    press(&mut s, &typed("/"));
    press(&mut s, &typed(&name));
    press(&mut s, &[key(KeyCode::Esc)]);
    assert_eq!(s.mode(), Mode::Browse);
    assert_eq!(
        (s.tree.selected, s.tree.offset),
        before,
        "Esc restores the view"
    );
    press(&mut s, &typed("/"));
    press(&mut s, &typed(&name));
    press(&mut s, &[key(KeyCode::Enter)]);
    assert_eq!(s.selected(), Some(far));
    assert_eq!(line(&s), vp / 3, "a third down the pane");
    visible(&s);
}

/// The name a tree row shows for the selection.
fn label(s: &AppState) -> String {
    use penata::app::Node;
    match s.selected().unwrap() {
        Node::Unit(u) => s.org.unit(u).name.clone(),
        Node::Position(p) => s.org.position(p).title.clone(),
        Node::Employee(e) => s.org.employee(e).name.clone(),
        Node::Unplaced => String::new(),
    }
}

fn mouse_down(col: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: col,
        row,
        modifiers: crossterm::event::KeyModifiers::NONE,
    })
}

#[test]
fn a_click_after_a_jump_selects_the_row_drawn_there() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = Harness::demo(w, h);
        app.send(vec![ch('*')]);
        let vp = app.state.tree.viewport;
        app.send(times('j', vp + 2));
        assert!(app.state.tree.offset > 0, "the window jumped");
        let tree = penata::app::layout::screen(Rect::new(0, 0, w, h), false).tree;
        for line_no in [0, 3, vp as u16 - 1] {
            let y = tree.y + line_no;
            app.send(vec![mouse_down(tree.x + 6, y)]);
            assert_eq!(
                app.state.tree.selected,
                app.state.tree.offset + usize::from(line_no),
                "{w}x{h} line {line_no}"
            );
            // The row selected is the one drawn on the line clicked.
            let drawn = app
                .screen()
                .lines()
                .nth(usize::from(y))
                .unwrap()
                .to_string();
            let name = label(&app.state);
            let start: String = name.chars().take(12).collect();
            assert!(drawn.contains(&start), "{w}x{h}: {name:?} not on {drawn:?}");
        }
    }
}

#[test]
fn held_key_past_the_edge_snapshots() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = Harness::demo(w, h);
        app.send(vec![ch('*')]);
        let vp = app.state.tree.viewport;
        app.send(times('j', vp));
        assert_snapshot!(format!("held_j_past_the_edge_{w}x{h}"), app.screen());
    }
    let mut app = Harness::demo(80, 24);
    app.send(vec![ch('*'), ch('j'), ch('j'), key(KeyCode::PageDown)]);
    assert_snapshot!("page_down_80x24", app.screen());
}

/// A writer that only counts what it is given: the bytes that would reach the terminal.
#[derive(Clone, Default)]
struct Counter(Arc<AtomicUsize>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.fetch_add(buf.len(), Ordering::Relaxed);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A key held down as a person's terminal delivers it: one repeat per pass of the loop,
/// each arriving before the details pane's pause is over. It notes the bytes each pass
/// wrote: the loop has drawn when it comes back to wait for the next key.
struct Held {
    keys: VecDeque<Event>,
    counter: Counter,
    draining: bool,
    started: bool,
    per_key: Vec<usize>,
}

impl EventSource for Held {
    fn next(&mut self, _timeout: Option<Duration>) -> io::Result<Next> {
        if self.draining {
            // Nothing else queued: this key is drawn on its own.
            self.draining = false;
            return Ok(Next::Timeout);
        }
        let written = self.counter.0.swap(0, Ordering::Relaxed);
        if self.started {
            self.per_key.push(written);
        }
        self.started = true;
        match self.keys.pop_front() {
            Some(e) => {
                self.draining = true;
                Ok(Next::Event(e))
            }
            None => Ok(Next::End),
        }
    }

    fn paced(&self) -> bool {
        true
    }
}

/// The bytes each held key writes at `w`x`h`, and the window's offset after each, from the
/// first row with the first root's subtree open.
fn held_bytes(w: u16, h: u16, keys: Vec<Event>) -> (Vec<usize>, Vec<usize>, AppState) {
    let counter = Counter::default();
    let backend = CrosstermBackend::new(counter.clone());
    let mut terminal = Terminal::with_options(
        backend,
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    let mut state = tui::initial_state(common::demo(), &AppOptions::default());
    let mut setup = tui::ScriptedEvents(VecDeque::from([Event::Resize(w, h), ch('*')]));
    tui::run_loop(
        &mut terminal,
        &mut state,
        &mut setup,
        &MemoryStore::default(),
    )
    .unwrap();
    // The same keys on the reducer alone give the window after each key.
    let mut twin = tui::initial_state(common::demo(), &AppOptions::default());
    update(&mut twin, Action::Resize(w, h));
    press(&mut twin, &[ch('*')]);
    let offsets = keys
        .iter()
        .map(|k| {
            press(&mut twin, std::slice::from_ref(k));
            twin.tree.offset
        })
        .collect();
    let mut held = Held {
        keys: keys.into(),
        counter,
        draining: false,
        started: false,
        per_key: Vec::new(),
    };
    tui::run_loop(
        &mut terminal,
        &mut state,
        &mut held,
        &MemoryStore::default(),
    )
    .unwrap();
    assert_eq!(
        state.tree.offset, twin.tree.offset,
        "the twin saw the same window"
    );
    (held.per_key, offsets, state)
}

/// The bound of issue 6: a cursor step writes at most this many bytes.
const STEP_BYTES: usize = 512;

#[test]
fn a_held_key_writes_at_most_512_bytes_a_step_except_when_the_window_jumps() {
    for (w, h) in [(120, 40), (80, 24)] {
        for (down, start) in [(true, 'g'), (false, 'G')] {
            let mut keys = vec![ch(start)];
            let vp = if (w, h) == (120, 40) { 37 } else { 11 };
            let (k, n) = if down { ('j', 4 * vp) } else { ('k', 4 * vp) };
            keys.extend(times(k, n));
            let (bytes, offsets, state) = held_bytes(w, h, keys);
            assert_eq!(state.tree.viewport, vp);
            // Leave out the first key (g/G: it may move the window).
            let steps: Vec<(usize, bool)> = (1..bytes.len())
                .map(|i| (bytes[i], offsets[i] != offsets[i - 1]))
                .collect();
            let jumps = steps.iter().filter(|(_, j)| *j).count();
            let label = format!("{w}x{h} {}: {steps:?}", if down { "down" } else { "up" });
            // The key reached the edge and the window followed, but rarely.
            assert!(jumps >= 3, "{label}");
            assert!(jumps <= n.div_ceil(vp - scroll::context(vp)), "{label}");
            // Every step that leaves the window where it is stays within the bound.
            for &(b, jumped) in &steps {
                if !jumped {
                    assert!(b <= STEP_BYTES, "{b} bytes: {label}");
                    assert!(b > 0, "a step writes the moved highlight: {label}");
                }
            }
            // A jump rewrites the pane: more than the bound, said as such.
            assert!(steps.iter().any(|&(b, j)| j && b > STEP_BYTES), "{label}");
            // The median and the mean over the held key stay within the bound.
            let mut sorted: Vec<usize> = steps.iter().map(|s| s.0).collect();
            sorted.sort_unstable();
            let mean = sorted.iter().sum::<usize>() / sorted.len();
            assert!(sorted[sorted.len() / 2] <= STEP_BYTES, "{label}");
            assert!(mean <= STEP_BYTES, "mean {mean}: {label}");
            // The figures, for `--nocapture`.
            let jump_bytes: Vec<usize> = steps.iter().filter(|s| s.1).map(|s| s.0).collect();
            println!(
                "{w}x{h} {}: median {}, mean {mean}, max {}, jumps {jump_bytes:?}",
                if down { "down" } else { "up" },
                sorted[sorted.len() / 2],
                sorted[sorted.len() - 1],
            );
        }
    }
}
