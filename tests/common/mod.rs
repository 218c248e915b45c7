//! Shared helpers for the app tests: the demo organization, key scripts, and a terminal
//! on a `TestBackend` driven through the real key path (`tui::run_loop`).
#![allow(dead_code)]

use std::collections::VecDeque;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use penata::app::AppState;
use penata::domain::Organization;
use penata::store::memory::MemoryStore;
use penata::store::sled_store::SledStore;
use penata::store::{Change, OrgStore};
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
    /// A database in a temporary directory (plans, moves), when the test asked for one.
    pub store: Option<SledStore>,
    pub dir: Option<tempfile::TempDir>,
    /// The store the loop uses when the test asked for no database.
    pub memory: MemoryStore,
}

impl Harness {
    /// The demo at `w`x`h`, as the real runtime would start it.
    pub fn demo(w: u16, h: u16) -> Self {
        Self::with(demo(), w, h, &AppOptions::default())
    }

    /// Any organization at `w`x`h` with options. The screen speaks Bahasa Indonesia, as the
    /// reviewed snapshots do; a test of another language sets `state.lang` after.
    pub fn with(org: Organization, w: u16, h: u16, options: &AppOptions) -> Self {
        let memory = MemoryStore::new(org.clone());
        let mut state = tui::initial_state(org, options);
        state.ascii = options.ascii;
        state.lang = penata::lang::Lang::Id;
        let terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        let mut h = Harness {
            state,
            terminal,
            store: None,
            dir: None,
            memory,
        };
        h.send(vec![Event::Resize(w, h_of(&h))]);
        h
    }

    /// The demo at `w`x`h` with a fresh database holding it (plans can be made).
    pub fn demo_with_store(w: u16, h: u16) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = SledStore::open(dir.path()).expect("store opens");
        store
            .apply(&Change::ReplaceOrganization {
                org: demo(),
                demo: true,
            })
            .expect("demo stored");
        let org = store.load().expect("loads");
        let mut h = Self::with(org, w, h, &AppOptions::default());
        h.state.user = "perencana".into();
        h.store = Some(store);
        h.dir = Some(dir);
        h
    }

    /// Feeds events through the real loop (keys -> key map -> reducer -> draw).
    pub fn send(&mut self, events: Vec<Event>) -> &mut Self {
        let mut source = ScriptedEvents(VecDeque::from(events));
        let store: &dyn OrgStore = match &self.store {
            Some(s) => s,
            None => &self.memory,
        };
        tui::run_loop(&mut self.terminal, &mut self.state, &mut source, store).expect("loop runs");
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

/// The screen with its dates (`YYYY-MM-DD`), which change from run to run, replaced.
pub fn stable(screen: &str) -> String {
    let chars: Vec<char> = screen.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let date = i + 10 <= chars.len()
            && chars[i..i + 10].iter().enumerate().all(|(k, c)| {
                if k == 4 || k == 7 {
                    *c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if date {
            out.push_str("YYYY-MM-DD");
            i += 10;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}
