//! Shared helpers for the app tests: the demo organization, key scripts, and a terminal
//! on a `TestBackend` driven through the real key path (`tui::run_loop`).
#![allow(dead_code)]

use std::collections::VecDeque;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use penata::app::AppState;
use penata::domain::Organization;
use penata::tui::{self, AppOptions, ScriptedEvents};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// The demo organization (Pemerintah Kota Semarang), parsed like an import.
pub fn demo() -> Organization {
    penata::store::format::parse_v1(
        "demo-semarang.json",
        include_str!("../../fixtures/demo-semarang.json"),
    )
    .expect("the demo parses")
}

/// A key press.
pub fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// A character key press (Shift implied by the character).
pub fn ch(c: char) -> Event {
    key(KeyCode::Char(c))
}

/// Ctrl plus a letter.
pub fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Each character of `s` typed.
pub fn typed(s: &str) -> Vec<Event> {
    s.chars().map(ch).collect()
}

/// The app on a test terminal of a given size.
pub struct Harness {
    pub state: AppState,
    pub terminal: Terminal<TestBackend>,
}

impl Harness {
    /// The demo at `w`x`h`, as the real runtime would start it.
    pub fn demo(w: u16, h: u16) -> Self {
        Self::with(demo(), w, h, &AppOptions::default())
    }

    /// Any organization at `w`x`h` with options.
    pub fn with(org: Organization, w: u16, h: u16, options: &AppOptions) -> Self {
        let mut state = tui::initial_state(org, options);
        state.ascii = options.ascii;
        let terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        let mut h = Harness { state, terminal };
        h.send(vec![Event::Resize(w, h_of(&h))]);
        h
    }

    /// Feeds events through the real loop (keys -> key map -> reducer -> draw).
    pub fn send(&mut self, events: Vec<Event>) -> &mut Self {
        let mut source = ScriptedEvents(VecDeque::from(events));
        tui::run_loop(&mut self.terminal, &mut self.state, &mut source).expect("loop runs");
        self
    }

    /// Resizes the terminal and tells the app, as a SIGWINCH would.
    pub fn resize(&mut self, w: u16, h: u16) -> &mut Self {
        self.terminal.backend_mut().resize(w, h);
        self.send(vec![Event::Resize(w, h)])
    }

    /// The screen as text, one line per row, trailing blanks trimmed.
    pub fn screen(&self) -> String {
        buffer_text(self.terminal.backend().buffer())
    }
}

fn h_of(h: &Harness) -> u16 {
    h.terminal.backend().buffer().area.height
}

/// A buffer as text: wide characters once, trailing blanks trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let s = buf[(x, y)].symbol();
            line.push_str(s);
            skip = s.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
