//! Bytes written for one cursor step: the real loop draws into a writer that only counts,
//! while held keys repeat faster than frames are drawn.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{Event, KeyCode};
use penata::app::AppState;
use penata::store::memory::MemoryStore;
use penata::tui::{self, EventSource, Next, ScriptedEvents};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::{Data, expanded_state, key, label, report, resize};

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

/// A key held down as a person's terminal delivers it: one repeat per pass of the loop
/// (each arrives before the details pane's pause is over, so the pane stays held). It notes
/// the bytes each pass wrote: the loop has drawn when it comes back for the next key.
struct Held {
    keys: VecDeque<Event>,
    counter: Counter,
    draining: bool,
    started: bool,
    per_key: Vec<usize>,
}

impl Held {
    fn new(keys: Vec<Event>, counter: &Counter) -> Held {
        Held {
            keys: keys.into(),
            counter: counter.clone(),
            draining: false,
            started: false,
            per_key: Vec::new(),
        }
    }
}

impl EventSource for Held {
    fn next(&mut self, _timeout: Option<Duration>) -> io::Result<Next> {
        if self.draining {
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

/// Holds Down (or Up) for `n` steps; returns the bytes of each step and whether the tree's
/// window moved on it (the reducer's scroll policy replayed on the offsets).
fn hold(
    terminal: &mut Terminal<CrosstermBackend<Counter>>,
    state: &mut AppState,
    counter: &Counter,
    down: bool,
    n: usize,
) -> Vec<(usize, bool)> {
    let (vp, len) = (state.tree.viewport, state.tree.rows.len());
    let (mut sel, mut off) = (state.tree.selected, state.tree.offset);
    let mut moved = Vec::new();
    for _ in 0..n {
        sel = if down {
            (sel + 1).min(len - 1)
        } else {
            sel.saturating_sub(1)
        };
        let next = penata::app::scroll::follow(off, sel, vp, len);
        moved.push(next != off);
        off = next;
    }
    let code = if down { KeyCode::Down } else { KeyCode::Up };
    let mut held = Held::new(vec![key(code); n], counter);
    tui::run_loop(terminal, state, &mut held, &MemoryStore::default()).unwrap();
    assert_eq!(
        state.tree.offset, off,
        "the replayed window matches the app's"
    );
    held.per_key.into_iter().zip(moved).collect()
}

/// Median, mean and maximum of the steps, the steps that moved no window (their maximum)
/// and the jumps (their bytes).
fn summary(steps: &[(usize, bool)]) -> String {
    let mut all: Vec<usize> = steps.iter().map(|s| s.0).collect();
    all.sort_unstable();
    let still = steps.iter().filter(|s| !s.1).map(|s| s.0);
    let jumps: Vec<usize> = steps.iter().filter(|s| s.1).map(|s| s.0).collect();
    format!(
        "{} steps: median {}, mean {}, max {}; without a jump {}-{}; {} jumps {:?}",
        all.len(),
        all[all.len() / 2],
        all.iter().sum::<usize>() / all.len().max(1),
        all[all.len() - 1],
        still.clone().min().unwrap_or(0),
        still.max().unwrap_or(0),
        jumps.len(),
        jumps,
    )
}

pub(crate) fn cursor_bytes(d: &Data, n: u64) {
    let (mut state, _) = expanded_state(d);
    let counter = Counter::default();
    let backend = CrosstermBackend::new(counter.clone());
    let mut terminal = Terminal::with_options(
        backend,
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 120, 40)),
        },
    )
    .unwrap();
    let mut events = ScriptedEvents(VecDeque::from([resize()]));
    tui::run_loop(
        &mut terminal,
        &mut state,
        &mut events,
        &MemoryStore::default(),
    )
    .unwrap();
    let first = counter.0.swap(0, Ordering::Relaxed);
    // As a script: the details pane follows every step at once.
    let mut at_once = Vec::new();
    for code in [KeyCode::Down, KeyCode::Up, KeyCode::Down, KeyCode::Up] {
        let mut events = ScriptedEvents(VecDeque::from([key(code)]));
        tui::run_loop(
            &mut terminal,
            &mut state,
            &mut events,
            &MemoryStore::default(),
        )
        .unwrap();
        at_once.push(counter.0.swap(0, Ordering::Relaxed));
    }
    // As a person holds a key: through the edge of the pane several times each way (down
    // four panes, up three, so the cursor rests on another row than it started from).
    let vp = state.tree.viewport;
    let down = hold(&mut terminal, &mut state, &counter, true, 4 * vp);
    let up = hold(&mut terminal, &mut state, &counter, false, 3 * vp);
    // The cursor rests: the pane catches up in one frame.
    state.settle();
    let mut none = ScriptedEvents(VecDeque::new());
    tui::run_loop(
        &mut terminal,
        &mut state,
        &mut none,
        &MemoryStore::default(),
    )
    .unwrap();
    let rest = counter.0.swap(0, Ordering::Relaxed);
    // Idle: a loop iteration with no event must not write.
    let mut none = ScriptedEvents(VecDeque::new());
    tui::run_loop(
        &mut terminal,
        &mut state,
        &mut none,
        &MemoryStore::default(),
    )
    .unwrap();
    let idle_redraw = counter.0.swap(0, Ordering::Relaxed);
    report(
        &format!("terminal bytes {} 120x40", label(n)),
        format!(
            "first frame {first}; cursor steps, details at once {at_once:?}; held Down, \
             details after the pause: {}; held Up: {}; then the pause {rest}; loop start \
             without events {idle_redraw} (run_loop draws once on entry; idle waiting \
             itself draws nothing)",
            summary(&down),
            summary(&up),
        ),
    );
}
