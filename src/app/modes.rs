//! The mode the keyboard talks to, and the state only that mode has: one enum whose
//! variants own their state, so a mode and its data cannot disagree.
//!
//! Modes opened over another (a lookup while carrying, a prompt over the plans view, a
//! readiness choice over the tree) stack: leaving one returns to the mode below, with its
//! state as it was. The help overlay sits above the stack and remembers the mode it lists.

use super::annotate::{NoteEditor, ReadinessChoice};
use super::carrying::Carry;
use super::confirm::Confirm;
use super::prompt::Prompt;
use super::review::ReviewState;
use super::talent::TalentView;
use super::{AppState, Mode};
use crate::domain::compare::Comparison;

/// One mode with its own state.
#[derive(Debug)]
pub enum ModeState {
    /// Walking the organization tree.
    Browse,
    /// Typing a lookup query (the query and results live in `AppState::search`, beside
    /// the index built once per data load).
    Search,
    /// Carrying people to a new seat.
    Carrying(Carry),
    /// The list of plans (the list itself is kept between visits).
    Plans,
    /// Typing one line.
    Prompt(Prompt),
    /// A yes/no question.
    Confirm(Confirm),
    /// A plan's comparison with the baseline, and how far it is scrolled.
    Compare { comparison: Comparison, scroll: u16 },
    /// The review meeting, at one move.
    Review(ReviewState),
    /// A talent view.
    Talent(TalentView),
    /// Choosing a person's readiness.
    Readiness(ReadinessChoice),
    /// Writing a note (boxed: the editor is by far the largest state).
    Note(Box<NoteEditor>),
}

impl ModeState {
    /// The plain mode, as the key map and the help overlay name it.
    pub fn mode(&self) -> Mode {
        match self {
            ModeState::Browse => Mode::Browse,
            ModeState::Search => Mode::Search,
            ModeState::Carrying(_) => Mode::Carrying,
            ModeState::Plans => Mode::Plans,
            ModeState::Prompt(_) => Mode::Prompt,
            ModeState::Confirm(_) => Mode::Confirm,
            ModeState::Compare { .. } => Mode::Compare,
            ModeState::Review(_) => Mode::Review,
            ModeState::Talent(_) => Mode::Talent,
            ModeState::Readiness(_) => Mode::Readiness,
            ModeState::Note(_) => Mode::Note,
        }
    }
}

/// The help overlay: the mode whose keys it lists, and its scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpOverlay {
    pub mode: Mode,
    pub scroll: u16,
}

/// The modes open, bottom first; never empty.
#[derive(Debug)]
pub(crate) struct ModeStack {
    stack: Vec<ModeState>,
    /// Over everything: the help overlay.
    pub(crate) help: Option<HelpOverlay>,
}

impl Default for ModeStack {
    fn default() -> Self {
        ModeStack {
            stack: vec![ModeState::Browse],
            help: None,
        }
    }
}

/// Finds the state of one mode in the stack, topmost first.
macro_rules! find {
    ($iter:expr, $pat:pat => $out:expr) => {
        $iter.rev().find_map(|m| match m {
            $pat => Some($out),
            _ => None,
        })
    };
}

/// The states, mutably: borrowing only the stack, so a reducer may read the organization
/// (or any other field) while it changes one.
impl ModeStack {
    pub(crate) fn carry_mut(&mut self) -> Option<&mut Carry> {
        find!(self.stack.iter_mut(), ModeState::Carrying(c) => c)
    }

    pub(crate) fn prompt_mut(&mut self) -> Option<&mut Prompt> {
        find!(self.stack.iter_mut(), ModeState::Prompt(p) => p)
    }

    pub(crate) fn compare_scroll_mut(&mut self) -> Option<&mut u16> {
        find!(self.stack.iter_mut(), ModeState::Compare { scroll, .. } => scroll)
    }

    pub(crate) fn review_mut(&mut self) -> Option<&mut ReviewState> {
        find!(self.stack.iter_mut(), ModeState::Review(r) => r)
    }

    pub(crate) fn talent_mut(&mut self) -> Option<&mut TalentView> {
        find!(self.stack.iter_mut(), ModeState::Talent(v) => v)
    }

    pub(crate) fn readiness_mut(&mut self) -> Option<&mut ReadinessChoice> {
        find!(self.stack.iter_mut(), ModeState::Readiness(r) => r)
    }

    pub(crate) fn note_mut(&mut self) -> Option<&mut NoteEditor> {
        find!(self.stack.iter_mut(), ModeState::Note(n) => &mut **n)
    }
}

impl AppState {
    /// The mode the keyboard talks to now (the help overlay when it is open).
    pub fn mode(&self) -> Mode {
        if self.modes.help.is_some() {
            Mode::Help
        } else {
            self.top().mode()
        }
    }

    /// The topmost mode with its state (under the help overlay, if open).
    pub fn top(&self) -> &ModeState {
        self.modes.stack.last().unwrap_or(&ModeState::Browse)
    }

    /// The help overlay, when open.
    pub fn help(&self) -> Option<&HelpOverlay> {
        self.modes.help.as_ref()
    }

    /// What is being carried (also while a lookup or a prompt is open over the carrying).
    pub fn carry(&self) -> Option<&Carry> {
        find!(self.modes.stack.iter(), ModeState::Carrying(c) => c)
    }

    /// The line being typed.
    pub fn prompt(&self) -> Option<&Prompt> {
        find!(self.modes.stack.iter(), ModeState::Prompt(p) => p)
    }

    /// The yes/no question on screen.
    pub fn confirm(&self) -> Option<&Confirm> {
        find!(self.modes.stack.iter(), ModeState::Confirm(c) => c)
    }

    /// The comparison on screen.
    pub fn comparison(&self) -> Option<&Comparison> {
        find!(self.modes.stack.iter(), ModeState::Compare { comparison, .. } => comparison)
    }

    /// How far the comparison is scrolled (0 when none is open).
    pub fn compare_scroll(&self) -> u16 {
        find!(self.modes.stack.iter(), ModeState::Compare { scroll, .. } => *scroll).unwrap_or(0)
    }

    /// The review meeting's position.
    pub fn review(&self) -> Option<&ReviewState> {
        find!(self.modes.stack.iter(), ModeState::Review(r) => r)
    }

    /// The open talent view.
    pub fn talent(&self) -> Option<&TalentView> {
        find!(self.modes.stack.iter(), ModeState::Talent(v) => v)
    }

    /// The readiness being chosen.
    pub fn readiness(&self) -> Option<&ReadinessChoice> {
        find!(self.modes.stack.iter(), ModeState::Readiness(r) => r)
    }

    /// The note being written.
    pub fn note(&self) -> Option<&NoteEditor> {
        find!(self.modes.stack.iter(), ModeState::Note(n) => &**n)
    }

    /// How many modes are open (the bottom one included); for tests of the invariants.
    pub fn depth(&self) -> usize {
        self.modes.stack.len()
    }

    /// Leaves every mode (and help) for `mode`, dropping their state. Any change of mode
    /// closes the help overlay (a plan that loads while help is open replaces it).
    pub(crate) fn set_mode(&mut self, mode: ModeState) {
        self.modes.help = None;
        self.modes.stack.clear();
        self.modes.stack.push(mode);
    }

    /// Opens `mode` over the current one; leaving it returns there.
    pub(crate) fn push_mode(&mut self, mode: ModeState) {
        self.modes.help = None;
        self.modes.stack.push(mode);
    }

    /// Leaves the topmost mode for the one below (browsing when none is), returning it.
    pub(crate) fn pop_mode(&mut self) -> Option<ModeState> {
        self.modes.help = None;
        let top = self.modes.stack.pop();
        if self.modes.stack.is_empty() {
            self.modes.stack.push(ModeState::Browse);
        }
        top
    }

    /// Back to browsing the tree, every mode and overlay closed (what the runtime does
    /// when a test or a reload starts over).
    pub fn leave_to_browse(&mut self) {
        self.set_mode(ModeState::Browse);
    }

    /// Opens the help overlay for the current mode.
    pub(crate) fn open_help(&mut self) {
        self.modes.help = Some(HelpOverlay {
            mode: self.mode(),
            scroll: 0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::carrying::Preview;
    use crate::app::tree::Node;
    use crate::app::{Action, Effect, Notice, Writes, testing, update};
    use crate::domain::{EmployeeIx, Nip};
    use crate::input::keys::{GLOBAL, MODES, bindings};

    fn app() -> AppState {
        AppState::new(testing::small_org())
    }

    fn sri(s: &AppState) -> EmployeeIx {
        let nip = Nip::parse("198503122010012003").unwrap();
        s.org.employee_ix(&nip).unwrap()
    }

    fn select(s: &mut AppState, node: Node) {
        let org = s.org.clone();
        assert!(s.tree.reveal(&org, node));
    }

    /// Browsing, nothing else open, no mode's state left behind.
    fn clean(s: &AppState) {
        assert_eq!((s.mode(), s.depth()), (Mode::Browse, 1));
        assert!(s.help().is_none() && s.carry().is_none() && s.prompt().is_none());
        assert!(s.confirm().is_none() && s.comparison().is_none() && s.review().is_none());
        assert!(s.talent().is_none() && s.readiness().is_none() && s.note().is_none());
    }

    #[test]
    fn help_over_a_view_returns_to_that_view_as_it_was() {
        let mut s = app();
        let unit = s.org.unit_ix("a").unwrap();
        select(&mut s, Node::Unit(unit));
        update(&mut s, Action::OpenDashboard);
        assert_eq!(s.mode(), Mode::Talent);
        update(&mut s, Action::Down);
        let cursor = s.talent().unwrap().cursor;
        update(&mut s, Action::Help);
        assert_eq!(s.mode(), Mode::Help);
        assert_eq!(s.help().map(|h| h.mode), Some(Mode::Talent));
        update(&mut s, Action::HelpDown);
        assert_eq!(s.help().map(|h| h.scroll), Some(1));
        update(&mut s, Action::CloseHelp);
        assert_eq!(s.mode(), Mode::Talent);
        assert_eq!(s.talent().map(|v| v.cursor), Some(cursor));
        update(&mut s, Action::Close);
        clean(&s);
    }

    #[test]
    fn a_prompt_over_the_plans_view_returns_there_and_leaves_nothing() {
        let mut s = app();
        update(&mut s, Action::OpenPlans);
        update(&mut s, Action::PlanNew);
        assert_eq!((s.mode(), s.depth()), (Mode::Prompt, 2));
        update(&mut s, Action::Close);
        assert_eq!((s.mode(), s.depth()), (Mode::Plans, 1));
        assert!(s.prompt().is_none());
        update(&mut s, Action::Close);
        clean(&s);
    }

    #[test]
    fn a_lookup_while_carrying_keeps_the_carry_and_cancelling_drops_it() {
        let mut s = app();
        let e = sri(&s);
        s.push_mode(ModeState::Carrying(Carry {
            people: vec![e],
            preview: Preview::Nothing,
            by_mouse: false,
        }));
        update(&mut s, Action::OpenSearch);
        assert_eq!(s.mode(), Mode::Search);
        assert_eq!(s.carry().map(|c| c.people.clone()), Some(vec![e]));
        update(&mut s, Action::SearchCancel);
        assert_eq!(s.mode(), Mode::Carrying);
        assert_eq!(s.carry().map(|c| c.people.clone()), Some(vec![e]));
        update(&mut s, Action::CancelCarry);
        clean(&s);
    }

    #[test]
    fn readiness_and_note_leave_no_state_behind() {
        let mut s = app();
        let e = sri(&s);
        select(&mut s, Node::Employee(e));
        update(&mut s, Action::OpenReadiness);
        assert_eq!(s.mode(), Mode::Readiness);
        assert_eq!(s.readiness().map(|r| r.employee), Some(e));
        update(&mut s, Action::Close);
        clean(&s);
        update(&mut s, Action::OpenNote);
        assert_eq!(s.note().map(|n| n.employee), Some(e));
        update(&mut s, Action::Close);
        clean(&s);
        // Choosing a readiness closes the choice as well, and asks for the write.
        update(&mut s, Action::OpenReadiness);
        let effects = update(
            &mut s,
            Action::SetReadiness(Some(crate::domain::Readiness::Siap)),
        );
        assert!(matches!(effects[..], [Effect::Annotate { .. }]));
        clean(&s);
    }

    #[test]
    fn a_plan_that_loads_while_help_is_open_closes_help() {
        let mut s = app();
        update(&mut s, Action::OpenPlans);
        update(&mut s, Action::Help);
        assert_eq!(s.mode(), Mode::Help);
        s.set_mode(ModeState::Browse);
        clean(&s);
    }

    #[test]
    fn the_stack_is_never_empty() {
        let mut s = app();
        assert!(matches!(s.pop_mode(), Some(ModeState::Browse)));
        clean(&s);
    }

    #[test]
    fn presenting_refuses_every_action_that_writes() {
        let actions = MODES
            .iter()
            .flat_map(|&m| bindings(m).iter())
            .chain(GLOBAL)
            .map(|b| b.action)
            .filter(|a| a.spec().writes == Writes::Yes);
        let mut n = 0;
        for a in actions {
            let mut s = app();
            s.read_only = true;
            let e = sri(&s);
            select(&mut s, Node::Employee(e));
            let effects = update(&mut s, a);
            assert!(effects.is_empty(), "{a:?}");
            assert_eq!(s.toasts.back(), Some(&Notice::ReadOnlyRefused), "{a:?}");
            clean(&s);
            n += 1;
        }
        assert!(n >= 16, "{n} writing actions");
    }

    #[test]
    fn presenting_refuses_enter_on_a_candidate_but_not_elsewhere() {
        let mut s = app();
        let p = s.org.position_ix("a.b.staf").unwrap();
        select(&mut s, Node::Position(p));
        update(&mut s, Action::OpenCandidates);
        assert_eq!(s.mode(), Mode::Talent);
        s.read_only = true;
        update(&mut s, Action::Choose);
        assert_eq!(s.toasts.back(), Some(&Notice::ReadOnlyRefused));
        assert_eq!(s.mode(), Mode::Talent);
        s.toasts.clear();
        let unit = s.org.unit_ix("a").unwrap();
        s.leave_to_browse();
        select(&mut s, Node::Unit(unit));
        update(&mut s, Action::OpenDashboard);
        update(&mut s, Action::Choose);
        assert_ne!(s.toasts.back(), Some(&Notice::ReadOnlyRefused));
    }
}
