//! The runtime: owns the terminal, turns events into actions, runs the reducer, draws.
//!
//! Invariants: the terminal is restored on quit, on error and on panic (the panic hook
//! restores it before the previous hook, color-eyre's, prints its report); the screen is
//! drawn only after an event changed something; queued keys are all applied before the
//! next lookup refresh and frame, so typing never waits for matching or drawing.
//!
//! The loop blocks: terminal events come from a reader thread through one channel, into
//! which the lookup worker and the database opener send their wake-ups too
//! ([`events`]); it waits with a timeout only for real timers (the details pane's pause,
//! a message's expiry). The runtime always has a store: the database, or in tests the
//! in-memory [`crate::store::memory::MemoryStore`].
//!
//! Effects (persist a plan change, read plans, reload the baseline, mouse capture) are
//! performed here, through the store, and their outcomes fed back to the reducer. The
//! runtime stamps the real time on what it persists, so the reducer stays pure. Mouse
//! capture is on by default (xterm SGR reporting); `M` turns it off so text can be selected.

use std::collections::VecDeque;
use std::io::{BufWriter, Stdout};
use std::time::{Duration, Instant};

use color_eyre::eyre::{Result, WrapErr};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};

use crate::app::preview::Preview;
use crate::app::{Action, AfterLoad, AppState, Effect, MouseKind, ScrollLimits, feedback, update};
use crate::domain::search::SearchIndex;
use crate::domain::{DefaultStandards, FitProfile, Organization};
use crate::input;
use crate::store::OrgStore;
use crate::store::startup::Opened;
use crate::ui;

mod effects;
pub mod events;
mod lookup;
mod terminal;

pub use self::effects::perform_all;
use self::events::Replay;
pub use self::events::{CrosstermEvents, EventSource, Next, ScriptedEvents, Wake, Waker, receive};
use self::lookup::Lookup;
pub use self::terminal::restore_terminal;
use self::terminal::{enter, install_panic_hook, uninstall_panic_hook};

/// How long a message stays once the user stops pressing keys.
pub const TOAST_TIME: Duration = Duration::from_secs(4);

/// How the app should look and what it should say first.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// No colours at all (`NO_COLOR`, `--no-color`); meaning stays in text and glyphs.
    pub no_color: bool,
    /// A first message, e.g. that the demo organization was loaded.
    pub notice: Option<String>,
    /// Plain ASCII glyphs; also chosen automatically when `TERM=linux`.
    pub ascii: bool,
    /// Fit categories (mapping by default; the same setting `penata show` uses).
    pub profile: FitProfile,
    /// Default competency levels per position type.
    pub standards: DefaultStandards,
    /// From the settings file: theme, language, keys, retirement ages (see [`Presenting`]
    /// for read-only and masking).
    pub configured: Configured,
    /// `--read-only` and `--mask`.
    pub presenting: Presenting,
}

/// What the settings file (and `--lang`) configure in the app.
#[derive(Debug, Clone, Default)]
pub struct Configured {
    pub theme: crate::settings::ThemeKind,
    pub lang: crate::settings::Lang,
    pub keys: input::KeyMap,
    pub retirement: crate::domain::retirement::RetirementAges,
}

/// Showing the app to others: nothing can change, and personal data can be hidden.
#[derive(Debug, Clone, Copy, Default)]
pub struct Presenting {
    /// Every change refused, in the reducer and again here at the store boundary.
    pub read_only: bool,
    /// Start with NIPs, birth dates and notes masked on screen.
    pub masked: bool,
}

/// Builds the app state for an organization with the options applied.
pub fn initial_state(org: Organization, options: &AppOptions) -> AppState {
    initial_state_indexed(org, None, options)
}

/// Like [`initial_state`], with the search index already built for `org` (read with the
/// baseline snapshot), so the start does not normalize every name again.
pub fn initial_state_indexed(
    org: Organization,
    index: Option<SearchIndex>,
    options: &AppOptions,
) -> AppState {
    let mut state = AppState::with_index(org, options.profile, options.standards.clone(), index);
    state.no_color = options.no_color;
    state.ascii = options.ascii || std::env::var("TERM").is_ok_and(|t| t == "linux");
    state.user = crate::env::os_user();
    state.today = crate::env::now().date();
    if let Some(n) = &options.notice {
        state.toast(n.clone());
    }
    configure(&mut state, options);
    state
}

/// Applies the settings and presenting options to a fresh state.
fn configure(state: &mut AppState, options: &AppOptions) {
    state.theme = options.configured.theme;
    state.lang = options.configured.lang;
    state.keys = options.configured.keys.clone();
    state.retirement = options.configured.retirement;
    state.read_only = options.presenting.read_only;
    state.masked = options.presenting.masked;
}

/// Runs the full-screen app until the user quits.
pub fn run(
    org: Organization,
    index: Option<SearchIndex>,
    store: Box<dyn OrgStore>,
    options: AppOptions,
) -> Result<()> {
    // Every screen text reads the process-wide language; it is fixed from here on.
    let lang = options.configured.lang;
    let mut state = initial_state_indexed(org, index, &options);
    let previous = install_panic_hook();
    let result = (|| {
        let mut terminal = enter().wrap_err(lang.text("tui-prepare-terminal"))?;
        let mut events = CrosstermEvents::start().wrap_err(lang.text("tui-input-thread"))?;
        let size = terminal.size().wrap_err(lang.text("tui-terminal-size"))?;
        update(&mut state, Action::Resize(size.width, size.height));
        run_loop(&mut terminal, &mut state, &mut events, store.as_ref())
    })();
    let restored = restore_terminal().wrap_err(lang.text("tui-restore-terminal"));
    uninstall_panic_hook(previous);
    result?;
    restored
}

/// Runs the app on a large organization: draws `preview` at once, then opens the database
/// with `open` on another thread (the snapshot read, the sled open and the app state),
/// and runs the app when that is done. Keys pressed meanwhile are kept in order and applied
/// then, except the quit key, which leaves at once.
pub fn run_loading<F>(preview: Preview, open: F, options: AppOptions) -> Result<()>
where
    F: FnOnce() -> std::result::Result<Opened, crate::store::StoreError> + Send + 'static,
{
    let lang = options.configured.lang;
    let ascii = options.ascii || std::env::var("TERM").is_ok_and(|t| t == "linux");
    let look = ui::preview::look(options.configured.theme, options.no_color, ascii);
    let preview = Preview {
        lang: options.configured.lang,
        ..preview
    };
    let for_state = options.clone();
    let previous = install_panic_hook();
    let result: Result<Option<crate::store::sled_store::SledStore>> = (|| {
        let mut terminal = enter().wrap_err(lang.text("tui-prepare-terminal"))?;
        let mut events = CrosstermEvents::start().wrap_err(lang.text("tui-input-thread"))?;
        // The opening thread wakes the loop when it is done, so waiting for it blocks.
        let opened = events.waker();
        let loading = std::thread::Builder::new()
            .name("penata-open".into())
            .spawn(move || {
                // Also when opening panics: the loop must never wait for ever.
                let _wake = WakeOnDrop(opened);
                open().map(|opened| {
                    let mut options = for_state;
                    if let Some(n) = opened
                        .demo_notice
                        .as_ref()
                        .map(|_| ui::notice::demo_loaded(&opened.org, options.configured.lang))
                    {
                        options.notice = Some(n);
                    }
                    let state = initial_state_indexed(opened.org, opened.index, &options);
                    (state, opened.store)
                })
            })
            .wrap_err(lang.text("tui-open-thread"))?;
        let draw_preview = |t: &mut Terminal<CrosstermBackend<BufWriter<Stdout>>>| {
            t.draw(|f| {
                let area = f.area();
                ui::preview::render(f.buffer_mut(), area, &preview, &look)
            })
            .map(|_| ())
        };
        draw_preview(&mut terminal)?;
        let mut waiting = VecDeque::new();
        loop {
            let e = match events.next(None)? {
                Next::Event(e) => e,
                // The opening thread is done (it wakes the loop as it ends).
                Next::Woken => break,
                Next::Timeout | Next::End if loading.is_finished() => break,
                Next::Timeout | Next::End => continue,
            };
            match e {
                Event::Resize(..) => {
                    terminal.autoresize()?;
                    draw_preview(&mut terminal)?;
                }
                Event::Key(k)
                    if k.kind != KeyEventKind::Release
                        && waiting.is_empty()
                        && options
                            .configured
                            .keys
                            .action_for(crate::app::Mode::Browse, k)
                            == Some(Action::Quit) =>
                {
                    return Ok(None);
                }
                e => waiting.push_back(e),
            }
        }
        let (mut state, store) = loading
            .join()
            .map_err(|_| color_eyre::eyre::eyre!(lang.text("tui-open-thread-panicked")))?
            .map_err(|e| color_eyre::eyre::eyre!(lang.say(&e.msg())))?;
        let size = terminal.size().wrap_err(lang.text("tui-terminal-size"))?;
        update(&mut state, Action::Resize(size.width, size.height));
        let mut events = Replay {
            waiting,
            inner: events,
        };
        run_loop(&mut terminal, &mut state, &mut events, &store)?;
        Ok(Some(store))
    })();
    let restored = restore_terminal().wrap_err(lang.text("tui-restore-terminal"));
    uninstall_panic_hook(previous);
    // Leaving during the load: the opening thread is left to the process's end (it only
    // reads, or rewrites the snapshot atomically).
    drop(result?);
    restored
}

/// Wakes the loop when dropped: at the end of the thread that holds it, however it ends.
struct WakeOnDrop(Option<Waker>);

impl Drop for WakeOnDrop {
    fn drop(&mut self) {
        if let Some(w) = &self.0 {
            w.wake();
        }
    }
}

/// The event loop, generic over the backend and the event source so tests drive the
/// real app on a `TestBackend`; effects go through `store` (a [`MemoryStore`] in tests that
/// need no disk).
///
/// It blocks in [`EventSource::next`] until an event comes, the lookup worker wakes it
/// through the source's [`Waker`], or a timer is due (the details pane's pause, a message's
/// expiry); an idle app waits without limit and draws nothing.
///
/// [`MemoryStore`]: crate::store::memory::MemoryStore
pub fn run_loop<B, E>(
    terminal: &mut Terminal<B>,
    state: &mut AppState,
    events: &mut E,
    store: &dyn OrgStore,
) -> Result<()>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
    E: EventSource,
{
    // Know the plans from the start (names offered for a new plan must be free).
    let mut start = vec![Effect::LoadPlans];
    // Open on the plan shown when penata was last closed (on a fresh start only: tests
    // enter the loop again with a plan already shown).
    let mut remembered = store.active_plan().ok().flatten();
    if let (Some(name), None) = (remembered.clone(), &state.active) {
        start.push(Effect::LoadPlan {
            name,
            then: AfterLoad::Activate,
        });
    }
    perform_all(state, start, events, store)?;
    // A person at the keyboard: let the details pane rest while the cursor moves, and rank
    // lookups on a worker thread when the source can be woken by it. A script (tests) gets
    // every result at once.
    let paced = events.paced();
    state.details.debounce = paced;
    let mut lookup = match events.waker() {
        Some(waker) if paced => {
            Some(Lookup::start(waker).wrap_err(state.lang.text("tui-lookup-thread"))?)
        }
        _ => None,
    };
    results(state, &mut lookup);
    draw(terminal, state)?;
    let mut last_key = Instant::now();
    let mut toast_since = last_key;
    while !state.quit {
        remember_active_plan(state, store, &mut remembered);
        let timeout = next_timeout(state, last_key, toast_since);
        let mut changed = match events.next(timeout)? {
            Next::End => break,
            // A lookup finished: taken below.
            Next::Woken => false,
            Next::Timeout => {
                let now = Instant::now();
                let mut due = false;
                if state.details.held.is_some() && now >= last_key + DETAILS_PAUSE {
                    state.settle();
                    due = true;
                }
                if !state.toasts.is_empty() && (!paced || now >= toast_since + TOAST_TIME) {
                    update(state, Action::DismissToast);
                    toast_since = now;
                    due = true;
                }
                due
            }
            Next::Event(e) => {
                last_key = Instant::now();
                toast_since = last_key;
                handle_with(state, e, events, store)?
            }
        };
        // Apply everything already queued before matching and drawing once.
        let mut ended = false;
        while !state.quit {
            match events.next(Some(Duration::ZERO))? {
                Next::Event(e) => changed |= handle_with(state, e, events, store)?,
                Next::Woken => {}
                Next::Timeout => break,
                Next::End => {
                    ended = true;
                    break;
                }
            }
        }
        if state.quit {
            break;
        }
        if let Some(outcome) = lookup.as_mut().and_then(Lookup::take) {
            feedback(state, outcome);
            changed = true;
        }
        if changed {
            results(state, &mut lookup);
            draw(terminal, state)?;
        }
        if ended {
            break;
        }
    }
    remember_active_plan(state, store, &mut remembered);
    Ok(())
}

/// How long the cursor must rest before the details pane shows the selection.
pub const DETAILS_PAUSE: Duration = Duration::from_millis(120);

/// How long to wait for the next event: for ever when no timer is pending, so an idle app
/// writes nothing (a lookup on its way wakes the loop itself).
fn next_timeout(state: &AppState, last_key: Instant, toast_since: Instant) -> Option<Duration> {
    if !state.details.debounce {
        return (!state.toasts.is_empty()).then_some(TOAST_TIME);
    }
    let now = Instant::now();
    let left = |since: Instant, wait: Duration| (since + wait).saturating_duration_since(now);
    [
        state
            .details
            .held
            .is_some()
            .then(|| left(last_key, DETAILS_PAUSE)),
        (!state.toasts.is_empty()).then(|| left(toast_since, TOAST_TIME)),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// Brings lookup results up to date: hands the query to the worker, or, without one,
/// ranks here.
fn results(state: &mut AppState, lookup: &mut Option<Lookup>) {
    match lookup {
        Some(l) if !l.is_gone() => l.submit(state),
        _ => state.refresh(),
    }
}

/// Stores which plan is shown whenever that changed, so the next start opens on it.
fn remember_active_plan(
    state: &mut AppState,
    store: &dyn OrgStore,
    remembered: &mut Option<String>,
) {
    // Presenting writes nothing, not even a view preference.
    if state.read_only {
        return;
    }
    let shown = state.active.as_ref().map(|a| a.plan.name.clone());
    if shown != *remembered {
        if let Err(e) = store.remember_active_plan(shown.as_deref()) {
            state.toast(crate::app::Notice::Refused(e.msg()));
        }
        *remembered = shown;
    }
}

/// Draws one frame and takes back how far the panes can scroll.
fn draw<B>(terminal: &mut Terminal<B>, state: &mut AppState) -> Result<()>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut limits = ScrollLimits::default();
    terminal.draw(|f| limits = ui::draw(f, state))?;
    state.clamp_scrolls(limits);
    Ok(())
}

/// The action a terminal event means in the current mode, if any.
pub fn action_of(state: &AppState, event: Event) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => state.keys.action_for(state.mode(), k),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => {
            let kind = match m.kind {
                MouseEventKind::Down(MouseButton::Left) => MouseKind::Down,
                MouseEventKind::Drag(MouseButton::Left) => MouseKind::Drag,
                MouseEventKind::Up(MouseButton::Left) => MouseKind::Up,
                MouseEventKind::ScrollUp => MouseKind::ScrollUp,
                MouseEventKind::ScrollDown => MouseKind::ScrollDown,
                _ => return None,
            };
            Some(Action::Mouse(kind, m.column, m.row))
        }
        _ => None,
    }
}

/// The actions a terminal event means: one for most events, one per character for
/// pasted text (typed into the note editor or a line being typed; ignored elsewhere).
pub fn actions_of(state: &AppState, event: Event) -> Vec<Action> {
    let Event::Paste(text) = event else {
        return action_of(state, event).into_iter().collect();
    };
    let chars = text.chars().filter(|&c| c != '\r');
    match state.mode() {
        // A note keeps its line breaks and tabs; other controls and bidi are dropped.
        crate::app::Mode::Note => chars
            .filter(|&c| matches!(c, '\n' | '\t') || !crate::lang::safe::is_unsafe(c))
            .map(|c| Action::Edit(input::pasted_key(c)))
            .collect(),
        // One line: a line break or tab keeps the words apart, other control characters
        // (an escape sequence's ESC) are dropped; the line takes no more than its bound.
        m if input::types_text(m) => chars
            .filter_map(|c| match c {
                '\n' | '\t' => Some(' '),
                c if crate::lang::safe::is_unsafe(c) => None,
                c => Some(c),
            })
            .take(crate::app::prompt::PROMPT_MAX.max(crate::app::search::QUERY_MAX))
            .map(Action::SearchInput)
            .collect(),
        _ => Vec::new(),
    }
}

fn handle_with<E: EventSource>(
    state: &mut AppState,
    event: Event,
    events: &mut E,
    store: &dyn OrgStore,
) -> Result<bool> {
    let actions = actions_of(state, event);
    for &a in &actions {
        let effects = update(state, a);
        perform_all(state, effects, events, store)?;
    }
    Ok(!actions.is_empty())
}
