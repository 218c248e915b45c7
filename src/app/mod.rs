//! Application state and the reducer: an [`Action`] changes [`AppState`] and may ask the
//! runtime for [`Effect`]s. No I/O, no terminal: tests drive it directly.
//!
//! Domain data (`org`, `derived`) and view state (tree, modes, search, toasts) are separate
//! fields. The open modes are one stack of [`ModeState`] variants that own their state
//! (`modes`), read through [`AppState::mode`] and accessors such as [`AppState::talent`];
//! one file per interaction mode (`browse`, `search`, `help`, `carrying`, `plans`,
//! `prompt`, `confirm`, `compare`, `review`, `talent`, `annotate`); `active` keeps the
//! plan's view exact and `outcome` takes back what the runtime did with an effect. The
//! vocabulary (actions, modes, what each action is) lives in `input::action`.

pub mod action;
pub mod active;
pub mod annotate;
mod browse;
pub mod carrying;
pub mod compare;
pub mod confirm;
pub mod derived;
pub mod guard;
mod help;
pub mod input_line;
pub mod layout;
pub mod modes;
mod mouse;
pub mod notice;
mod outcome;
pub mod plans;
pub mod preview;
pub mod prompt;
pub mod review;
pub mod scroll;
pub mod search;
pub mod talent;
#[cfg(test)]
pub(crate) mod testing;
pub mod tree;
pub mod view;

use std::collections::VecDeque;

use ratatui::layout::Rect;

pub use crate::input::action::{
    Action, ActionSpec, CandidateToggle, EditKey, Mode, MouseKind, Writes,
};
pub use action::{AfterLoad, Effect, Outcome};
pub use active::ActivePlan;
pub use carrying::{Carry, Preview};
pub use derived::Derived;
pub use modes::{HelpOverlay, ModeState};
pub use notice::Notice;
pub use outcome::feedback;
pub use search::SearchState;
pub use tree::{Node, Row};
pub use view::TreeView;

use crate::domain::retirement::RetirementAges;
use crate::domain::search::SearchIndex;
use crate::domain::{DefaultStandards, EmployeeIx, FitProfile, Organization};
use crate::input::KeyMap;
use crate::settings::{Lang, ThemeKind};

/// How the details pane is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DetailsView {
    /// Details take the whole body (Tab), for reading long records on small screens.
    pub full: bool,
    /// Lines scrolled down; reset when the selection changes.
    pub scroll: u16,
    /// Whether the pane waits for the cursor to rest before following it (a person at a
    /// terminal, possibly over a slow link: holding j/k then redraws only the tree rows).
    pub debounce: bool,
    /// The node the pane still shows while the cursor moves (`None`: the selection's).
    pub held: Option<Node>,
}

/// How far the scrollable panes could scroll in the last frame, as the widgets found
/// (only they know how many lines a record takes at the current width).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScrollLimits {
    pub details: Option<u16>,
    pub help: Option<u16>,
    /// The comparison's last useful scroll (its rows: a move is one).
    pub compare: Option<u16>,
}

/// Everything the screen shows, and nothing the screen computes.
#[derive(Debug)]
pub struct AppState {
    /// The organization the tree shows: the baseline with the active plan's moves.
    pub org: Organization,
    /// Per-row numbers computed once from `org`, then refreshed per touched person.
    pub derived: Derived,
    /// The active plan; `None` is the baseline.
    pub active: Option<ActivePlan>,
    /// Who makes moves and decisions (the OS user), recorded with each.
    pub user: String,
    /// People marked with Space for the next pick-up, in marking order.
    pub marked: Vec<EmployeeIx>,
    /// People to pick up once the plan being created is active.
    pending_carry: Vec<EmployeeIx>,
    /// The plans view: list and cursor.
    pub plans: plans::PlansView,
    /// The modes open, each with its own state (carry, prompt, talent view...), and the
    /// help overlay over them: read through [`AppState::mode`] and the accessors.
    modes: modes::ModeStack,
    /// Today's date (local), for retirement dates; set by the runtime.
    pub today: time::Date,
    /// Whether the terminal reports the mouse to the app (off: text can be selected).
    mouse: bool,
    /// The person the left button went down on (a drag may start from there).
    pub press: Option<EmployeeIx>,
    pub tree: TreeView,
    pub search: SearchState,
    pub details: DetailsView,
    /// Short messages shown in turn, oldest first.
    pub toasts: VecDeque<Notice>,
    /// Terminal size in cells.
    size: (u16, u16),
    /// Plain glyphs only (Linux console): set from the terminal type.
    pub ascii: bool,
    /// No colours at all (`NO_COLOR`).
    pub no_color: bool,
    /// The colour theme chosen in the settings (`no_color` still wins).
    pub theme: ThemeKind,
    /// The language of the screen (resolved from `--lang`, settings, locale).
    pub lang: Lang,
    /// The keys in effect: the defaults with the settings file's overrides.
    pub keys: KeyMap,
    /// Presenting: every change is refused (`--read-only`).
    pub read_only: bool,
    /// Screen sharing: NIPs, birth dates and notes hidden everywhere on screen.
    pub masked: bool,
    /// Retirement ages (BUP) for the retirement views.
    pub retirement: RetirementAges,
    pub quit: bool,
}

impl AppState {
    /// Builds the state with the default fit settings (mapping profile, regulation levels).
    pub fn new(org: Organization) -> Self {
        Self::with_settings(org, FitProfile::mapping(), DefaultStandards::default())
    }

    /// Builds the state for an organization: derived numbers, first tree rows, search index.
    pub fn with_settings(
        org: Organization,
        profile: FitProfile,
        standards: DefaultStandards,
    ) -> Self {
        Self::with_index(org, profile, standards, None)
    }

    /// Like [`AppState::with_settings`], reusing a search index built for `org` (read with
    /// the baseline snapshot); one that does not fit `org` is rebuilt.
    pub fn with_index(
        org: Organization,
        profile: FitProfile,
        standards: DefaultStandards,
        index: Option<SearchIndex>,
    ) -> Self {
        let derived = Derived::compute(&org, profile, standards);
        let tree = TreeView::new(&org);
        let search = match index {
            Some(index) if index.fits(&org) => SearchState::with_index(index),
            _ => SearchState::new(&org),
        };
        let mut state = AppState {
            org,
            derived,
            active: None,
            user: String::from("?"),
            marked: Vec::new(),
            pending_carry: Vec::new(),
            plans: plans::PlansView::default(),
            modes: modes::ModeStack::default(),
            today: time::OffsetDateTime::now_utc().date(),
            mouse: true,
            press: None,
            tree,
            search,
            details: DetailsView::default(),
            toasts: VecDeque::new(),
            size: (80, 24),
            ascii: false,
            no_color: false,
            theme: ThemeKind::Default,
            // The screen speaks Bahasa Indonesia unless the runtime sets the language it
            // resolved (flag, settings, locale).
            lang: Lang::Id,
            keys: KeyMap::default(),
            read_only: false,
            masked: false,
            retirement: RetirementAges::default(),
            quit: false,
        };
        state.apply_size(80, 24);
        state
    }

    /// Queues a short notice for the status area. At most two wait: a newer message
    /// replaces older ones, so what just happened is said at once.
    pub fn toast(&mut self, notice: impl Into<Notice>) {
        while self.toasts.len() >= 2 {
            self.toasts.pop_front();
        }
        self.toasts.push_back(notice.into());
    }

    /// People to pick up once the plan being created is active (empty: none).
    pub fn pending_carry(&self) -> &[EmployeeIx] {
        &self.pending_carry
    }

    /// The node under the cursor.
    pub fn selected(&self) -> Option<Node> {
        self.tree.selected_node()
    }

    pub(crate) fn apply_size(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        let l = layout::screen(Rect::new(0, 0, w, h), self.details.full);
        let rows = if l.tree.height > 0 {
            l.tree.height
        } else {
            l.body.height
        };
        self.tree.set_viewport(usize::from(rows));
    }

    /// Clamps scroll offsets to what the last frame could show, so scrolling back up after
    /// overshooting the end starts moving at once. Changes nothing visible.
    pub fn clamp_scrolls(&mut self, limits: ScrollLimits) {
        if let Some(max) = limits.details {
            self.details.scroll = self.details.scroll.min(max);
        }
        if let (Some(max), Some(help)) = (limits.help, self.modes.help.as_mut()) {
            help.scroll = help.scroll.min(max);
        }
        if let (Some(max), Some(scroll)) = (limits.compare, self.modes.compare_scroll_mut()) {
            *scroll = (*scroll).min(max);
        }
    }

    /// Refreshes lookup results if the query changed since the last refresh. The runtime
    /// calls this once after draining queued keys (when it does not rank on a worker).
    pub fn refresh(&mut self) {
        self.search.refresh(&self.org);
    }

    /// The node whose details the pane shows: the selection, or the one it still holds
    /// while the cursor moves.
    pub fn details_node(&self) -> Option<Node> {
        self.details.held.or_else(|| self.selected())
    }

    /// The cursor has rested: the details pane shows the selection again. The runtime
    /// calls this after a short pause without keys.
    pub fn settle(&mut self) {
        self.details.held = None;
    }
}

/// The reducer: applies one action; pure and synchronous.
pub fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => {
            state.quit = true;
            return vec![Effect::Quit];
        }
        Action::Resize(w, h) => {
            state.apply_size(w, h);
            return Vec::new();
        }
        Action::DismissToast => {
            state.toasts.pop_front();
            return Vec::new();
        }
        Action::Mouse(kind, col, row) => return mouse::update(state, kind, col, row),
        Action::ToggleMouse => {
            state.mouse = !state.mouse;
            state.toast(Notice::MouseToggled(state.mouse));
            return vec![Effect::MouseCapture(state.mouse)];
        }
        Action::ToggleMask => {
            state.masked = !state.masked;
            let key = state
                .keys
                .key_of(state.mode(), Action::ToggleMask)
                .map(crate::input::key_label)
                .unwrap_or_default();
            state.toast(Notice::MaskToggled {
                on: state.masked,
                key,
            });
            return Vec::new();
        }
        _ => {}
    }
    if state.read_only && guard::would_write(state, action) {
        state.toast(Notice::ReadOnlyRefused);
        return Vec::new();
    }
    match state.mode() {
        Mode::Browse => return browse::update(state, action),
        Mode::Search => search::update(state, action),
        Mode::Help => help::update(state, action),
        Mode::Carrying => return carrying::update(state, action),
        Mode::Plans => return plans::update(state, action),
        Mode::Prompt => return prompt::update(state, action),
        Mode::Confirm => return confirm::update(state, action),
        Mode::Compare => compare::update(state, action),
        Mode::Review => return review::update(state, action),
        Mode::Talent => return talent::update(state, action),
        Mode::Readiness => return annotate::update_readiness(state, action),
        Mode::Note => return annotate::update_note(state, action),
    }
    Vec::new()
}

/// Opens the help overlay for the current mode.
pub(crate) fn open_help(state: &mut AppState) {
    state.open_help();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quit_asks_the_runtime_to_leave() {
        let mut s = AppState::new(testing::small_org());
        assert!(matches!(update(&mut s, Action::Quit)[..], [Effect::Quit]));
        assert!(s.quit);
    }

    #[test]
    fn resize_sets_the_page_size() {
        let mut s = AppState::new(testing::small_org());
        update(&mut s, Action::Resize(80, 24));
        assert_eq!(s.tree.viewport, 11);
        update(&mut s, Action::Resize(120, 40));
        assert_eq!(s.tree.viewport, 37);
    }
}
