//! The loop as a person drives it (`EventSource::paced`): lookups ranked on the worker
//! thread while keys keep coming, and a details pane that follows the cursor once it rests.
//! Whatever the timing, the screen after a pause equals the screen of a scripted run. The
//! loop blocks between events: a finished lookup wakes it through the source's channel.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use std::collections::VecDeque;
use std::io;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use common::{Harness, ch, key, typed};
use crossterm::event::{Event, KeyCode};
use penata::tui::{self, EventSource, Next, Wake, Waker};

/// What a person does next: press a key, or stop and look at the screen.
enum Step {
    Key(Event),
    Pause,
}

/// Keys as a person types them: a run of keys arrives at once (as a held key or fast
/// typing delivers them); a pause lasts until nothing is pending any more (a lookup on its
/// way, the details pane waiting for the cursor to rest). The loop is woken through this
/// source's channel, as the terminal's reader thread wakes it.
struct Person {
    steps: VecDeque<Step>,
    waker: Waker,
    wakes: Receiver<Wake>,
}

impl Person {
    fn new(steps: Vec<Step>) -> Person {
        let (waker, wakes) = Waker::channel();
        Person {
            steps: steps.into(),
            waker,
            wakes,
        }
    }
}

impl EventSource for Person {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next> {
        loop {
            match self.steps.front() {
                None => return Ok(Next::End),
                Some(Step::Key(_)) => {
                    if let Some(Step::Key(e)) = self.steps.pop_front() {
                        return Ok(Next::Event(e));
                    }
                }
                Some(Step::Pause) => match timeout {
                    // Only looking: a finished lookup may be there.
                    Some(t) if t.is_zero() => return tui::receive(&self.wakes, timeout),
                    // The details pane waits for the cursor to rest (a lookup may end first).
                    Some(t) if t <= Duration::from_secs(1) => {
                        return tui::receive(&self.wakes, timeout);
                    }
                    // A lookup is on its way: wait for it to wake the loop.
                    _ if self.waker.is_expected() => return tui::receive(&self.wakes, timeout),
                    // Nothing pending (at most a message waiting to fade): the pause is over.
                    _ => {
                        self.steps.pop_front();
                    }
                },
            }
        }
    }

    fn paced(&self) -> bool {
        true
    }

    fn waker(&self) -> Option<Waker> {
        Some(self.waker.clone())
    }
}

fn keys(events: Vec<Event>) -> Vec<Step> {
    events.into_iter().map(Step::Key).collect()
}

fn run(h: &mut Harness, steps: Vec<Step>) {
    let mut source = Person::new(steps);
    tui::run_loop(&mut h.terminal, &mut h.state, &mut source, &h.memory).unwrap();
}

/// The same keys through the scripted loop (every result at once).
fn scripted(events: Vec<Event>) -> Harness {
    let mut h = Harness::demo(120, 40);
    h.send(events);
    h
}

#[test]
fn typing_fast_then_pausing_shows_the_results_of_the_whole_query() {
    let mut h = Harness::demo(120, 40);
    let mut steps = keys(vec![ch('/')]);
    steps.extend(keys(typed("sri wah")));
    steps.push(Step::Pause);
    run(&mut h, steps);
    let mut expected = vec![ch('/')];
    expected.extend(typed("sri wah"));
    let s = scripted(expected);
    assert_eq!(h.state.search.query(), "sri wah");
    assert!(!h.state.search.hits.is_empty());
    assert_eq!(h.state.search.hits, s.state.search.hits);
    assert_eq!(h.screen(), s.screen());
}

#[test]
fn each_keystroke_gets_its_results_and_backspace_too() {
    let mut h = Harness::demo(120, 40);
    let mut steps = keys(vec![ch('/')]);
    for c in "soep".chars() {
        steps.push(Step::Key(ch(c)));
        steps.push(Step::Pause);
    }
    steps.push(Step::Key(key(KeyCode::Backspace)));
    steps.push(Step::Pause);
    run(&mut h, steps);
    let mut expected = vec![ch('/')];
    expected.extend(typed("soep"));
    expected.push(key(KeyCode::Backspace));
    let s = scripted(expected);
    assert_eq!(h.state.search.query(), "soe");
    assert!(!h.state.search.hits.is_empty());
    assert_eq!(h.state.search.hits, s.state.search.hits);
    assert_eq!(h.screen(), s.screen());
}

#[test]
fn enter_right_after_typing_jumps_to_the_best_hit_of_the_whole_query() {
    // No pause: the results may still be on their way when Enter arrives.
    let mut h = Harness::demo(120, 40);
    let mut events = vec![ch('/')];
    events.extend(typed("wahyuni sri"));
    events.push(key(KeyCode::Enter));
    run(&mut h, keys(events.clone()));
    let s = scripted(events);
    assert!(h.state.selected().is_some());
    assert_eq!(h.state.selected(), s.state.selected());
}

#[test]
fn details_follow_the_cursor_once_it_rests() {
    let mut h = Harness::demo(120, 40);
    let start = h.state.details_node();
    let moves = vec![key(KeyCode::Down); 4];
    // Keys held down: the cursor moves, the pane still shows where it started.
    run(&mut h, keys(moves.clone()));
    assert_ne!(h.state.selected(), start);
    assert_eq!(h.state.details_node(), start);
    // The cursor rests: the pane shows the selection, as a scripted run shows it at once.
    run(&mut h, vec![Step::Pause]);
    assert_eq!(h.state.details_node(), h.state.selected());
    assert_eq!(h.screen(), scripted(moves).screen());
}

#[test]
fn opening_a_node_shows_its_details_at_once() {
    let mut h = Harness::demo(120, 40);
    let mut events = vec![key(KeyCode::Down); 3];
    events.push(key(KeyCode::Enter));
    run(&mut h, keys(events.clone()));
    assert_eq!(h.state.details_node(), h.state.selected());
    assert_eq!(h.screen(), scripted(events).screen());
}
